package cn.wuhu.sti.talent.enclave;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.talent.enclave.model.EnclaveCommands;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The request bodies of the enclave API, as the contract names their fields. */
final class EnclaveRequests {

    record OpenRequest(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 100) String city,
            @NotNull LocalDate openedOn) {

        EnclaveCommands.Open toCommand() {
            return new EnclaveCommands.Open(name.strip(), city.strip(), openedOn);
        }
    }

    record IncubateRequest(
            @NotBlank @Size(max = 200) String name,
            @NotNull Industry industry,
            @NotNull LocalDate incubatedOn) {

        EnclaveCommands.Incubate toCommand() {
            return new EnclaveCommands.Incubate(name.strip(), industry, incubatedOn);
        }
    }

    record LandRequest(@NotNull LocalDate date, @NotNull District district) {

        EnclaveCommands.Land toCommand() {
            return new EnclaveCommands.Land(date, district);
        }
    }

    private EnclaveRequests() {}
}

package cn.wuhu.sti.parks.park;

import cn.wuhu.sti.parks.park.model.ParkCommands;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The request bodies of the park API, as the contract names their fields; areas in m², to the hundredth. */
final class ParkRequests {

    /** {@code plannedOn} may be left out: the park is then planned today (as a team is sourced today). */
    record PlanRequest(
            @NotBlank @Size(max = 200) String name,
            @NotNull District district,
            @NotNull Industry industry,

            @NotNull @Positive @Digits(integer = 12, fraction = 2)
            BigDecimal plannedArea,

            LocalDate plannedOn) {

        ParkCommands.Plan toCommand(LocalDate today) {
            return new ParkCommands.Plan(name, district, industry, plannedArea, plannedOn == null ? today : plannedOn);
        }
    }

    record ConstructionRequest(@NotNull LocalDate date) {

        ParkCommands.StartConstruction toCommand() {
            return new ParkCommands.StartConstruction(date);
        }
    }

    record OpeningRequest(
            @NotNull LocalDate date,

            @NotNull @Positive @Digits(integer = 12, fraction = 2)
            BigDecimal usableArea) {

        ParkCommands.Open toCommand() {
            return new ParkCommands.Open(date, usableArea);
        }
    }

    record MoveInRequest(
            @NotBlank @Size(min = 18, max = 18) String uscc,
            @NotBlank @Size(max = 200) String name,

            @NotNull @Positive @Digits(integer = 12, fraction = 2)
            BigDecimal area,

            @NotNull LocalDate movedInOn) {

        ParkCommands.MoveIn toCommand() {
            return new ParkCommands.MoveIn(uscc, name, area, movedInOn);
        }
    }

    record MoveOutRequest(@NotNull LocalDate date) {

        ParkCommands.MoveOut toCommand(String uscc) {
            return new ParkCommands.MoveOut(uscc, date);
        }
    }

    private ParkRequests() {}
}

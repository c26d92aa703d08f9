package cn.wuhu.sti.techmarket.activity;

import cn.wuhu.sti.events.techmarket.ActivityKind;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.techmarket.activity.model.ActivityCommands;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The body of a held activity, as the contract names its fields; {@code district} and {@code industry} optional. */
record ActivityRequest(
        @NotBlank @Size(max = 200) String title,
        @NotNull ActivityKind kind,
        @NotNull LocalDate heldOn,
        District district,
        Industry industry) {

    ActivityCommands.Hold toCommand() {
        return new ActivityCommands.Hold(title, kind, heldOn, district, industry);
    }
}

package cn.wuhu.sti.techmarket.activity.model;

import cn.wuhu.sti.events.techmarket.ActivityKind;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import java.time.LocalDate;

/** What a caller can ask of a matchmaking activity, already checked for shape at the edge. */
public final class ActivityCommands {

    /** {@code district} and {@code industry} may be null. */
    public record Hold(String title, ActivityKind kind, LocalDate heldOn, District district, Industry industry) {}

    private ActivityCommands() {}
}

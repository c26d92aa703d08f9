package cn.wuhu.sti.talent.team.model;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import java.time.LocalDate;

/** What a caller can ask of a talent team, already checked for shape at the edge. */
public final class TeamCommands {

    public record Source(
            String name,
            String leader,
            Industry industry,
            District district,
            String originRegion,
            LocalDate sourcedOn) {}

    /** A move that needs only its date: starting negotiation, signing. */
    public record Move(LocalDate date) {}

    public record Land(LocalDate date, District district) {}

    /** {@code uscc} as typed; the team validates it. */
    public record Incorporate(LocalDate date, String uscc, String name) {}

    public record Drop(LocalDate date, String reason) {}

    private TeamCommands() {}
}

package cn.wuhu.sti.talent.team;

import cn.wuhu.sti.events.talent.TeamStage;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.talent.team.model.Team;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/** The response bodies of the team API; never the stored documents. */
final class TeamViews {

    record TeamView(
            String id,
            String name,
            String leader,
            Industry industry,
            District district,
            String originRegion,
            TeamStage stage,
            @JsonInclude(JsonInclude.Include.NON_NULL) District landedDistrict,
            @JsonInclude(JsonInclude.Include.NON_NULL) FirmView firm,
            @JsonInclude(JsonInclude.Include.NON_NULL) String dropReason,
            List<StepView> history) {

        static TeamView of(Team team) {
            var profile = team.profile();
            return new TeamView(
                    team.id(),
                    profile.name(),
                    profile.leader(),
                    profile.industry(),
                    profile.district(),
                    profile.originRegion(),
                    team.stage(),
                    team.landedDistrict().orElse(null),
                    team.firm()
                            .map(f -> new FirmView(f.uscc().value(), f.name()))
                            .orElse(null),
                    team.dropReason().orElse(null),
                    team.history().stream()
                            .map(m -> new StepView(m.stage(), m.date()))
                            .toList());
        }
    }

    record FirmView(String uscc, String name) {}

    record StepView(TeamStage stage, LocalDate date) {}

    private TeamViews() {}
}

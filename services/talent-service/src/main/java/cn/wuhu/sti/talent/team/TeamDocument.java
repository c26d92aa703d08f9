package cn.wuhu.sti.talent.team;

import cn.wuhu.sti.domain.Milestone;
import cn.wuhu.sti.domain.Uscc;
import cn.wuhu.sti.events.talent.TeamStage;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.talent.team.model.Team;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * How a team is stored. {@code stage} and {@code landedOn} repeat what the history says, so the list can filter on
 * them; the store keeps the version and the unpublished events beside the state.
 */
@Document("teams")
record TeamDocument(
        @Id String id,
        String name,
        String leader,
        Industry industry,
        District district,
        String originRegion,
        TeamStage stage,
        List<Step> history,
        District landedDistrict,
        LocalDate landedOn,
        String uscc,
        String firmName,
        String dropReason) {

    record Step(TeamStage stage, LocalDate date) {}

    static TeamDocument of(Team team) {
        var profile = team.profile();
        var firm = team.firm();
        return new TeamDocument(
                team.id(),
                profile.name(),
                profile.leader(),
                profile.industry(),
                profile.district(),
                profile.originRegion(),
                team.stage(),
                team.history().stream().map(m -> new Step(m.stage(), m.date())).toList(),
                team.landedDistrict().orElse(null),
                team.dateOf(TeamStage.LANDED).orElse(null),
                firm.map(f -> f.uscc().value()).orElse(null),
                firm.map(Team.Firm::name).orElse(null),
                team.dropReason().orElse(null));
    }

    Team toTeam() {
        return new Team(
                id,
                new Team.Profile(name, leader, industry, district, originRegion),
                history.stream().map(s -> new Milestone<>(s.stage(), s.date())).toList(),
                Optional.ofNullable(landedDistrict),
                Optional.ofNullable(uscc).map(u -> new Team.Firm(new Uscc(u), firmName)),
                Optional.ofNullable(dropReason));
    }
}

package cn.wuhu.sti.talent.team;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import cn.wuhu.sti.domain.Change;
import cn.wuhu.sti.events.talent.TeamEvent;
import cn.wuhu.sti.events.talent.TeamStage;
import cn.wuhu.sti.messaging.aggregate.AggregateStore;
import cn.wuhu.sti.messaging.aggregate.AggregateStores;
import cn.wuhu.sti.messaging.aggregate.Decision;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.talent.team.model.Team;
import cn.wuhu.sti.talent.team.model.TeamCommands;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import org.springframework.util.IdGenerator;

/** Runs the team commands: the team decides, the store keeps its new state and event in one write. */
@Service
class TeamService {

    private final AggregateStore<TeamDocument> teams;
    private final IdGenerator ids;

    TeamService(AggregateStores stores, IdGenerator ids) {
        this.teams = stores.of(TeamDocument.class, "team");
        this.ids = ids;
    }

    Team source(TeamCommands.Source command) {
        var sourced = Team.source(command, ids.generateId().toString());
        var team = sourced.aggregate();
        teams.insert(team.id(), TeamDocument.of(team), List.of(sourced.event()));
        return team;
    }

    Team move(String id, Function<Team, Change<Team, ? extends TeamEvent>> move) {
        return teams.change(id, stored -> {
            var change = move.apply(stored.toTeam());
            var team = change.aggregate();
            return new Decision<>(TeamDocument.of(team), List.of(change.event()), team);
        });
    }

    Team find(String id) {
        return teams.get(id).toTeam();
    }

    /**
     * Teams of a district (where they landed, or before landing the district courting them), at a stage, landed in
     * a year; each criterion optional.
     */
    Page<Team> search(District district, TeamStage stage, Integer landingYear, Pageable page) {
        var query = new Query();
        if (district != null) {
            query.addCriteria(new Criteria()
                    .orOperator(
                            where("landedDistrict").is(district),
                            where("landedDistrict").is(null).and("district").is(district)));
        }
        if (stage != null) {
            query.addCriteria(where("stage").is(stage));
        }
        if (landingYear != null) {
            query.addCriteria(
                    where("landedOn").gte(LocalDate.of(landingYear, 1, 1)).lt(LocalDate.of(landingYear + 1, 1, 1)));
        }
        return teams.page(query, page).map(TeamDocument::toTeam);
    }
}

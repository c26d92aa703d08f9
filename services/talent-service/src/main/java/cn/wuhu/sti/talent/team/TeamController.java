package cn.wuhu.sti.talent.team;

import cn.wuhu.sti.events.talent.TeamStage;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.talent.team.TeamViews.TeamView;
import cn.wuhu.sti.talent.team.model.Team;
import cn.wuhu.sti.web.Created;
import cn.wuhu.sti.web.PageQuery;
import cn.wuhu.sti.web.PageView;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.time.LocalDate;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** High-level talent teams: sourced, then moved along their stages; each move answers the team as it became. */
@RestController
@Validated
@RequestMapping("/api/talent/teams")
class TeamController {

    private static final String TEAM = "/api/talent/teams/{id}";

    private final TeamService teams;
    private final Clock clock;

    TeamController(TeamService teams, Clock clock) {
        this.teams = teams;
        this.clock = clock;
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "Sourced; Location names the team")
    ResponseEntity<TeamView> sourceTeam(@Valid @RequestBody TeamRequests.SourceRequest request) {
        return created(teams.source(request.toCommand(LocalDate.now(clock))));
    }

    @PostMapping("/{id}/negotiation")
    @ApiResponse(responseCode = "201", description = "Negotiating")
    @ApiResponse(responseCode = "409", description = "The team's stage does not allow it; the detail names the stage")
    ResponseEntity<TeamView> negotiate(@PathVariable String id, @Valid @RequestBody TeamRequests.MoveRequest request) {
        return created(teams.move(id, team -> team.startNegotiation(request.toCommand())));
    }

    @PostMapping("/{id}/signing")
    @ApiResponse(responseCode = "201", description = "Signed")
    @ApiResponse(responseCode = "409", description = "The team's stage does not allow it; the detail names the stage")
    ResponseEntity<TeamView> signTeam(@PathVariable String id, @Valid @RequestBody TeamRequests.MoveRequest request) {
        return created(teams.move(id, team -> team.sign(request.toCommand())));
    }

    @PostMapping("/{id}/landing")
    @ApiResponse(responseCode = "201", description = "Landed in the district")
    @ApiResponse(responseCode = "409", description = "The team's stage does not allow it; the detail names the stage")
    ResponseEntity<TeamView> landTeam(@PathVariable String id, @Valid @RequestBody TeamRequests.LandRequest request) {
        return created(teams.move(id, team -> team.land(request.toCommand())));
    }

    @PostMapping("/{id}/incorporation")
    @ApiResponse(responseCode = "201", description = "Incorporated as the named firm")
    @ApiResponse(responseCode = "409", description = "The team's stage does not allow it; the detail names the stage")
    ResponseEntity<TeamView> incorporate(
            @PathVariable String id, @Valid @RequestBody TeamRequests.IncorporateRequest request) {
        return created(teams.move(id, team -> team.incorporate(request.toCommand())));
    }

    @PostMapping("/{id}/drop")
    @ApiResponse(responseCode = "201", description = "Dropped")
    @ApiResponse(responseCode = "409", description = "The team's stage does not allow it; the detail names the stage")
    ResponseEntity<TeamView> dropTeam(@PathVariable String id, @Valid @RequestBody TeamRequests.DropRequest request) {
        return created(teams.move(id, team -> team.drop(request.toCommand())));
    }

    @GetMapping("/{id}")
    TeamView findTeam(@PathVariable String id) {
        return TeamView.of(teams.find(id));
    }

    @GetMapping
    PageView<TeamView> searchTeams(
            @Parameter(description = "Where the team landed, or before landing the district courting it")
                    @RequestParam(required = false)
                    District district,
            @RequestParam(required = false) TeamStage stage,
            @Parameter(description = "The year the team landed") @RequestParam(required = false) @Min(1990) @Max(2100)
                    Integer year,
            @Valid @ParameterObject PageQuery paging) {
        return PageView.of(teams.search(district, stage, year, paging.pageable()), TeamView::of);
    }

    private static ResponseEntity<TeamView> created(Team team) {
        return Created.at(TeamView.of(team), TEAM, team.id());
    }
}

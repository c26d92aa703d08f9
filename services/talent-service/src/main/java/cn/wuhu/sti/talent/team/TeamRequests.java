package cn.wuhu.sti.talent.team;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.talent.team.model.TeamCommands;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The request bodies of the team API, as the contract names their fields. */
final class TeamRequests {

    /** {@code sourcedOn} may be left out: the team is then sourced today. */
    record SourceRequest(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 100) String leader,
            @NotNull Industry industry,
            @NotNull District district,
            @NotBlank @Size(max = 100) String originRegion,
            LocalDate sourcedOn) {

        TeamCommands.Source toCommand(LocalDate today) {
            return new TeamCommands.Source(
                    name.strip(),
                    leader.strip(),
                    industry,
                    district,
                    originRegion.strip(),
                    sourcedOn == null ? today : sourcedOn);
        }
    }

    record MoveRequest(@NotNull LocalDate date) {

        TeamCommands.Move toCommand() {
            return new TeamCommands.Move(date);
        }
    }

    record LandRequest(@NotNull LocalDate date, @NotNull District district) {

        TeamCommands.Land toCommand() {
            return new TeamCommands.Land(date, district);
        }
    }

    record IncorporateRequest(
            @NotNull LocalDate date,
            @NotBlank @Size(min = 18, max = 18) String uscc,
            @NotBlank @Size(max = 200) String name) {

        TeamCommands.Incorporate toCommand() {
            return new TeamCommands.Incorporate(date, uscc, name.strip());
        }
    }

    record DropRequest(
            @NotNull LocalDate date,
            @NotBlank @Size(max = 500) String reason) {

        TeamCommands.Drop toCommand() {
            return new TeamCommands.Drop(date, reason.strip());
        }
    }

    private TeamRequests() {}
}

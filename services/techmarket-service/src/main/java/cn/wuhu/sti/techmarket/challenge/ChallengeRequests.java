package cn.wuhu.sti.techmarket.challenge;

import cn.wuhu.sti.events.techmarket.ChallengeCategory;
import cn.wuhu.sti.events.techmarket.ChallengeOutcome;
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.techmarket.challenge.model.ChallengeCommands;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The request bodies of the challenge API, as the contract names their fields. */
final class ChallengeRequests {

    record PublishRequest(
            @NotBlank @Size(max = 200) String title,
            @NotNull ChallengeCategory category,
            @NotNull Industry industry,
            @NotNull LocalDate publishedOn) {

        ChallengeCommands.Publish toCommand() {
            return new ChallengeCommands.Publish(title, category, industry, publishedOn);
        }
    }

    record WinnerRequest(
            @NotBlank @Size(min = 18, max = 18) String uscc,
            @NotBlank @Size(max = 200) String name) {}

    /** {@code amount} in yuan, to the fen, within the cap of the challenge's category. */
    record AwardRequest(
            @NotNull @Valid WinnerRequest winner,

            @NotNull @Positive @Digits(integer = 15, fraction = 2)
            BigDecimal amount,

            @NotNull LocalDate date) {

        ChallengeCommands.Award toCommand() {
            return new ChallengeCommands.Award(
                    new ChallengeCommands.Winner(winner.uscc(), winner.name()), amount, date);
        }
    }

    record CompleteRequest(@NotNull LocalDate date, @NotNull ChallengeOutcome outcome) {

        ChallengeCommands.Complete toCommand() {
            return new ChallengeCommands.Complete(date, outcome);
        }
    }

    private ChallengeRequests() {}
}

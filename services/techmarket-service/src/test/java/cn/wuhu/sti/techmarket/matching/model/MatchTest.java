package cn.wuhu.sti.techmarket.matching.model;

import static cn.wuhu.sti.techmarket.matching.model.MatchingMother.ACHIEVEMENT_ID;
import static cn.wuhu.sti.techmarket.matching.model.MatchingMother.ACHIEVEMENT_PUBLISHED_ON;
import static cn.wuhu.sti.techmarket.matching.model.MatchingMother.DEMAND_ID;
import static cn.wuhu.sti.techmarket.matching.model.MatchingMother.achievement;
import static cn.wuhu.sti.techmarket.matching.model.MatchingMother.demand;
import static cn.wuhu.sti.techmarket.matching.model.MatchingMother.matchingOn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wuhu.sti.domain.RuleViolation;
import cn.wuhu.sti.events.techmarket.AchievementMatched;
import cn.wuhu.sti.reference.District;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A match links one achievement to one demand, once: its id is the pair's. */
class MatchTest {

    private static final LocalDate MATCHED_ON = LocalDate.of(2023, 5, 19);

    @Test
    void aMatchLinksTheAchievementAndTheDemandUnderThePairsId() {
        var change = Match.between(achievement(), demand(), matchingOn(MATCHED_ON));

        assertThat(change.event())
                .isEqualTo(new AchievementMatched(
                        Match.idOf(ACHIEVEMENT_ID, DEMAND_ID),
                        ACHIEVEMENT_ID,
                        DEMAND_ID,
                        MATCHED_ON,
                        Optional.of(District.JIUJIANG)));
        assertThat(change.aggregate().id()).isEqualTo(change.event().matchId());
    }

    @Test
    void matchingThePairAgainGivesTheSameIdSoTheStoreRefusesTheSecond() {
        var first = Match.between(achievement(), demand(), matchingOn(MATCHED_ON));
        var second = Match.between(achievement(), demand(), matchingOn(MATCHED_ON.plusMonths(1)));

        assertThat(second.aggregate().id()).isEqualTo(first.aggregate().id());
    }

    @Test
    void thePairsIdIsPublishedAndMustNotChangeBetweenReleases() {
        // docs/asyncapi.yaml shows this id in its example of achievement-matched.v1
        assertThat(Match.idOf(ACHIEVEMENT_ID, DEMAND_ID)).isEqualTo("203f532c-231f-35ca-b6c8-51cbd2351d53");
    }

    @Test
    void pairsThatWouldReadAlikeJoinedStillHaveTheirOwnIds() {
        assertThat(Match.idOf("a/b", "c")).isNotEqualTo(Match.idOf("a", "b/c"));
    }

    @Test
    void aMatchCountsInTheDistrictItNamesOverTheDemands() {
        var inWuwei = new MatchingCommands.Match(MATCHED_ON, District.WUWEI);

        assertThat(Match.between(achievement(), demand(), inWuwei).event().district())
                .contains(District.WUWEI);
    }

    @Test
    void aMatchOfADemandWithoutADistrictNamingNoneCountsInNoDistrict() {
        var c = MatchingMother.publishingDemand(MatchingMother.ENTERPRISE_USCC);
        var nowhere = Demand.publish(
                        new MatchingCommands.PublishDemand(
                                c.title(), c.description(), c.enterpriseUscc(), c.industry(), c.publishedOn(), null),
                        DEMAND_ID)
                .aggregate();

        assertThat(Match.between(achievement(), nowhere, matchingOn(MATCHED_ON))
                        .event()
                        .district())
                .isEmpty();
    }

    @Test
    void aMatchOnTheDayTheLaterOfTheTwoWasPublishedIsAccepted() {
        var change = Match.between(achievement(), demand(), matchingOn(ACHIEVEMENT_PUBLISHED_ON));

        assertThat(change.event().matchedOn()).isEqualTo(ACHIEVEMENT_PUBLISHED_ON);
    }

    @Test
    void aMatchBeforeTheAchievementWasPublishedIsRefusedOnMatchedOn() {
        // the demand was published first, so this day is after the demand but before the achievement
        var between = ACHIEVEMENT_PUBLISHED_ON.minusDays(1);

        assertThatThrownBy(() -> Match.between(achievement(), demand(), matchingOn(between)))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("matchedOn"));
    }

    @Test
    void aMatchBeforeTheDemandWasPublishedIsRefusedOnMatchedOn() {
        var c = MatchingMother.publishingDemand(MatchingMother.ENTERPRISE_USCC);
        var lateDemand = Demand.publish(
                        new MatchingCommands.PublishDemand(
                                c.title(),
                                c.description(),
                                c.enterpriseUscc(),
                                c.industry(),
                                ACHIEVEMENT_PUBLISHED_ON.plusDays(10),
                                c.district()),
                        DEMAND_ID)
                .aggregate();

        assertThatThrownBy(() ->
                        Match.between(achievement(), lateDemand, matchingOn(ACHIEVEMENT_PUBLISHED_ON.plusDays(9))))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("matchedOn"));
    }

    @Test
    void aMatchWithoutADateIsRefusedOnMatchedOn() {
        assertThatThrownBy(() -> Match.between(achievement(), demand(), matchingOn(null)))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("matchedOn"));
    }

    @Test
    void aStoredMatchUnderAnIdNotItsPairsIsADefect() {
        assertThatThrownBy(() -> new Match("m-1", ACHIEVEMENT_ID, DEMAND_ID, MATCHED_ON, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

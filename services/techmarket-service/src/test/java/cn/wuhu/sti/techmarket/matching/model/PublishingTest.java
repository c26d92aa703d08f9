package cn.wuhu.sti.techmarket.matching.model;

import static cn.wuhu.sti.techmarket.matching.model.MatchingMother.ACHIEVEMENT_ID;
import static cn.wuhu.sti.techmarket.matching.model.MatchingMother.ACHIEVEMENT_PUBLISHED_ON;
import static cn.wuhu.sti.techmarket.matching.model.MatchingMother.DEMAND_ID;
import static cn.wuhu.sti.techmarket.matching.model.MatchingMother.DEMAND_PUBLISHED_ON;
import static cn.wuhu.sti.techmarket.matching.model.MatchingMother.ENTERPRISE_USCC;
import static cn.wuhu.sti.techmarket.matching.model.MatchingMother.publishingAchievement;
import static cn.wuhu.sti.techmarket.matching.model.MatchingMother.publishingDemand;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wuhu.sti.domain.RuleViolation;
import cn.wuhu.sti.events.techmarket.AchievementPublished;
import cn.wuhu.sti.events.techmarket.DemandPublished;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Publishing achievements and demands. */
class PublishingTest {

    @Test
    void aPublishedAchievementCarriesItsTextOwnerAndIndustryAndNoDistrictWhenNoneWasGiven() {
        var change = Achievement.publish(publishingAchievement(), ACHIEVEMENT_ID);

        assertThat(change.event())
                .isEqualTo(new AchievementPublished(
                        ACHIEVEMENT_ID,
                        "高功率密度电驱动系统",
                        Optional.of("面向新能源汽车的扁线电机与碳化硅控制器集成方案"),
                        "安徽工程大学",
                        Industry.NEV_ICV,
                        ACHIEVEMENT_PUBLISHED_ON,
                        Optional.empty()));
    }

    @Test
    void aBlankDescriptionIsNoDescription() {
        var c = publishingAchievement();
        var blank = new MatchingCommands.PublishAchievement(
                c.title(), "  ", c.owner(), c.industry(), c.publishedOn(), c.district());

        assertThat(Achievement.publish(blank, ACHIEVEMENT_ID).event().description())
                .isEmpty();
    }

    @Test
    void anAchievementWithoutAnOwnerIsRefusedOnOwner() {
        var c = publishingAchievement();
        var ownerless = new MatchingCommands.PublishAchievement(
                c.title(), c.description(), null, c.industry(), c.publishedOn(), c.district());

        assertThatThrownBy(() -> Achievement.publish(ownerless, ACHIEVEMENT_ID))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("owner"));
    }

    @Test
    void anAchievementWithoutATitleIsRefusedOnTitle() {
        var c = publishingAchievement();
        var untitled = new MatchingCommands.PublishAchievement(
                "", c.description(), c.owner(), c.industry(), c.publishedOn(), c.district());

        assertThatThrownBy(() -> Achievement.publish(untitled, ACHIEVEMENT_ID))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("title"));
    }

    @Test
    void aPublishedDemandNamesTheFirmByItsUsccAndCountsInItsDistrict() {
        var change = Demand.publish(publishingDemand(ENTERPRISE_USCC), DEMAND_ID);

        assertThat(change.event())
                .isEqualTo(new DemandPublished(
                        DEMAND_ID,
                        "电驱动系统轻量化技术需求",
                        Optional.empty(),
                        ENTERPRISE_USCC,
                        Industry.NEV_ICV,
                        DEMAND_PUBLISHED_ON,
                        Optional.of(District.JIUJIANG)));
    }

    @Test
    void aDemandOfAFirmWhoseUsccFailsItsCheckIsRefusedOnEnterpriseUscc() {
        assertThatThrownBy(() -> Demand.publish(publishingDemand("91340200MA2N0XXX0X"), DEMAND_ID))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("enterpriseUscc"));
    }

    @Test
    void aDemandWithoutAFirmIsRefusedOnEnterpriseUscc() {
        assertThatThrownBy(() -> Demand.publish(publishingDemand(null), DEMAND_ID))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("enterpriseUscc"));
    }
}

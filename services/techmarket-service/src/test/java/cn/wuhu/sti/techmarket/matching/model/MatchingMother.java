package cn.wuhu.sti.techmarket.matching.model;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import java.time.LocalDate;

/**
 * Achievements, demands and matches for tests: a university's electric-drive achievement published on 12 April 2023
 * with no district, a firm's demand in Jiujiang published on 30 March 2023.
 */
final class MatchingMother {

    static final String ACHIEVEMENT_ID = "5a1c3e7f-2b4d-4f6a-8c9e-0a1b2c3d4e5f";
    static final String DEMAND_ID = "6b2d4f80-3c5e-4a7b-9d0f-1b2c3d4e5f60";
    static final String ENTERPRISE_USCC = "91340200MA2N0XXX0Y";
    static final LocalDate ACHIEVEMENT_PUBLISHED_ON = LocalDate.of(2023, 4, 12);
    static final LocalDate DEMAND_PUBLISHED_ON = LocalDate.of(2023, 3, 30);

    static MatchingCommands.PublishAchievement publishingAchievement() {
        return new MatchingCommands.PublishAchievement(
                "高功率密度电驱动系统", "面向新能源汽车的扁线电机与碳化硅控制器集成方案", "安徽工程大学", Industry.NEV_ICV, ACHIEVEMENT_PUBLISHED_ON, null);
    }

    static MatchingCommands.PublishDemand publishingDemand(String enterpriseUscc) {
        return new MatchingCommands.PublishDemand(
                "电驱动系统轻量化技术需求", null, enterpriseUscc, Industry.NEV_ICV, DEMAND_PUBLISHED_ON, District.JIUJIANG);
    }

    static Achievement achievement() {
        return Achievement.publish(publishingAchievement(), ACHIEVEMENT_ID).aggregate();
    }

    static Demand demand() {
        return Demand.publish(publishingDemand(ENTERPRISE_USCC), DEMAND_ID).aggregate();
    }

    static MatchingCommands.Match matchingOn(LocalDate date) {
        return new MatchingCommands.Match(date, null);
    }

    private MatchingMother() {}
}

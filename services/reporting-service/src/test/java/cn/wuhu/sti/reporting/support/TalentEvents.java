package cn.wuhu.sti.reporting.support;

import cn.wuhu.sti.events.talent.EnclaveProjectLanded;
import cn.wuhu.sti.events.talent.FundProjectInvested;
import cn.wuhu.sti.events.talent.TeamIncorporated;
import cn.wuhu.sti.events.talent.TeamLanded;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/** Object Mother of talent events; every team, project and enclave gets an id of its own so tests do not meet. */
public final class TalentEvents {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime(), 36);

    public static String uniqueId(String kind) {
        return kind + "-" + RUN + "-" + SEQUENCE.incrementAndGet();
    }

    public static TeamLanded teamLanded(String teamId, String landedOn, District district) {
        return teamLanded(teamId, landedOn, district, Industry.ROBOTICS);
    }

    public static TeamLanded teamLanded(String teamId, String landedOn, District district, Industry industry) {
        return new TeamLanded(teamId, LocalDate.parse(landedOn), district, industry);
    }

    public static TeamIncorporated teamIncorporated(String teamId, String incorporatedOn, District landingDistrict) {
        return new TeamIncorporated(
                teamId,
                LocalDate.parse(incorporatedOn),
                EnterpriseEvents.uniqueUscc(),
                "芜湖人才团队科技有限公司",
                landingDistrict,
                Industry.ROBOTICS);
    }

    public static FundProjectInvested fundProjectInvested(String projectId, String investedOn, String amount) {
        return fundProjectInvested(projectId, investedOn, amount, Industry.ROBOTICS);
    }

    public static FundProjectInvested fundProjectInvested(
            String projectId, String investedOn, String amount, Industry industry) {
        return new FundProjectInvested(projectId, LocalDate.parse(investedOn), new BigDecimal(amount), industry);
    }

    public static EnclaveProjectLanded enclaveProjectLanded(
            String enclaveId, String projectId, String landedOn, District district) {
        return new EnclaveProjectLanded(enclaveId, projectId, LocalDate.parse(landedOn), district, Industry.ROBOTICS);
    }

    private TalentEvents() {}
}

package cn.wuhu.sti.reporting.talent.model;

import cn.wuhu.sti.reference.District;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/** Talent facts for calculator tests; every fact is about a team, project or enclave of its own. */
final class TalentFactMother {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    static TeamLanding teamLanded(String on, District district) {
        return new TeamLanding(next("team"), LocalDate.parse(on), district);
    }

    static TeamIncorporation teamIncorporated(String on, District landingDistrict) {
        return new TeamIncorporation(next("team"), LocalDate.parse(on), landingDistrict);
    }

    static FundInvestment fundInvested(String on, String amount) {
        return new FundInvestment(next("fund-project"), LocalDate.parse(on), new BigDecimal(amount));
    }

    static EnclaveProjectLanding enclaveProjectLanded(String on, District district) {
        return new EnclaveProjectLanding(next("enclave"), next("enclave-project"), LocalDate.parse(on), district);
    }

    private static String next(String kind) {
        return kind + "-" + SERIAL.incrementAndGet();
    }

    private TalentFactMother() {}
}

package cn.wuhu.sti.reporting.talent.model;

import cn.wuhu.sti.events.DomainEvent;
import cn.wuhu.sti.events.EventCatalog;
import cn.wuhu.sti.events.talent.EnclaveProjectLanded;
import cn.wuhu.sti.events.talent.FundProjectInvested;
import cn.wuhu.sti.events.talent.TeamIncorporated;
import cn.wuhu.sti.events.talent.TeamLanded;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.reporting.fact.model.SourceEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Talent facts for calculator tests; every fact is about a team, project or enclave of its own, and stands on an event
 * of its own, of the type that records it. Their industry is robotics unless a test names one.
 */
final class TalentFactMother {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    static TeamLanding teamLanded(String on, District district) {
        return teamLanded(on, district, Industry.ROBOTICS);
    }

    static TeamLanding teamLanded(String on, District district, Industry industry) {
        return new TeamLanding(
                next("team"), LocalDate.parse(on), district, Optional.of(industry), source(TeamLanded.class));
    }

    static TeamIncorporation teamIncorporated(String on, District landingDistrict) {
        return new TeamIncorporation(
                next("team"),
                LocalDate.parse(on),
                landingDistrict,
                Optional.of(Industry.ROBOTICS),
                source(TeamIncorporated.class));
    }

    static TeamIncorporation incorporationOf(TeamLanding landing, String on) {
        return new TeamIncorporation(
                landing.teamId(),
                LocalDate.parse(on),
                landing.district(),
                landing.industry(),
                source(TeamIncorporated.class));
    }

    static FundInvestment fundInvested(String on, String amount) {
        return fundInvested(on, amount, Industry.ROBOTICS);
    }

    static FundInvestment fundInvested(String on, String amount, Industry industry) {
        return new FundInvestment(
                next("fund-project"),
                LocalDate.parse(on),
                new BigDecimal(amount),
                Optional.of(industry),
                source(FundProjectInvested.class));
    }

    static EnclaveProjectLanding enclaveProjectLanded(String on, District district) {
        return new EnclaveProjectLanding(
                next("enclave"),
                next("enclave-project"),
                LocalDate.parse(on),
                district,
                Optional.of(Industry.ROBOTICS),
                source(EnclaveProjectLanded.class));
    }

    private static SourceEvent source(Class<? extends DomainEvent> type) {
        return new SourceEvent(next("event"), EventCatalog.of(type).type());
    }

    private static String next(String kind) {
        return kind + "-" + SERIAL.incrementAndGet();
    }

    private TalentFactMother() {}
}

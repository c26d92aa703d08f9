package cn.wuhu.sti.reporting.enterprise.model;

import static cn.wuhu.sti.reporting.enterprise.model.FirmMother.aFirm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.wuhu.sti.reference.Designation;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.reference.Tier;
import cn.wuhu.sti.reporting.indicator.CountedFact;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** Each value lists the items it counts: the firm (its USCC) and the event that makes it count. */
class EnterpriseIndicatorFactsTest {

    private final EnterpriseIndicatorCalculator calculator = new EnterpriseIndicatorCalculator();

    @Test
    void newHighTechListsTheRecognitionByWhichEachFirmEnteredInTheYear() {
        var renewed = aFirm("renewed")
                .highTech("2020-06-01", "2023-05-31", "renewed-2020")
                .highTech("2023-06-01", "2026-05-31", "renewed-2023")
                .build();
        var lapsed = aFirm("lapsed")
                .highTech("2019-01-01", "2021-12-31", "lapsed-2019")
                .highTech("2023-03-01", "2025-12-31", "lapsed-2023")
                .build();
        var twice = aFirm("twice")
                .highTech("2023-02-01", "2023-03-31", "twice-february")
                .highTech("2023-09-01", "2026-08-31", "twice-september")
                .build();
        var revokedOnItsFirstDay = aFirm("revoked")
                .highTech("2023-03-01", "2026-02-28", "revoked-2023")
                .revokedOn("2023-03-01", "revoked-revocation")
                .build();

        assertThat(facts("enterprise.hightech.new", 2023, renewed, lapsed, twice, revokedOnItsFirstDay))
                .containsExactly(tuple("lapsed", "lapsed-2023"), tuple("twice", "twice-february"));
    }

    @Test
    void highTechTotalListsTheValidRecognitionThatStartedLast() {
        var overlapping = aFirm("overlapping")
                .highTech("2021-01-01", "2023-12-31", "overlapping-2021")
                .highTech("2023-10-01", "2026-09-30", "overlapping-2023")
                .build();
        var revokedOn31December = aFirm("revoked")
                .highTech("2022-01-01", "2024-12-31", "revoked-2022")
                .revokedOn("2023-12-31", "revoked-revocation")
                .build();
        var expired = aFirm("expired")
                .highTech("2020-12-01", "2023-11-30", "expired-2020")
                .build();

        assertThat(facts("enterprise.hightech.total", 2023, overlapping, revokedOn31December, expired))
                .containsExactly(tuple("overlapping", "overlapping-2023"));
    }

    @Test
    void aTechSmeRevokedLaterInTheYearIsNewButDropsOutOfTheTotal() {
        var renewed = aFirm("renewed")
                .recognized(Tier.TECH_SME, "2021-02-01", "2023-01-31", "renewed-2021")
                .recognized(Tier.TECH_SME, "2023-02-01", "2025-01-31", "renewed-2023")
                .build();
        var fresh = aFirm("fresh")
                .recognized(Tier.TECH_SME, "2023-05-01", "2025-04-30", "fresh-2023")
                .build();
        var revoked = aFirm("revoked")
                .recognized(Tier.TECH_SME, "2023-05-01", "2025-04-30", "revoked-2023")
                .revokedOn("2023-08-01", "revoked-revocation")
                .build();

        assertThat(facts("enterprise.techsme.new", 2023, renewed, fresh, revoked))
                .containsExactly(tuple("fresh", "fresh-2023"), tuple("revoked", "revoked-2023"));
        assertThat(facts("enterprise.techsme.total", 2023, renewed, fresh, revoked))
                .containsExactly(tuple("fresh", "fresh-2023"), tuple("renewed", "renewed-2023"));
    }

    @Test
    void srdiAndLittleGiantTotalsListTheRecognitionValidOn31December() {
        var srdi = aFirm("srdi").srdi("2021-01-01", "2023-12-31", "srdi-2021").build();
        var littleGiant = aFirm("giant")
                .recognized(Tier.LITTLE_GIANT, "2023-12-31", "2026-12-30", "giant-2023")
                .build();
        var revoked = aFirm("revoked")
                .srdi("2022-01-01", "2024-12-31", "revoked-2022")
                .revokedOn("2023-05-01", "revoked-revocation")
                .build();

        assertThat(facts("enterprise.srdi.total", 2023, srdi, littleGiant, revoked))
                .containsExactly(tuple("srdi", "srdi-2021"));
        assertThat(facts("enterprise.littlegiant.total", 2023, srdi, littleGiant, revoked))
                .containsExactly(tuple("giant", "giant-2023"));
    }

    @Test
    void remainingGapsListTheReportOfTheYear() {
        var withoutActivity = aFirm("noactivity")
                .reported(2023, 2, "100000000.00", false, true, "noactivity-2023")
                .build();
        var justBelow = aFirm("below")
                .reported(2023, 1, "99999999.99", false, false, "below-2023")
                .build();
        var withoutInstitution = aFirm("noinstitution")
                .reported(2023, 1, "500000000", true, false, "noinstitution-2023")
                .build();

        assertThat(facts(
                        "enterprise.rdzero.noactivity.remaining", 2023, withoutActivity, justBelow, withoutInstitution))
                .containsExactly(tuple("noactivity", "noactivity-2023"));
        assertThat(facts(
                        "enterprise.rdzero.noinstitution.remaining",
                        2023,
                        withoutActivity,
                        justBelow,
                        withoutInstitution))
                .containsExactly(tuple("noinstitution", "noinstitution-2023"));
    }

    @Test
    void revokedListsEachRevocationOfTheYearNotEachFirm() {
        var twice = aFirm("twice")
                .highTech("2022-01-01", "2024-12-31", "twice-hightech")
                .revokedOn("2023-05-01", "twice-hightech-revoked")
                .srdi("2022-01-01", "2024-12-31", "twice-srdi")
                .revokedOn("2023-05-01", "twice-srdi-revoked")
                .build();
        var nextYear = aFirm("nextyear")
                .highTech("2022-01-01", "2024-12-31", "nextyear-hightech")
                .revokedOn("2024-01-01", "nextyear-revoked")
                .build();

        assertThat(facts("enterprise.revoked", 2023, twice, nextYear))
                .containsExactlyInAnyOrder(
                        tuple("twice", "twice-hightech-revoked"), tuple("twice", "twice-srdi-revoked"));
    }

    @Test
    void leadersListTheDesignationTheyHoldSinceTheEarliestDay() {
        var provincial = aFirm("provincial")
                .designated(Designation.LEADER_PROVINCIAL, "2023-12-31", "provincial-2023")
                .build();
        var municipal = aFirm("municipal")
                .designated(Designation.LEADER_MUNICIPAL, "2022-06-01", "municipal-2022")
                .designated(Designation.LEADER_MUNICIPAL, "2023-03-01", "municipal-2023")
                .build();

        assertThat(facts("enterprise.leaders.provincial.total", 2022, provincial, municipal))
                .isEmpty();
        assertThat(facts("enterprise.leaders.provincial.total", 2023, provincial, municipal))
                .containsExactly(tuple("provincial", "provincial-2023"));
        assertThat(facts("enterprise.leaders.municipal.total", 2023, provincial, municipal))
                .containsExactly(tuple("municipal", "municipal-2022"));
    }

    @Test
    void aListedFirmLeavesTheReserveAndIsListedByItsListing() {
        var reserve = aFirm("reserve")
                .designated(Designation.LISTING_RESERVE, "2022-03-01", "reserve-2022")
                .build();
        var listed = aFirm("listed")
                .designated(Designation.LISTING_RESERVE, "2021-03-01", "listed-reserve")
                .designated(Designation.LISTED, "2023-12-31", "listed-2023")
                .build();

        assertThat(facts("enterprise.listingreserve.total", 2023, reserve, listed))
                .containsExactly(tuple("reserve", "reserve-2022"));
        assertThat(facts("enterprise.listed.total", 2023, reserve, listed))
                .containsExactly(tuple("listed", "listed-2023"));
    }

    @Test
    void aMoveUpListsTheFirstHighTechRecognitionThatMadeIt() {
        var movedUp = aFirm("up")
                .srdi("2022-01-01", "2024-12-31", "up-srdi")
                .highTech("2023-06-01", "2026-05-31", "up-hightech")
                .build();
        var movedUpTwice = aFirm("uptwice")
                .srdi("2022-01-01", "2024-12-31", "uptwice-srdi")
                .highTech("2023-02-01", "2023-03-31", "uptwice-february")
                .highTech("2023-09-01", "2026-08-31", "uptwice-september")
                .build();
        var renewed = aFirm("renewed")
                .srdi("2022-01-01", "2024-12-31", "renewed-srdi")
                .highTech("2020-06-01", "2023-05-31", "renewed-2020")
                .highTech("2023-06-01", "2026-05-31", "renewed-2023")
                .build();

        assertThat(facts("enterprise.moves.srdi.hightech", 2023, movedUp, movedUpTwice, renewed))
                .containsExactly(tuple("up", "up-hightech"), tuple("uptwice", "uptwice-february"));
    }

    @Test
    void aMoveAcrossListsTheSrdiOrLittleGiantRecognitionThatMadeIt() {
        var srdi = aFirm("srdi")
                .highTech("2022-01-01", "2024-12-31", "srdi-hightech")
                .srdi("2023-04-01", "2026-03-31", "srdi-2023")
                .build();
        var littleGiant = aFirm("giant")
                .highTech("2022-01-01", "2024-12-31", "giant-hightech")
                .recognized(Tier.LITTLE_GIANT, "2023-04-01", "2026-03-31", "giant-2023")
                .build();
        var revokedBefore = aFirm("revoked")
                .highTech("2022-01-01", "2024-12-31", "revoked-hightech")
                .revokedOn("2023-04-01", "revoked-revocation")
                .srdi("2023-04-01", "2026-03-31", "revoked-srdi")
                .build();

        assertThat(facts("enterprise.moves.hightech.srdi", 2023, srdi, littleGiant, revokedBefore))
                .containsExactly(tuple("giant", "giant-2023"), tuple("srdi", "srdi-2023"));
    }

    @Test
    void clearedGapsListTheReportOfTheYearThatClosedThem() {
        var clearedActivity = aFirm("activity")
                .reported(2022, 1, "100000000", false, true, "activity-2022")
                .reported(2023, 1, "100000000", true, true, "activity-2023")
                .build();
        var clearedInstitution = aFirm("institution")
                .reported(2022, 1, "500000000", true, false, "institution-2022")
                .reported(2023, 3, "500000000", true, true, "institution-2023-r3")
                .build();
        var stillInTheGap = aFirm("still")
                .reported(2022, 1, "900000000", false, false, "still-2022")
                .reported(2023, 1, "900000000", false, false, "still-2023")
                .build();

        assertThat(facts(
                        "enterprise.rdzero.noactivity.cleared",
                        2023,
                        clearedActivity,
                        clearedInstitution,
                        stillInTheGap))
                .containsExactly(tuple("activity", "activity-2023"));
        assertThat(facts(
                        "enterprise.rdzero.noinstitution.cleared",
                        2023,
                        clearedActivity,
                        clearedInstitution,
                        stillInTheGap))
                .containsExactly(tuple("institution", "institution-2023-r3"));
    }

    @Test
    void aFactNamesItsEventTheFirmItsDistrictAndItsRegisteredIndustry() {
        var registered = aFirm("registered")
                .inIndustry(Industry.ROBOTICS)
                .highTech("2023-06-01", "2026-05-31", "registered-hightech")
                .build();
        var unregistered = aFirm("unregistered")
                .highTech("2023-07-01", "2026-06-30", "unregistered-hightech")
                .build();

        assertThat(measured("enterprise.hightech.new", 2023, registered, unregistered))
                .containsExactly(
                        new CountedFact(
                                "registered-hightech",
                                FirmMother.RECOGNIZED,
                                "registered",
                                LocalDate.parse("2023-06-01"),
                                District.JINGHU,
                                Industry.ROBOTICS,
                                null),
                        new CountedFact(
                                "unregistered-hightech",
                                FirmMother.RECOGNIZED,
                                "unregistered",
                                LocalDate.parse("2023-07-01"),
                                District.JINGHU,
                                null,
                                null));
    }

    @Test
    void eachFactIsDatedByWhatItsEventRecorded() {
        var firm = aFirm("dated")
                .highTech("2022-01-01", "2024-12-31", "dated-hightech")
                .revokedOn("2023-05-02", "dated-revoked")
                .designated(Designation.LISTED, "2023-04-03", "dated-listed")
                .reported(2023, 1, "100000000", false, false, "dated-report")
                .build();

        assertThat(measured("enterprise.revoked", 2023, firm))
                .extracting(CountedFact::type, CountedFact::businessDate)
                .containsExactly(tuple(FirmMother.REVOKED, LocalDate.parse("2023-05-02")));
        assertThat(measured("enterprise.listed.total", 2023, firm))
                .extracting(CountedFact::type, CountedFact::businessDate)
                .containsExactly(tuple(FirmMother.DESIGNATED, LocalDate.parse("2023-04-03")));
        assertThat(measured("enterprise.rdzero.noactivity.remaining", 2023, firm))
                .extracting(CountedFact::type, CountedFact::businessDate)
                .containsExactly(tuple(FirmMother.REPORTED, LocalDate.parse("2023-12-31")));
    }

    private List<Tuple> facts(String code, int year, Firm... firms) {
        return measured(code, year, firms).stream()
                .map(fact -> tuple(fact.subject(), fact.eventId()))
                .toList();
    }

    /** The facts of the code, after checking there are as many as its value counts. */
    private List<CountedFact> measured(String code, int year, Firm... firms) {
        var measured = calculator.count(year, List.of(firms)).stream()
                .map(EnterpriseCount::measured)
                .filter(m -> m.indicator().code().equals(code))
                .findFirst()
                .orElseThrow();
        assertThat(measured.facts()).hasSize(measured.indicator().value().intValueExact());
        return measured.facts();
    }
}

package cn.wuhu.sti.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import cn.wuhu.sti.domain.Uscc;
import cn.wuhu.sti.enterprise.model.Enterprise;
import cn.wuhu.sti.enterprise.model.EnterpriseCommands;
import cn.wuhu.sti.enterprise.model.EnterpriseCommands.FileAnnualReport;
import cn.wuhu.sti.reference.Designation;
import cn.wuhu.sti.reference.Tier;
import cn.wuhu.sti.reporting.enterprise.model.AnnualReport;
import cn.wuhu.sti.reporting.enterprise.model.EnterpriseIndicatorCalculator;
import cn.wuhu.sti.reporting.enterprise.model.Firm;
import cn.wuhu.sti.reporting.enterprise.model.HeldDesignation;
import cn.wuhu.sti.reporting.indicator.Indicator;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The demo must show the seed's 2023 figures when reporting computes them from what the plan loads. */
class DemoPlanTest {

    private static final List<DemoPlan.FirmPlan> PLAN = DemoPlan.generate();
    private static final LocalDate END_OF_2023 = LocalDate.of(2023, 12, 31);

    @Test
    void theDemoShowsTheSeedsFiguresFor2023() {
        Map<String, Long> indicators = indicatorsOf(2023);

        assertThat(indicators)
                .containsEntry("enterprise.hightech.new", 368L)
                .containsEntry("enterprise.techsme.new", 1_007L)
                .containsEntry("enterprise.rdzero.noactivity.remaining", 0L)
                .containsEntry("enterprise.rdzero.noinstitution.remaining", 0L)
                .containsEntry("enterprise.rdzero.noactivity.cleared", 199L)
                .containsEntry("enterprise.rdzero.noinstitution.cleared", 71L)
                .containsEntry("enterprise.leaders.provincial.total", 2L);
        assertThat(indicators.get("enterprise.hightech.total")).isGreaterThan(2_000L);
        assertThat(indicators.get("enterprise.techsme.total")).isGreaterThan(3_000L);
        assertThat(indicators.get("enterprise.srdi.total")).isPositive();
        assertThat(indicators.get("enterprise.littlegiant.total")).isPositive();
    }

    /** The seed: 2,000 and 3,000 passed in 2023 (突破), and its new firms the most of any year (为历年之最). */
    @Test
    void in2023TheTotalsPassTheirRoundFiguresAndNoEarlierYearHadAsManyNewFirms() {
        Map<String, Long> before = indicatorsOf(2022);
        assertThat(before.get("enterprise.hightech.total")).isLessThan(2_000L);
        assertThat(before.get("enterprise.techsme.total")).isLessThan(3_000L);
        for (int year = 2005; year < 2023; year++) {
            Map<String, Long> earlier = indicatorsOf(year);
            assertThat(earlier.get("enterprise.hightech.new"))
                    .as("new high-tech in %d", year)
                    .isLessThan(368L);
            assertThat(earlier.get("enterprise.techsme.new"))
                    .as("new tech SMEs in %d", year)
                    .isLessThan(1_007L);
        }
    }

    @Test
    void theSeedsProvincialLeadersAreTheFirmsDesignatedSoIn2023() {
        assertThat(PLAN.stream()
                        .filter(firm -> firm.designations().stream()
                                .anyMatch(d -> d.kind() == Designation.LEADER_PROVINCIAL
                                        && d.since().getYear() == 2023))
                        .map(DemoPlan.FirmPlan::name))
                .containsExactlyInAnyOrder("埃夫特智能装备股份有限公司", "奇瑞新能源汽车股份有限公司");
    }

    @Test
    void whatTheLauncherWaitsForIsExactlyWhatReportingComputes() {
        assertThat(indicatorsOf(2023)).containsExactlyInAnyOrderEntriesOf(DemoPlan.EXPECTED_2023);
    }

    @Test
    void the2022ReportsShowWhatThe2023ClearZeroCampaignCleared() {
        Map<String, Long> indicators = indicatorsOf(2022);

        assertThat(indicators)
                .containsEntry("enterprise.rdzero.noactivity.remaining", 199L)
                .containsEntry("enterprise.rdzero.noinstitution.remaining", 71L);
    }

    @Test
    void dozensOfFirmsNotHighTechMeetTheHighTechCriteriaIn2023AndDozensMissOneByLessThanAPoint() {
        Map<Verdict, Long> verdicts = PLAN.stream()
                .filter(firm -> !asReportingSeesIt(firm).holdsValid(Tier.HIGH_TECH, END_OF_2023))
                .flatMap(firm -> firm.reports().stream().filter(r -> r.year() == 2023))
                .collect(Collectors.groupingBy(DemoPlanTest::highTechVerdict, Collectors.counting()));

        assertThat(verdicts.getOrDefault(Verdict.ELIGIBLE, 0L)).isGreaterThanOrEqualTo(10L);
        assertThat(verdicts.getOrDefault(Verdict.NEAR_MISS, 0L)).isGreaterThanOrEqualTo(10L);
    }

    @Test
    void everyRevocationAndDesignationThePlanPostsIsOneTheEnterpriseServiceAccepts() {
        for (DemoPlan.FirmPlan firm : PLAN) {
            firm.designations().forEach(d -> assertThat(d.since()).isAfterOrEqualTo(firm.registeredOn()));
            firm.revocations()
                    .forEach(revocation -> assertThat(firm.recognitions()).anySatisfy(r -> {
                        assertThat(r.certificateNo()).isEqualTo(revocation.certificateNo());
                        assertThat(revocation.date()).isBetween(r.recognizedOn(), r.validUntil());
                    }));
            assertThatCode(() -> postedInOrder(firm)).as(firm.name()).doesNotThrowAnyException();
        }
    }

    @Test
    void everyFirmHasAValidDistinctUsccAndEveryCertificateIsUniqueWithinItsFirm() {
        assertThat(PLAN)
                .allSatisfy(firm -> assertThat(Uscc.isValid(firm.uscc())).isTrue());
        assertThat(PLAN.stream().map(DemoPlan.FirmPlan::uscc).distinct()).hasSize(PLAN.size());
        assertThat(PLAN)
                .allSatisfy(firm -> assertThat(firm.recognitions().stream()
                                .map(EnterpriseCommands.Recognize::certificateNo)
                                .distinct())
                        .hasSize(firm.recognitions().size()));
        assertThat(PLAN.stream().map(DemoPlan.FirmPlan::district).distinct()).hasSizeGreaterThan(5);
    }

    @Test
    void theSameFirmsAreGeneratedEveryTime() {
        assertThat(DemoPlan.generate()).isEqualTo(PLAN);
    }

    private enum Verdict {
        ELIGIBLE,
        NEAR_MISS,
        MISS
    }

    /**
     * The national criteria: R&amp;D expense of 5 % of revenue up to 50 million yuan, 4 % up to 200 million, 3 %
     * above; S&amp;T staff 10 % of staff; high-tech product revenue 60 % of revenue. A near miss meets two and misses
     * the third by less than a percentage point.
     */
    private static Verdict highTechVerdict(FileAnnualReport report) {
        BigDecimal revenue = report.revenue();
        int rdFloor = revenue.compareTo(new BigDecimal("50000000")) <= 0
                ? 5
                : revenue.compareTo(new BigDecimal("200000000")) <= 0 ? 4 : 3;
        List<BigDecimal> shortfalls = Stream.of(
                        shortfall(report.rdExpense(), revenue, rdFloor),
                        shortfall(BigDecimal.valueOf(report.sciTechStaff()), BigDecimal.valueOf(report.staff()), 10),
                        shortfall(report.highTechRevenue(), revenue, 60))
                .filter(points -> points.signum() > 0)
                .toList();
        if (shortfalls.isEmpty()) {
            return Verdict.ELIGIBLE;
        }
        return shortfalls.size() == 1 && shortfalls.get(0).compareTo(BigDecimal.ONE) < 0
                ? Verdict.NEAR_MISS
                : Verdict.MISS;
    }

    /** The percentage points {@code part} falls short of {@code floorPercent} of {@code whole}; none or less if met. */
    private static BigDecimal shortfall(BigDecimal part, BigDecimal whole, int floorPercent) {
        BigDecimal shortTimesWhole =
                whole.multiply(BigDecimal.valueOf(floorPercent)).subtract(part.multiply(BigDecimal.valueOf(100)));
        return shortTimesWhole.divide(whole, MathContext.DECIMAL64);
    }

    /** The firm's registration and moves, in the order the demo posts them, through the enterprise model. */
    private static void postedInOrder(DemoPlan.FirmPlan firm) {
        Enterprise enterprise = Enterprise.register(new EnterpriseCommands.Register(
                        new Uscc(firm.uscc()), firm.name(), firm.district(), firm.industry(), firm.registeredOn()))
                .enterprise();
        firm.recognitions().forEach(enterprise::recognize);
        firm.revocations().forEach(enterprise::revoke);
        firm.designations().forEach(enterprise::designate);
        firm.reports().forEach(enterprise::fileAnnualReport);
    }

    private static Map<String, Long> indicatorsOf(int year) {
        List<Firm> firms = PLAN.stream().map(DemoPlanTest::asReportingSeesIt).toList();
        return new EnterpriseIndicatorCalculator()
                .calculate(year, firms).stream()
                        .collect(
                                Collectors.toMap(Indicator::code, i -> i.value().longValueExact()));
    }

    private static Firm asReportingSeesIt(DemoPlan.FirmPlan firm) {
        Map<String, LocalDate> revoked = firm.revocations().stream()
                .collect(Collectors.toMap(EnterpriseCommands.Revoke::certificateNo, EnterpriseCommands.Revoke::date));
        var recognitions = firm.recognitions().stream()
                .map(r -> {
                    var recognition = new cn.wuhu.sti.reporting.enterprise.model.Recognition(
                            r.tier(), r.certificateNo(), r.recognizedOn(), r.validUntil());
                    LocalDate on = revoked.get(r.certificateNo());
                    return on == null ? recognition : recognition.revokedAsOf(on);
                })
                .collect(Collectors.toSet());
        Set<HeldDesignation> designations = firm.designations().stream()
                .map(d -> new HeldDesignation(d.kind(), d.since()))
                .collect(Collectors.toSet());
        Map<Integer, AnnualReport> reports = firm.reports().stream()
                .map(r -> new AnnualReport(
                        r.year(), 1, r.revenue(), r.rdActivity(), r.rdInstitution(), r.aboveScaleManufacturer()))
                .collect(Collectors.toMap(AnnualReport::year, Function.identity()));
        return new Firm(firm.uscc(), firm.district(), recognitions, designations, reports);
    }
}

package cn.wuhu.sti.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhu.sti.domain.Uscc;
import cn.wuhu.sti.enterprise.model.EnterpriseCommands;
import cn.wuhu.sti.reporting.enterprise.model.AnnualReport;
import cn.wuhu.sti.reporting.enterprise.model.EnterpriseIndicatorCalculator;
import cn.wuhu.sti.reporting.enterprise.model.Firm;
import cn.wuhu.sti.reporting.enterprise.model.Recognition;
import cn.wuhu.sti.reporting.indicator.Indicator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The demo must show the seed's 2023 figures when reporting computes them from what the plan loads. */
class DemoPlanTest {

    private static final List<DemoPlan.FirmPlan> PLAN = DemoPlan.generate();

    @Test
    void theDemoShowsTheSeedsFiguresFor2023() {
        Map<String, Long> indicators = indicatorsOf(2023);

        assertThat(indicators)
                .containsEntry("enterprise.hightech.new", 368L)
                .containsEntry("enterprise.techsme.new", 1_007L)
                .containsEntry("enterprise.rdzero.noactivity.remaining", 8L)
                .containsEntry("enterprise.rdzero.noinstitution.remaining", 3L);
        assertThat(indicators.get("enterprise.hightech.total")).isGreaterThan(2_000L);
        assertThat(indicators.get("enterprise.techsme.total")).isGreaterThan(3_000L);
        assertThat(indicators.get("enterprise.srdi.total")).isPositive();
        assertThat(indicators.get("enterprise.littlegiant.total")).isPositive();
    }

    @Test
    void whatTheLauncherWaitsForIsExactlyWhatReportingComputes() {
        assertThat(indicatorsOf(2023)).containsExactlyInAnyOrderEntriesOf(DemoPlan.EXPECTED_2023);
    }

    @Test
    void the2022ReportsShowWhatThe2023ClearZeroCampaignCleared() {
        Map<String, Long> indicators = indicatorsOf(2022);

        assertThat(indicators.get("enterprise.rdzero.noactivity.remaining") - 8).isEqualTo(199L);
        assertThat(indicators.get("enterprise.rdzero.noinstitution.remaining") - 3)
                .isEqualTo(71L);
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

    private static Map<String, Long> indicatorsOf(int year) {
        List<Firm> firms = PLAN.stream().map(DemoPlanTest::asReportingSeesIt).toList();
        return new EnterpriseIndicatorCalculator()
                .calculate(year, firms).stream()
                        .collect(
                                Collectors.toMap(Indicator::code, i -> i.value().longValueExact()));
    }

    private static Firm asReportingSeesIt(DemoPlan.FirmPlan firm) {
        var recognitions = firm.recognitions().stream()
                .map(r -> new Recognition(r.tier(), r.certificateNo(), r.recognizedOn(), r.validUntil()))
                .collect(Collectors.toSet());
        Map<Integer, AnnualReport> reports = firm.reports().stream()
                .map(r -> new AnnualReport(
                        r.year(), 1, r.revenue(), r.rdActivity(), r.rdInstitution(), r.aboveScaleManufacturer()))
                .collect(Collectors.toMap(AnnualReport::year, Function.identity()));
        return new Firm(firm.uscc(), firm.district(), recognitions, reports);
    }
}

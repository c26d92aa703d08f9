package cn.wuhu.sti.enterprise.web;

import cn.wuhu.sti.enterprise.application.EnterpriseService;
import cn.wuhu.sti.enterprise.model.AnnualReport;
import cn.wuhu.sti.enterprise.model.ClearZeroCampaign;
import cn.wuhu.sti.enterprise.model.DesignationHeld;
import cn.wuhu.sti.enterprise.model.Enterprise;
import cn.wuhu.sti.enterprise.model.Origin;
import cn.wuhu.sti.enterprise.model.Pool;
import cn.wuhu.sti.enterprise.model.PoolMoves;
import cn.wuhu.sti.enterprise.model.Recognition;
import cn.wuhu.sti.events.enterprise.AnnualReportFiled;
import cn.wuhu.sti.events.enterprise.EnterpriseRecognized;
import cn.wuhu.sti.events.enterprise.RecognitionRevoked;
import cn.wuhu.sti.reference.Designation;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.reference.Tier;
import cn.wuhu.sti.web.PageView;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The response bodies of the enterprise API; never the stored documents. */
final class EnterpriseViews {

    record EnterpriseView(
            String id,
            String uscc,
            String name,
            District district,
            Industry industry,
            LocalDate registeredOn,
            List<Tier> currentTiers,
            List<Pool> pools,
            List<DesignationView> designations,
            List<RecognitionView> recognitions,
            List<AnnualReportView> annualReports,
            @JsonInclude(JsonInclude.Include.NON_NULL) Origin origin) {

        static EnterpriseView of(Enterprise enterprise, LocalDate today) {
            return new EnterpriseView(
                    enterprise.uscc().value(),
                    enterprise.uscc().value(),
                    enterprise.name(),
                    enterprise.district(),
                    enterprise.industry(),
                    enterprise.registeredOn(),
                    enterprise.tiersOn(today),
                    enterprise.poolsOn(today),
                    enterprise.designations().stream()
                            .map(d -> DesignationView.of(enterprise, d, today))
                            .toList(),
                    enterprise.recognitions().stream()
                            .map(r -> RecognitionView.of(r, today))
                            .toList(),
                    enterprise.reportsInForce().stream()
                            .map(r -> AnnualReportView.of(enterprise.uscc().value(), r))
                            .toList(),
                    enterprise.origin().orElse(null));
        }
    }

    /** {@code revokedOn} and {@code revocationReason} only once revoked; {@code expired} once it ran out. */
    record RecognitionView(
            String id,
            Tier tier,
            String certificateNo,
            LocalDate recognizedOn,
            LocalDate validUntil,
            boolean validToday,
            @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate revokedOn,
            @JsonInclude(JsonInclude.Include.NON_NULL) String revocationReason,
            boolean expired) {

        static RecognitionView of(Recognition recognition, LocalDate today) {
            var revocation = recognition.revoked();
            return new RecognitionView(
                    recognition.certificateNo(),
                    recognition.tier(),
                    recognition.certificateNo(),
                    recognition.recognizedOn(),
                    recognition.validUntil(),
                    recognition.isValidOn(today),
                    revocation.map(Recognition.Revocation::on).orElse(null),
                    revocation.map(Recognition.Revocation::reason).orElse(null),
                    today.isAfter(recognition.validUntil()));
        }
    }

    record RevocationCreated(
            String id, String uscc, Tier tier, String certificateNo, LocalDate revokedOn, String reason) {

        static RevocationCreated of(RecognitionRevoked event) {
            return new RevocationCreated(
                    event.certificateNo(),
                    event.uscc(),
                    event.tier(),
                    event.certificateNo(),
                    event.revokedOn(),
                    event.reason());
        }
    }

    record DesignationView(String id, String uscc, Designation kind, String name, LocalDate since, boolean heldToday) {

        static DesignationView of(Enterprise firm, DesignationHeld designation, LocalDate today) {
            return new DesignationView(
                    designation.kind().name(),
                    firm.uscc().value(),
                    designation.kind(),
                    designation.kind().chineseName(),
                    designation.since(),
                    designation.heldOn(today));
        }
    }

    record PooledFirmView(String uscc, String name, District district, List<Pool> pools) {

        static PooledFirmView of(EnterpriseService.PooledFirm pooled) {
            var firm = pooled.firm();
            return new PooledFirmView(firm.uscc().value(), firm.name(), firm.district(), pooled.pools());
        }
    }

    /** How many firms sit in each pool on {@code on}, and in two or in all three of them. */
    record PoolSummary(LocalDate on, Map<Pool, Long> pools, long inTwoPools, long inThreePools) {

        static PoolSummary of(LocalDate on, List<EnterpriseService.PooledFirm> pooled) {
            Map<Pool, Long> perPool = new EnumMap<>(Pool.class);
            for (Pool pool : Pool.values()) {
                perPool.put(
                        pool,
                        pooled.stream().filter(p -> p.pools().contains(pool)).count());
            }
            return new PoolSummary(
                    on,
                    perPool,
                    pooled.stream().filter(p -> p.pools().size() == 2).count(),
                    pooled.stream().filter(p -> p.pools().size() == 3).count());
        }
    }

    /** 专升高 and 高升专 of a year: the counts, then each move. */
    record PoolMovesView(int year, long srdiToHighTech, long highTechToSrdi, List<MoveView> moves) {

        record MoveView(
                PoolMoves.Kind kind, String uscc, String name, District district, LocalDate on, String certificateNo) {}

        static PoolMovesView of(int year, List<PoolMoves.Move> moves) {
            return new PoolMovesView(
                    year,
                    moves.stream()
                            .filter(m -> m.kind() == PoolMoves.Kind.SRDI_TO_HIGH_TECH)
                            .count(),
                    moves.stream()
                            .filter(m -> m.kind() == PoolMoves.Kind.HIGH_TECH_TO_SRDI)
                            .count(),
                    moves.stream()
                            .map(m -> new MoveView(
                                    m.kind(),
                                    m.firm().uscc().value(),
                                    m.firm().name(),
                                    m.firm().district(),
                                    m.on(),
                                    m.certificateNo()))
                            .toList());
        }
    }

    /**
     * The 两清零 campaign of a year: per gap how many firms are in it, remain, cleared in the year or before; then a
     * page of the firms, each with its standing on each gap and its latest report up to the year.
     */
    record CampaignView(int year, List<GapSummary> gaps, PageView<CampaignFirmView> firms) {

        record GapSummary(
                ClearZeroCampaign.Gap gap, long inCampaign, long remaining, long clearedInYear, long clearedBefore) {}

        record CampaignFirmView(
                String uscc, String name, District district, List<GapStanding> gaps, AnnualReportView latestReport) {}

        /** {@code clearedIn} is absent while the gap remains. */
        record GapStanding(
                ClearZeroCampaign.Gap gap,
                String status,
                int since,
                @JsonInclude(JsonInclude.Include.NON_NULL) Integer clearedIn) {}

        static CampaignView of(int year, List<EnterpriseService.CampaignFirm> all, PageView<CampaignFirmView> page) {
            List<GapSummary> gaps = java.util.Arrays.stream(ClearZeroCampaign.Gap.values())
                    .map(gap -> {
                        var standings = all.stream()
                                .flatMap(f -> f.standings().stream())
                                .filter(s -> s.gap() == gap)
                                .toList();
                        return new GapSummary(
                                gap,
                                standings.size(),
                                standings.stream().filter(s -> !s.cleared()).count(),
                                standings.stream()
                                        .filter(s -> s.clearedIn().equals(java.util.OptionalInt.of(year)))
                                        .count(),
                                standings.stream()
                                        .filter(s ->
                                                s.cleared() && s.clearedIn().getAsInt() < year)
                                        .count());
                    })
                    .toList();
            return new CampaignView(year, gaps, page);
        }

        static CampaignFirmView firm(EnterpriseService.CampaignFirm entry) {
            var firm = entry.firm();
            var standings = entry.standings();
            return new CampaignFirmView(
                    firm.uscc().value(),
                    firm.name(),
                    firm.district(),
                    standings.stream()
                            .map(s -> new GapStanding(
                                    s.gap(),
                                    s.cleared() ? "CLEARED" : "REMAINING",
                                    s.since(),
                                    s.cleared() ? s.clearedIn().getAsInt() : null))
                            .toList(),
                    AnnualReportView.of(firm.uscc().value(), standings.get(0).latestReport()));
        }
    }

    record RecognitionCreated(
            String id,
            String uscc,
            Tier tier,
            String certificateNo,
            LocalDate recognizedOn,
            LocalDate validUntil,
            boolean renewal) {

        static RecognitionCreated of(EnterpriseRecognized event) {
            return new RecognitionCreated(
                    event.certificateNo(),
                    event.uscc(),
                    event.tier(),
                    event.certificateNo(),
                    event.recognizedOn(),
                    event.validUntil(),
                    event.renewal());
        }
    }

    record AnnualReportView(
            String id,
            String uscc,
            int revision,
            int year,
            BigDecimal revenue,
            BigDecimal rdExpense,
            boolean rdActivity,
            boolean rdInstitution,
            int sciTechStaff,
            int staff,
            BigDecimal highTechRevenue,
            boolean aboveScaleManufacturer) {

        static AnnualReportView of(AnnualReportFiled filed) {
            return of(filed.uscc(), AnnualReport.of(filed));
        }

        static AnnualReportView of(String uscc, AnnualReport report) {
            return new AnnualReportView(
                    report.year() + "-r" + report.revision(),
                    uscc,
                    report.revision(),
                    report.year(),
                    report.revenue(),
                    report.rdExpense(),
                    report.rdActivity(),
                    report.rdInstitution(),
                    report.sciTechStaff(),
                    report.staff(),
                    report.highTechRevenue(),
                    report.aboveScaleManufacturer());
        }
    }

    private EnterpriseViews() {}
}

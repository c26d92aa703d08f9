package cn.wuhu.sti.launcher;

import static java.util.Map.entry;

import cn.wuhu.sti.domain.Uscc;
import cn.wuhu.sti.enterprise.model.EnterpriseCommands.Designate;
import cn.wuhu.sti.enterprise.model.EnterpriseCommands.FileAnnualReport;
import cn.wuhu.sti.enterprise.model.EnterpriseCommands.Recognize;
import cn.wuhu.sti.enterprise.model.EnterpriseCommands.Revoke;
import cn.wuhu.sti.reference.Designation;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.reference.Tier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * The firms behind the seed's 2023 figures (seed/wuhu-sti-bureau-2023-work-report.txt): 368 new high-tech
 * enterprises and more than 2,000 at year end, 1,007 new tech-based SMEs and more than 3,000 at year end; the
 * clear-zero campaign (两清零) finished, its 2022 reports showing 199 above-scale manufacturers of 100 million yuan or
 * more without R&amp;D activity and 71 of 500 million or more without an R&amp;D institution, their 2023 reports none;
 * 埃夫特智能装备 and 奇瑞新能源 designated provincial S&amp;T leader enterprises in 2023. Generated from a fixed seed, so
 * every run loads the same firms.
 *
 * <p>Demo assumptions, not seed figures: 6 high-tech recognitions of 2021–2022 revoked in 2023; 20 municipal leader
 * enterprises; 60 listing-reserve firms designated in 2022–2023, mostly high-tech or SRDI so that firms sit in two or
 * all three pools of 三库联动, 4 of them listed in 2023; 24 SRDI SMEs newly high-tech in 2023 (专升高) and 30 high-tech
 * firms newly SRDI (高升专), the other SRDI SMEs making neither move in 2023; the two provincial leaders' revenue. The
 * 2023 reports of the manufacturers that are not high-tech (but those just starting R&amp;D) and of 300 tech-based
 * SMEs that never were lie around the national high-tech criteria, so a few dozen meet them all and a few dozen
 * miss one by less than a point.
 */
final class DemoPlan {

    static final int HIGH_TECH_NEW_2023 = 368;
    static final int HIGH_TECH_VALID_FROM_2021_2022 = 1_532;
    static final int HIGH_TECH_RENEWED_2023 = 150;
    static final int HIGH_TECH_LAPSED_2023 = 40;
    static final int HIGH_TECH_REVOKED_2023 = 6;
    static final String REVOCATION_REASON = "发生重大安全、重大质量事故或有严重环境违法行为";
    static final int TECH_SME_NEW_2023 = 1_007;
    static final int TECH_SME_VALID_FROM_2022 = 1_743;
    static final int TECH_SME_RENEWED_2023 = 300;
    static final int TECH_SME_LAPSED_2023 = 60;
    static final int SRDI = 180;
    static final int SRDI_TO_HIGH_TECH_2023 = 24;
    static final int HIGH_TECH_TO_SRDI_2023 = 30;
    static final int SRDI_NEW_2023_NOT_HIGH_TECH = 36;
    static final int LITTLE_GIANT = 25;
    static final int NO_ACTIVITY_2022 = 199;
    static final int NO_ACTIVITY_CLEARED_2023 = 199;
    static final int NO_INSTITUTION_2022 = 71;
    static final int NO_INSTITUTION_CLEARED_2023 = 71;
    /** Above-scale manufacturers besides those of the clear-zero campaign and the two provincial leaders. */
    static final int OTHER_MANUFACTURERS = 128;

    static final int TECH_SME_REPORTS_2023 = 300;
    static final List<String> PROVINCIAL_LEADERS_2023 = List.of("埃夫特智能装备股份有限公司", "奇瑞新能源汽车股份有限公司");
    static final int LEADERS_MUNICIPAL = 20;
    static final int LISTING_RESERVE = 60;
    static final int LISTING_RESERVE_HIGH_TECH_AND_SRDI = 15;
    static final int LISTING_RESERVE_HIGH_TECH_ONLY = 30;
    static final int LISTING_RESERVE_SRDI_ONLY = 8;
    static final int LISTED_2023 = 4;
    static final int FIRMS = 3_110;

    /** What reporting shows for 2023 once it has read every demo event. */
    static final Map<String, Long> EXPECTED_2023 = Map.ofEntries(
            entry("enterprise.hightech.new", (long) HIGH_TECH_NEW_2023),
            entry(
                    "enterprise.hightech.total",
                    (long) HIGH_TECH_NEW_2023
                            + HIGH_TECH_VALID_FROM_2021_2022
                            + HIGH_TECH_RENEWED_2023
                            - HIGH_TECH_REVOKED_2023),
            entry("enterprise.techsme.new", (long) TECH_SME_NEW_2023),
            entry(
                    "enterprise.techsme.total",
                    (long) TECH_SME_NEW_2023 + TECH_SME_VALID_FROM_2022 + TECH_SME_RENEWED_2023),
            entry("enterprise.srdi.total", (long) SRDI),
            entry("enterprise.littlegiant.total", (long) LITTLE_GIANT),
            entry("enterprise.rdzero.noactivity.remaining", (long) NO_ACTIVITY_2022 - NO_ACTIVITY_CLEARED_2023),
            entry(
                    "enterprise.rdzero.noinstitution.remaining",
                    (long) NO_INSTITUTION_2022 - NO_INSTITUTION_CLEARED_2023),
            entry("enterprise.revoked", (long) HIGH_TECH_REVOKED_2023),
            entry("enterprise.leaders.provincial.total", (long) PROVINCIAL_LEADERS_2023.size()),
            entry("enterprise.leaders.municipal.total", (long) LEADERS_MUNICIPAL),
            entry("enterprise.listingreserve.total", (long) LISTING_RESERVE - LISTED_2023),
            entry("enterprise.listed.total", (long) LISTED_2023),
            entry("enterprise.moves.srdi.hightech", (long) SRDI_TO_HIGH_TECH_2023),
            entry("enterprise.moves.hightech.srdi", (long) HIGH_TECH_TO_SRDI_2023),
            entry("enterprise.rdzero.noactivity.cleared", (long) NO_ACTIVITY_CLEARED_2023),
            entry("enterprise.rdzero.noinstitution.cleared", (long) NO_INSTITUTION_CLEARED_2023));

    /** The bodies the demo posts are the enterprise service's own commands, as the API takes them. */
    record FirmPlan(
            String uscc,
            String name,
            District district,
            Industry industry,
            LocalDate registeredOn,
            List<Recognize> recognitions,
            List<Revoke> revocations,
            List<Designate> designations,
            List<FileAnnualReport> reports) {}

    private static final LocalDate END_OF_2023 = LocalDate.of(2023, 12, 31);
    private static final String[] DIVISIONS = {
        "340202", "340209", "340207", "340210", "340212", "340281", "340223", "340271", "340272", "340273"
    };
    private static final String[] WORDS = {
        "瑞鹄", "埃科", "奇瑞", "長信", "华衍", "中科", "鸿博", "启迪", "佳宏", "伯特", "美达", "新元", "星途", "天航", "海螺", "融创"
    };
    private static final String[] KINDS = {"科技", "智能装备", "新材料", "电子", "汽车零部件", "生物医药", "精密制造", "信息技术"};

    /** Each firm as the demo posts it: its registration, then its recognitions, revocations, designations, reports. */
    static List<DemoItem> items(List<FirmPlan> firms) {
        return firms.stream()
                .map(firm -> {
                    List<DemoItem.Move> moves = new ArrayList<>();
                    firm.recognitions().forEach(r -> moves.add(new DemoItem.Move("recognitions", r)));
                    firm.revocations()
                            .forEach(r -> moves.add(new DemoItem.Move(
                                    "recognitions/" + r.certificateNo() + "/revocation",
                                    Map.of("date", r.date(), "reason", r.reason()))));
                    firm.designations().forEach(d -> moves.add(new DemoItem.Move("designations", d)));
                    firm.reports().forEach(r -> moves.add(new DemoItem.Move("annual-reports", r)));
                    var registration = Map.of(
                            "uscc", firm.uscc(),
                            "name", firm.name(),
                            "district", firm.district(),
                            "industry", firm.industry(),
                            "registeredOn", firm.registeredOn());
                    return new DemoItem(firm.uscc(), "/api/enterprises", registration, moves);
                })
                .toList();
    }

    static List<FirmPlan> generate() {
        Random random = new Random(2023);
        List<FirmBuilder> firms = IntStream.range(0, FIRMS)
                .mapToObj(i -> FirmBuilder.create(i, random))
                .toList();
        List<FirmBuilder> shuffled = new ArrayList<>(firms);
        Collections.shuffle(shuffled, random);
        List<FirmBuilder> newHighTech = List.copyOf(shuffled.subList(0, HIGH_TECH_NEW_2023));
        List<FirmBuilder> earlierHighTech =
                List.copyOf(shuffled.subList(HIGH_TECH_NEW_2023, HIGH_TECH_NEW_2023 + HIGH_TECH_VALID_FROM_2021_2022));
        recognizeHighTech(shuffled, random);
        Collections.shuffle(shuffled, random);
        recognizeTechSmes(shuffled, random);
        Collections.shuffle(shuffled, random);
        recognizeSrdi(shuffled, newHighTech, earlierHighTech, random);
        revokeHighTech(earlierHighTech, random);
        Collections.shuffle(shuffled, random);
        fileManufacturerReports(shuffled, random);
        fileTechSmeReports(shuffled, random);
        designateLeaders(shuffled, random);
        designateListingReserve(shuffled, random);
        return firms.stream().map(FirmBuilder::build).toList();
    }

    private static void recognizeHighTech(List<FirmBuilder> shuffled, Random random) {
        int next = 0;
        for (int i = 0; i < HIGH_TECH_NEW_2023; i++) {
            LocalDate on = dayIn(2023, random);
            shuffled.get(next++).recognize(Tier.HIGH_TECH, on, on.plusYears(3).minusDays(1));
        }
        // A third were first recognized then; the others renew a line of certificates begun 3 or 6 years earlier, so
        // that no year before 2023 recognized as many firms for the first time (368 is 历年之最).
        for (int i = 0; i < HIGH_TECH_VALID_FROM_2021_2022; i++) {
            LocalDate on = dayIn(2021 + random.nextInt(2), random);
            recognizeRenewing(shuffled.get(next++), Tier.HIGH_TECH, on, 3, i % 3);
        }
        for (int i = 0; i < HIGH_TECH_RENEWED_2023; i++) {
            LocalDate first = dayIn(2020, random);
            FirmBuilder firm = shuffled.get(next++);
            firm.recognize(Tier.HIGH_TECH, first, first.plusYears(3).minusDays(1));
            LocalDate renewed = first.plusYears(3);
            firm.recognize(Tier.HIGH_TECH, renewed, renewed.plusYears(3).minusDays(1));
        }
        for (int i = 0; i < HIGH_TECH_LAPSED_2023; i++) {
            LocalDate on = dayIn(2020, random);
            shuffled.get(next++).recognize(Tier.HIGH_TECH, on, on.plusYears(3).minusDays(1));
        }
    }

    private static void recognizeTechSmes(List<FirmBuilder> shuffled, Random random) {
        int next = 0;
        // Tech-based SME certificates run two years here, so most of 2022's are still valid at the end of 2023.
        // Half entered in 2022, the others renew entries of 2020: 2023's 1,007 is 历年之最 here too.
        for (int i = 0; i < TECH_SME_VALID_FROM_2022; i++) {
            LocalDate on = dayIn(2022, 3, 11, random);
            recognizeRenewing(shuffled.get(next++), Tier.TECH_SME, on, 2, i % 2);
        }
        for (int i = 0; i < TECH_SME_RENEWED_2023; i++) {
            FirmBuilder firm = shuffled.get(next++);
            LocalDate first = dayIn(2021, 3, 11, random);
            firm.recognize(Tier.TECH_SME, first, first.plusYears(2).minusDays(1));
            LocalDate renewed = first.plusYears(2).minusDays(10 + random.nextInt(40));
            firm.recognize(Tier.TECH_SME, renewed, renewed.plusYears(2).minusDays(1));
        }
        for (int i = 0; i < TECH_SME_NEW_2023; i++) {
            LocalDate on = dayIn(2023, 3, 11, random);
            shuffled.get(next++).recognize(Tier.TECH_SME, on, on.plusYears(2).minusDays(1));
        }
        for (int i = 0; i < TECH_SME_LAPSED_2023; i++) {
            LocalDate on = dayIn(2021, 3, 11, random);
            shuffled.get(next++).recognize(Tier.TECH_SME, on, on.plusYears(2).minusDays(1));
        }
    }

    /**
     * The SRDI pool by construction, so its moves of 2023 are known: SRDI SMEs of 2021–2022 among the firms newly
     * high-tech in 2023 (专升高), firms high-tech since 2021–2022 newly SRDI in 2023 (高升专), and the others either in
     * the pool before 2023 without becoming high-tech in it or entering it in 2023 without ever having been high-tech.
     * The little giants rose from SRDI SMEs of 2021, so they entered no pool.
     */
    private static void recognizeSrdi(
            List<FirmBuilder> shuffled,
            List<FirmBuilder> newHighTech,
            List<FirmBuilder> earlierHighTech,
            Random random) {
        for (FirmBuilder firm : newHighTech.subList(0, SRDI_TO_HIGH_TECH_2023)) {
            firm.recognizeFor3Years(Tier.SRDI_SME, dayIn(2021 + random.nextInt(2), random));
        }
        for (FirmBuilder firm : earlierHighTech.subList(0, HIGH_TECH_TO_SRDI_2023)) {
            firm.recognizeFor3Years(Tier.SRDI_SME, dayIn(2023, random));
        }
        int earlier = SRDI - SRDI_TO_HIGH_TECH_2023 - HIGH_TECH_TO_SRDI_2023 - SRDI_NEW_2023_NOT_HIGH_TECH;
        List<FirmBuilder> beforeTheYear = pick(
                shuffled,
                earlier,
                firm -> !firm.hasEver(Tier.SRDI_SME) && !firm.newlyRecognizedIn(Tier.HIGH_TECH, 2023));
        for (int i = 0; i < earlier; i++) {
            FirmBuilder firm = beforeTheYear.get(i);
            if (i < LITTLE_GIANT) {
                firm.recognizeFor3Years(Tier.SRDI_SME, dayIn(2021, random));
                firm.recognizeFor3Years(Tier.LITTLE_GIANT, dayIn(2022 + random.nextInt(2), random));
            } else {
                firm.recognizeFor3Years(Tier.SRDI_SME, dayIn(2021 + random.nextInt(2), random));
            }
        }
        for (FirmBuilder firm : pick(
                shuffled,
                SRDI_NEW_2023_NOT_HIGH_TECH,
                firm -> !firm.hasEver(Tier.SRDI_SME) && !firm.hasEver(Tier.HIGH_TECH))) {
            firm.recognizeFor3Years(Tier.SRDI_SME, dayIn(2023, random));
        }
    }

    /** Certificates of 2021–2022, revoked within their term; none of an SRDI firm's or a 高升专 firm's. */
    private static void revokeHighTech(List<FirmBuilder> earlierHighTech, Random random) {
        List<FirmBuilder> candidates = earlierHighTech.subList(HIGH_TECH_TO_SRDI_2023, earlierHighTech.size());
        for (FirmBuilder firm : pick(candidates, HIGH_TECH_REVOKED_2023, f -> !f.hasEver(Tier.SRDI_SME))) {
            firm.revokeHighTech(dayIn(2023, random));
        }
    }

    /**
     * Above-scale manufacturers. The campaign's firms never were high-tech or SRDI; they file 2022 in a gap and 2023
     * out of it, the no-activity ones just starting R&amp;D. The two provincial leaders are high-tech manufacturers of
     * billions; the other manufacturers report as high-tech firms do where they are, around the criteria where not.
     */
    private static void fileManufacturerReports(List<FirmBuilder> shuffled, Random random) {
        Predicate<FirmBuilder> noRdRecognition =
                firm -> !firm.hasEver(Tier.HIGH_TECH) && !firm.hasEver(Tier.SRDI_SME) && firm.reports.isEmpty();
        List<FirmBuilder> noActivity = pick(shuffled, NO_ACTIVITY_2022, noRdRecognition);
        for (int i = 0; i < NO_ACTIVITY_2022; i++) {
            // Below 500 million in 2023 too, so lacking an institution puts none of them in the other gap.
            long revenue = 100_000_000L + random.nextInt(370_000_000);
            FirmBuilder firm = noActivity.get(i);
            firm.manufacturerReport(2022, revenue, Shares.NONE, false, random);
            boolean cleared = i < NO_ACTIVITY_CLEARED_2023;
            firm.manufacturerReport(
                    2023, revenue + revenue / 20, cleared ? Shares.starting(random) : Shares.NONE, false, random);
        }
        List<FirmBuilder> noInstitution = pick(shuffled, NO_INSTITUTION_2022, noRdRecognition);
        for (int i = 0; i < NO_INSTITUTION_2022; i++) {
            long revenue = 500_000_000L + random.nextInt(900_000_000);
            FirmBuilder firm = noInstitution.get(i);
            firm.manufacturerReport(2022, revenue, Shares.around(revenue, random), false, random);
            long revenue2023 = revenue + revenue / 20;
            firm.manufacturerReport(
                    2023, revenue2023, Shares.around(revenue2023, random), i < NO_INSTITUTION_CLEARED_2023, random);
        }
        List<FirmBuilder> leaders = pick(
                shuffled,
                PROVINCIAL_LEADERS_2023.size(),
                firm -> firm.district == District.WETDZ && firm.isHighTechAtEndOf2023() && firm.reports.isEmpty());
        List<Industry> leaderIndustries = List.of(Industry.ROBOTICS, Industry.NEV_ICV);
        LocalDate provincialBatch = dayIn(2023, 9, 12, random);
        for (int i = 0; i < leaders.size(); i++) {
            FirmBuilder firm = leaders.get(i);
            firm.rename(PROVINCIAL_LEADERS_2023.get(i), leaderIndustries.get(i));
            firm.designate(Designation.LEADER_PROVINCIAL, provincialBatch);
            long revenue = 2_000_000_000L + random.nextLong(6_000_000_000L);
            firm.manufacturerReport(2023, revenue, Shares.highTech(revenue, random), true, random);
        }
        for (FirmBuilder firm : pick(shuffled, OTHER_MANUFACTURERS, f -> f.reports.isEmpty() && !f.isRevoked())) {
            long revenue = 105_000_000L + random.nextInt(400_000_000);
            firm.manufacturerReport(2023, revenue, Shares.forStatusAtEndOf2023(firm, revenue, random), true, random);
        }
    }

    /** Tech-based SMEs that never were high-tech, their 2023 reports around the high-tech criteria. */
    private static void fileTechSmeReports(List<FirmBuilder> shuffled, Random random) {
        for (FirmBuilder firm : pick(
                shuffled,
                TECH_SME_REPORTS_2023,
                f -> f.holdsValid(Tier.TECH_SME, END_OF_2023) && !f.hasEver(Tier.HIGH_TECH) && f.reports.isEmpty())) {
            long revenue = 5_000_000L + random.nextInt(45_000_001);
            firm.smeReport(2023, revenue, Shares.around(revenue, random), random);
        }
    }

    private static void designateLeaders(List<FirmBuilder> shuffled, Random random) {
        for (FirmBuilder firm :
                pick(shuffled, LEADERS_MUNICIPAL, f -> f.isHighTechAtEndOf2023() && f.designations.isEmpty())) {
            firm.designate(Designation.LEADER_MUNICIPAL, dayIn(2023, 7, 12, random));
        }
    }

    /** 三库联动: reserve firms from the high-tech and SRDI pools; the listed ones had been in all three. */
    private static void designateListingReserve(List<FirmBuilder> shuffled, Random random) {
        Predicate<FirmBuilder> free = f -> f.designations.isEmpty() && !f.isRevoked();
        List<FirmBuilder> reserve = new ArrayList<>();
        reserve.addAll(pick(
                shuffled,
                LISTING_RESERVE_HIGH_TECH_AND_SRDI,
                free.and(f -> f.isHighTechAtEndOf2023() && f.isSrdiAtEndOf2023())));
        reserve.addAll(pick(
                shuffled,
                LISTING_RESERVE_HIGH_TECH_ONLY,
                free.and(f -> f.isHighTechAtEndOf2023() && !f.isSrdiAtEndOf2023())));
        reserve.addAll(pick(
                shuffled,
                LISTING_RESERVE_SRDI_ONLY,
                free.and(f -> !f.isHighTechAtEndOf2023() && f.isSrdiAtEndOf2023())));
        reserve.addAll(pick(
                shuffled,
                LISTING_RESERVE - reserve.size(),
                free.and(f -> !f.isHighTechAtEndOf2023() && !f.isSrdiAtEndOf2023())));
        for (int i = 0; i < reserve.size(); i++) {
            FirmBuilder firm = reserve.get(i);
            if (i < LISTED_2023) {
                firm.designate(Designation.LISTING_RESERVE, dayIn(2022, random));
                firm.designate(Designation.LISTED, dayIn(2023, random));
            } else {
                firm.designate(Designation.LISTING_RESERVE, dayIn(2022 + random.nextInt(2), random));
            }
        }
    }

    /** The first {@code count} firms of {@code from} that fit, in its order. */
    private static List<FirmBuilder> pick(List<FirmBuilder> from, int count, Predicate<FirmBuilder> fits) {
        List<FirmBuilder> picked = from.stream().filter(fits).limit(count).toList();
        if (picked.size() < count) {
            throw new IllegalStateException("Only " + picked.size() + " demo firms fit where " + count + " are needed");
        }
        return picked;
    }

    /**
     * A certificate from {@code on}, the last of a line renewed {@code renewals} times before it, each the day the one
     * before ran out: as many as the firm's registration allows, none before it.
     */
    private static void recognizeRenewing(FirmBuilder firm, Tier tier, LocalDate on, int years, int renewals) {
        int earlier = renewals;
        while (earlier > 0 && on.minusYears((long) years * earlier).isBefore(firm.registeredOn)) {
            earlier--;
        }
        for (int k = earlier; k >= 0; k--) {
            LocalDate start = on.minusYears((long) years * k);
            firm.recognize(tier, start, start.plusYears(years).minusDays(1));
        }
    }

    private static LocalDate dayIn(int year, Random random) {
        return LocalDate.of(year, 1, 1)
                .plusDays(random.nextInt(LocalDate.of(year, 1, 1).lengthOfYear()));
    }

    private static LocalDate dayIn(int year, int fromMonth, int toMonth, Random random) {
        LocalDate from = LocalDate.of(year, fromMonth, 1);
        LocalDate to = LocalDate.of(year, toMonth, 1).plusMonths(1);
        return from.plusDays(random.nextInt((int) (to.toEpochDay() - from.toEpochDay())));
    }

    /**
     * A report's R&amp;D expense and high-tech product revenue in hundredths of a percent of its revenue, its S&amp;T
     * staff in hundredths of a percent of its staff.
     */
    private record Shares(int rdExpense, int sciTechStaff, int highTechRevenue) {

        static final Shares NONE = new Shares(0, 0, 0);

        /** Just started R&amp;D: far from the high-tech criteria. */
        static Shares starting(Random random) {
            return new Shares(between(30, 250, random), between(100, 800, random), between(0, 3_000, random));
        }

        /** Around the national high-tech criteria, from 2.5 points below to 1.5 points above R&amp;D's, and so on. */
        static Shares around(long revenue, Random random) {
            int rdFloor = rdFloor(revenue);
            return new Shares(
                    between(rdFloor - 250, rdFloor + 150, random),
                    between(600, 1_500, random),
                    between(4_000, 7_000, random));
        }

        /** Above the criteria, as a recognized high-tech firm is. */
        static Shares highTech(long revenue, Random random) {
            int rdFloor = rdFloor(revenue);
            return new Shares(
                    between(rdFloor, rdFloor + 300, random),
                    between(1_000, 2_500, random),
                    between(6_000, 9_000, random));
        }

        static Shares forStatusAtEndOf2023(FirmBuilder firm, long revenue, Random random) {
            return firm.isHighTechAtEndOf2023() ? highTech(revenue, random) : around(revenue, random);
        }

        /** High-tech needs R&amp;D of 5 % of revenue up to 50 million yuan, 4 % up to 200 million, 3 % above. */
        private static int rdFloor(long revenue) {
            return revenue <= 50_000_000L ? 500 : revenue <= 200_000_000L ? 400 : 300;
        }

        private static int between(int lowest, int highest, Random random) {
            return lowest + random.nextInt(highest - lowest + 1);
        }
    }

    private static final class FirmBuilder {
        private final String uscc;
        private String name;
        private final District district;
        private Industry industry;
        private final LocalDate registeredOn;
        private final List<Recognize> recognitions = new ArrayList<>();
        private final List<Revoke> revocations = new ArrayList<>();
        private final List<Designate> designations = new ArrayList<>();
        private final List<FileAnnualReport> reports = new ArrayList<>();

        private FirmBuilder(String uscc, String name, District district, Industry industry, LocalDate registeredOn) {
            this.uscc = uscc;
            this.name = name;
            this.district = district;
            this.industry = industry;
            this.registeredOn = registeredOn;
        }

        static FirmBuilder create(int index, Random random) {
            int d = random.nextInt(DIVISIONS.length);
            String first17 = "91" + DIVISIONS[d] + "MA" + String.format("%07d", index + 1);
            String uscc = first17 + Uscc.checkCharacterOf(first17);
            String name = "芜湖" + WORDS[random.nextInt(WORDS.length)] + KINDS[random.nextInt(KINDS.length)] + "有限公司"
                    + "（" + (index + 1) + "）";
            Industry industry = Industry.values()[random.nextInt(Industry.values().length)];
            LocalDate registeredOn =
                    LocalDate.of(2005 + random.nextInt(15), 1 + random.nextInt(12), 1 + random.nextInt(28));
            return new FirmBuilder(uscc, name, District.values()[d], industry, registeredOn);
        }

        void rename(String newName, Industry newIndustry) {
            name = newName;
            industry = newIndustry;
        }

        void recognize(Tier tier, LocalDate on, LocalDate until) {
            String prefix = switch (tier) {
                case HIGH_TECH -> "GR";
                case TECH_SME -> "TS";
                case SRDI_SME -> "ZJ";
                case LITTLE_GIANT -> "XJ";
            };
            recognitions.add(new Recognize(
                    tier, prefix + on.getYear() + uscc.substring(10, 17) + recognitions.size(), on, until));
        }

        void recognizeFor3Years(Tier tier, LocalDate on) {
            recognize(tier, on, on.plusYears(3).minusDays(1));
        }

        void revokeHighTech(LocalDate on) {
            Recognize certificate = recognitions.stream()
                    .filter(r ->
                            r.tier() == Tier.HIGH_TECH && !on.isBefore(r.recognizedOn()) && !on.isAfter(r.validUntil()))
                    .findFirst()
                    .orElseThrow();
            revocations.add(new Revoke(certificate.certificateNo(), on, REVOCATION_REASON));
        }

        void designate(Designation kind, LocalDate since) {
            designations.add(new Designate(kind, since));
        }

        boolean hasEver(Tier tier) {
            return recognitions.stream().anyMatch(r -> r.tier() == tier);
        }

        boolean isRevoked() {
            return !revocations.isEmpty();
        }

        boolean newlyRecognizedIn(Tier tier, int year) {
            return recognitions.stream()
                    .anyMatch(r -> r.tier() == tier
                            && r.recognizedOn().getYear() == year
                            && !holdsValid(tier, r.recognizedOn().minusDays(1)));
        }

        boolean holdsValid(Tier tier, LocalDate day) {
            return recognitions.stream()
                    .anyMatch(r -> r.tier() == tier
                            && !day.isBefore(r.recognizedOn())
                            && !day.isAfter(r.validUntil())
                            && revocations.stream()
                                    .noneMatch(
                                            revoked -> revoked.certificateNo().equals(r.certificateNo())
                                                    && !day.isBefore(revoked.date())));
        }

        boolean isHighTechAtEndOf2023() {
            return holdsValid(Tier.HIGH_TECH, END_OF_2023);
        }

        boolean isSrdiAtEndOf2023() {
            return holdsValid(Tier.SRDI_SME, END_OF_2023) || holdsValid(Tier.LITTLE_GIANT, END_OF_2023);
        }

        void manufacturerReport(int year, long revenue, Shares shares, boolean rdInstitution, Random random) {
            file(year, revenue, 200 + random.nextInt(1_800), shares, rdInstitution, true);
        }

        void smeReport(int year, long revenue, Shares shares, Random random) {
            int staff = 20 + random.nextInt(281);
            file(year, revenue, staff, shares, random.nextInt(3) == 0, false);
        }

        private void file(
                int year,
                long revenue,
                int staff,
                Shares shares,
                boolean rdInstitution,
                boolean aboveScaleManufacturer) {
            BigDecimal amount = BigDecimal.valueOf(revenue);
            reports.add(new FileAnnualReport(
                    year,
                    amount,
                    part(amount, shares.rdExpense()),
                    shares.rdExpense() > 0,
                    rdInstitution,
                    (staff * shares.sciTechStaff() + 5_000) / 10_000,
                    staff,
                    part(amount, shares.highTechRevenue()),
                    aboveScaleManufacturer));
        }

        private static BigDecimal part(BigDecimal revenue, int hundredthsOfAPercent) {
            return revenue.multiply(BigDecimal.valueOf(hundredthsOfAPercent, 4)).setScale(2, RoundingMode.HALF_UP);
        }

        FirmPlan build() {
            return new FirmPlan(
                    uscc,
                    name,
                    district,
                    industry,
                    registeredOn,
                    List.copyOf(recognitions),
                    List.copyOf(revocations),
                    List.copyOf(designations),
                    List.copyOf(reports));
        }
    }
}

package cn.wuhu.sti.launcher;

import cn.wuhu.sti.domain.Uscc;
import cn.wuhu.sti.enterprise.model.EnterpriseCommands.FileAnnualReport;
import cn.wuhu.sti.enterprise.model.EnterpriseCommands.Recognize;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.reference.Tier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * The firms behind the seed's 2023 figures (seed/wuhu-sti-bureau-2023-work-report.txt): 368 new high-tech
 * enterprises and more than 2,000 at year end, 1,007 new tech-based SMEs and more than 3,000 at year end, and
 * above-scale manufacturers of whom 199 cleared "no R&amp;D activity" and 71 "no R&amp;D institution" in 2023
 * (8 and 3 remain). Generated from a fixed seed, so every run loads the same firms.
 */
final class DemoPlan {

    static final int HIGH_TECH_NEW_2023 = 368;
    static final int HIGH_TECH_VALID_FROM_2021_2022 = 1_532;
    static final int HIGH_TECH_RENEWED_2023 = 150;
    static final int HIGH_TECH_LAPSED_2023 = 40;
    static final int TECH_SME_NEW_2023 = 1_007;
    static final int TECH_SME_VALID_FROM_2022 = 1_743;
    static final int TECH_SME_RENEWED_2023 = 300;
    static final int TECH_SME_LAPSED_2023 = 60;
    static final int SRDI = 180;
    static final int LITTLE_GIANT = 25;
    static final int MANUFACTURERS = 400;
    static final int NO_ACTIVITY_2022 = 207;
    static final int NO_ACTIVITY_CLEARED_2023 = 199;
    static final int NO_INSTITUTION_2022 = 74;
    static final int NO_INSTITUTION_CLEARED_2023 = 71;
    static final int FIRMS = 3_110;

    /** What reporting shows for 2023 once it has read every demo event. */
    static final Map<String, Long> EXPECTED_2023 = Map.of(
            "enterprise.hightech.new",
            (long) HIGH_TECH_NEW_2023,
            "enterprise.hightech.total",
            (long) HIGH_TECH_NEW_2023 + HIGH_TECH_VALID_FROM_2021_2022 + HIGH_TECH_RENEWED_2023,
            "enterprise.techsme.new",
            (long) TECH_SME_NEW_2023,
            "enterprise.techsme.total",
            (long) TECH_SME_NEW_2023 + TECH_SME_VALID_FROM_2022 + TECH_SME_RENEWED_2023,
            "enterprise.srdi.total",
            (long) SRDI,
            "enterprise.littlegiant.total",
            (long) LITTLE_GIANT,
            "enterprise.rdzero.noactivity.remaining",
            (long) NO_ACTIVITY_2022 - NO_ACTIVITY_CLEARED_2023,
            "enterprise.rdzero.noinstitution.remaining",
            (long) NO_INSTITUTION_2022 - NO_INSTITUTION_CLEARED_2023);

    /** The bodies the demo posts are the enterprise service's own commands, as the API takes them. */
    record FirmPlan(
            String uscc,
            String name,
            District district,
            Industry industry,
            LocalDate registeredOn,
            List<Recognize> recognitions,
            List<FileAnnualReport> reports) {}

    private static final String[] DIVISIONS = {
        "340202", "340209", "340207", "340210", "340212", "340281", "340223", "340271", "340272", "340273"
    };
    private static final String[] WORDS = {
        "瑞鹄", "埃科", "奇瑞", "長信", "华衍", "中科", "鸿博", "启迪", "佳宏", "伯特", "美达", "新元", "星途", "天航", "海螺", "融创"
    };
    private static final String[] KINDS = {"科技", "智能装备", "新材料", "电子", "汽车零部件", "生物医药", "精密制造", "信息技术"};

    /** Each firm as the demo posts it: its registration, then its recognitions and reports. */
    static List<DemoItem> items(List<FirmPlan> firms) {
        return firms.stream()
                .map(firm -> {
                    List<DemoItem.Move> moves = new ArrayList<>();
                    firm.recognitions().forEach(r -> moves.add(new DemoItem.Move("recognitions", r)));
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

        int next = 0;
        for (int i = 0; i < HIGH_TECH_NEW_2023; i++) {
            LocalDate on = dayIn(2023, random);
            shuffled.get(next++).recognize(Tier.HIGH_TECH, on, on.plusYears(3).minusDays(1));
        }
        for (int i = 0; i < HIGH_TECH_VALID_FROM_2021_2022; i++) {
            LocalDate on = dayIn(2021 + random.nextInt(2), random);
            shuffled.get(next++).recognize(Tier.HIGH_TECH, on, on.plusYears(3).minusDays(1));
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

        Collections.shuffle(shuffled, random);
        next = 0;
        // Tech-based SME certificates run two years here, so most of 2022's are still valid at the end of 2023.
        for (int i = 0; i < TECH_SME_VALID_FROM_2022; i++) {
            LocalDate on = dayIn(2022, 3, 11, random);
            shuffled.get(next++).recognize(Tier.TECH_SME, on, on.plusYears(2).minusDays(1));
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

        Collections.shuffle(shuffled, random);
        for (int i = 0; i < SRDI; i++) {
            LocalDate on = dayIn(2021 + random.nextInt(3), random);
            shuffled.get(i).recognize(Tier.SRDI_SME, on, on.plusYears(3).minusDays(1));
        }
        for (int i = 0; i < LITTLE_GIANT; i++) {
            LocalDate on = dayIn(2021 + random.nextInt(3), random);
            shuffled.get(i).recognize(Tier.LITTLE_GIANT, on, on.plusYears(3).minusDays(1));
        }

        Collections.shuffle(shuffled, random);
        for (int i = 0; i < MANUFACTURERS; i++) {
            boolean lacksActivity = i < NO_ACTIVITY_2022;
            boolean activityCleared = i < NO_ACTIVITY_CLEARED_2023;
            int j = i - NO_ACTIVITY_2022;
            boolean lacksInstitution = j >= 0 && j < NO_INSTITUTION_2022;
            boolean institutionCleared = j >= 0 && j < NO_INSTITUTION_CLEARED_2023;
            long revenue = lacksInstitution
                    ? 500_000_000L + random.nextInt(900_000_000)
                    : 100_000_000L + random.nextInt(380_000_000);
            FirmBuilder firm = shuffled.get(i);
            if (lacksActivity || lacksInstitution) {
                firm.report(2022, revenue, !lacksActivity, !lacksInstitution, random);
            }
            firm.report(
                    2023,
                    revenue + revenue / 20,
                    !lacksActivity || activityCleared,
                    !lacksInstitution || institutionCleared,
                    random);
        }
        return firms.stream().map(FirmBuilder::build).toList();
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

    private static final class FirmBuilder {
        private final String uscc;
        private final String name;
        private final District district;
        private final Industry industry;
        private final LocalDate registeredOn;
        private final List<Recognize> recognitions = new ArrayList<>();
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

        void report(int year, long revenue, boolean rdActivity, boolean rdInstitution, Random random) {
            BigDecimal amount = BigDecimal.valueOf(revenue);
            int staff = 200 + random.nextInt(1800);
            reports.add(new FileAnnualReport(
                    year,
                    amount,
                    rdActivity ? amount.multiply(new BigDecimal("0.035")) : BigDecimal.ZERO,
                    rdActivity,
                    rdInstitution,
                    rdActivity ? staff / 8 : 0,
                    staff,
                    rdActivity ? amount.multiply(new BigDecimal("0.4")) : BigDecimal.ZERO,
                    true));
        }

        FirmPlan build() {
            return new FirmPlan(
                    uscc, name, district, industry, registeredOn, List.copyOf(recognitions), List.copyOf(reports));
        }
    }
}

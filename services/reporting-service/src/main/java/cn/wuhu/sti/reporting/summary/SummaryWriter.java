package cn.wuhu.sti.reporting.summary;

import cn.wuhu.sti.reporting.indicator.Indicator;
import cn.wuhu.sti.reporting.indicator.IndicatorQuery;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Writes the yearly work summary (工作总结) in the register of the bureau's own report: a paragraph per field of work,
 * each figure with its change on the year before (when that year had one) and, when a target was set, how much of it
 * was met. Every number is read from {@link IndicatorQuery}; a figure that is absent or zero leaves its clause out
 * rather than stating 0.
 */
@Component
public class SummaryWriter {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal YI = BigDecimal.valueOf(100_000_000);
    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    /** How far back "the highest ever" (历年之最) looks. */
    private static final int EARLIER_YEARS = 10;

    private static final String[] ORDINALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private final IndicatorQuery query;

    SummaryWriter(IndicatorQuery query) {
        this.query = query;
    }

    public WorkSummary of(int year) {
        Figures figures = new Figures(
                index(query.of(year, Optional.empty())),
                index(query.of(year - 1, Optional.empty())),
                code -> query.series(code, year - EARLIER_YEARS, year - 1).stream()
                        .map(IndicatorQuery.Point::value)
                        .filter(Objects::nonNull)
                        .max(BigDecimal::compareTo));
        List<Section> sections = List.of(
                new Section("人才招引", talent(figures)),
                new Section("企业梯度培育", enterprises(figures)),
                new Section("科技大市场", techMarket(figures)),
                new Section("创新园区与平台", parks(figures)),
                new Section("研发投入与财政科技支出", statistics(figures)));
        List<String> paragraphs = new ArrayList<>();
        for (Section section : sections) {
            if (section.clauses().isEmpty()) {
                continue;
            }
            String ordinal = ORDINALS[paragraphs.size()];
            paragraphs.add(ordinal + "是" + section.name() + "。" + String.join("；", section.clauses()) + "。");
        }
        if (paragraphs.isEmpty()) {
            paragraphs.add(year + "年尚无可统计的科技创新指标数据。");
        }
        return new WorkSummary(year, "芜湖市科技局" + year + "年工作总结", paragraphs);
    }

    private static List<String> talent(Figures f) {
        List<String> clauses = new ArrayList<>();
        f.count("talent.teams.landed")
                .ifPresent(n -> clauses.add("新招引" + n + "个高层次科技人才团队来芜湖落地" + f.comment("talent.teams.landed")));
        f.count("talent.teams.incorporated")
                .ifPresent(n -> clauses.add("人才团队新注册企业" + n + "家" + f.comment("talent.teams.incorporated")));
        f.count("talent.fund.invested.count")
                .ifPresent(n -> clauses.add("科创基金新投资项目" + n + "个"
                        + f.amount("talent.fund.invested.amount")
                                .map(a -> "、投资金额" + a)
                                .orElse("")
                        + f.comment("talent.fund.invested.count")));
        f.count("talent.enclave.projects.landed")
                .ifPresent(n -> clauses.add("创新飞地新落地项目" + n + "个" + f.comment("talent.enclave.projects.landed")));
        return clauses;
    }

    private static List<String> enterprises(Figures f) {
        List<String> clauses = new ArrayList<>();
        Optional<String> highTech = f.reached("enterprise.hightech.total");
        Optional<String> techSme = f.reached("enterprise.techsme.total");
        if (highTech.isPresent() && techSme.isPresent()) {
            clauses.add(
                    sameVerb(highTech.get(), techSme.get())
                            ? "高新技术企业和科技型中小企业分别" + highTech.get() + "、"
                                    + techSme.get().substring(2)
                            : "高新技术企业" + highTech.get() + "、科技型中小企业" + techSme.get());
        } else {
            highTech.ifPresent(n -> clauses.add("高新技术企业" + n));
            techSme.ifPresent(n -> clauses.add("科技型中小企业" + n));
        }
        f.count("enterprise.hightech.new")
                .ifPresent(n -> clauses.add("新认定高新技术企业" + n + "家" + f.comment("enterprise.hightech.new")
                        + f.highestEver("enterprise.hightech.new")));
        f.count("enterprise.techsme.new")
                .ifPresent(n -> clauses.add("新入库科技型中小企业" + n + "家" + f.comment("enterprise.techsme.new")
                        + f.highestEver("enterprise.techsme.new")));
        f.count("enterprise.srdi.total").ifPresent(n -> clauses.add("专精特新中小企业" + n + "家"));
        f.count("enterprise.littlegiant.total").ifPresent(n -> clauses.add("专精特新“小巨人”企业" + n + "家"));
        Optional<String> activityCleared = f.count("enterprise.rdzero.noactivity.cleared");
        Optional<String> institutionCleared = f.count("enterprise.rdzero.noinstitution.cleared");
        if (activityCleared.isPresent() || institutionCleared.isPresent()) {
            List<String> parts = new ArrayList<>();
            activityCleared.ifPresent(n -> parts.add("无研发活动清零" + n + "家"));
            institutionCleared.ifPresent(n -> parts.add("无研发机构清零" + n + "家"));
            clauses.add("推动规上制造业企业“两清零”，" + String.join("、", parts));
        }
        Optional<String> activityLeft = f.count("enterprise.rdzero.noactivity.remaining");
        Optional<String> institutionLeft = f.count("enterprise.rdzero.noinstitution.remaining");
        if (activityLeft.isPresent() || institutionLeft.isPresent()) {
            List<String> parts = new ArrayList<>();
            activityLeft.ifPresent(n -> parts.add("无研发活动" + n + "家"));
            institutionLeft.ifPresent(n -> parts.add("无研发机构" + n + "家"));
            clauses.add("尚有规上制造业企业" + String.join("、", parts) + "待清零");
        }
        Optional<String> provincial = f.count("enterprise.leaders.provincial.total");
        Optional<String> municipal = f.count("enterprise.leaders.municipal.total");
        if (provincial.isPresent() || municipal.isPresent()) {
            List<String> parts = new ArrayList<>();
            provincial.ifPresent(n -> parts.add("省级" + n + "家"));
            municipal.ifPresent(n -> parts.add("市级" + n + "家"));
            clauses.add("科技领军企业" + String.join("、", parts));
        }
        f.count("enterprise.listingreserve.total").ifPresent(n -> clauses.add("上市后备企业" + n + "家"));
        return clauses;
    }

    private static List<String> techMarket(Figures f) {
        List<String> clauses = new ArrayList<>();
        Optional<String> contracts = f.count("techmarket.contracts.count");
        Optional<String> amount = f.amount("techmarket.contracts.amount");
        if (contracts.isPresent() || amount.isPresent()) {
            String clause = contracts.map(n -> "认定登记技术合同" + n + "项").orElse("技术合同");
            clause += amount.map(a -> "，成交额" + a + f.comment("techmarket.contracts.amount"))
                    .orElse("");
            clause += f.amount("techmarket.transactions.amount")
                    .map(a -> "，其中技术交易额" + a)
                    .orElse("");
            clauses.add(clause);
        }
        f.count("techmarket.achievements.published")
                .ifPresent(n -> clauses.add("发布科技成果" + n + "项" + f.comment("techmarket.achievements.published")));
        f.count("techmarket.matches.count")
                .ifPresent(n -> clauses.add("促成科技成果供需对接" + n + "次" + f.comment("techmarket.matches.count")));
        f.count("techmarket.activities.count").ifPresent(n -> clauses.add("开展产学研对接活动" + n + "场"));
        f.count("techmarket.challenges.awarded")
                .ifPresent(n -> clauses.add("实施“揭榜挂帅”项目" + n + "项"
                        + f.amount("techmarket.challenges.awarded.amount")
                                .map(a -> "，揭榜金额" + a)
                                .orElse("")));
        f.count("techmarket.scenarios.landed").ifPresent(n -> clauses.add("促成" + n + "个场景应用项目落地"));
        f.count("techmarket.programme.projects").ifPresent(n -> {
            String clause = "立项实施科技计划项目" + n + "项";
            clause += f.amount("techmarket.programme.publicfunding.amount")
                    .map(a -> "，财政支持资金" + a)
                    .orElse("");
            clause += f.amount("techmarket.programme.selfinvestment.amount")
                    .map(a -> "，撬动企业研发投入" + a)
                    .orElse("");
            clauses.add(clause);
        });
        return clauses;
    }

    private static List<String> parks(Figures f) {
        List<String> clauses = new ArrayList<>();
        f.count("parks.construction.started")
                .ifPresent(n -> clauses.add("新开工建设创新园区" + n + "个" + f.comment("parks.construction.started")));
        f.count("parks.opened").ifPresent(n -> clauses.add(n + "个创新园区建成投入使用" + f.comment("parks.opened")));
        f.count("parks.inuse.total").ifPresent(n -> clauses.add("投入使用的创新园区达" + n + "个"));
        f.count("parks.tenants.movedin")
                .ifPresent(n -> clauses.add("入驻科技企业" + n + "家" + f.comment("parks.tenants.movedin")));
        f.percent("parks.occupancy").ifPresent(p -> clauses.add("园区出租率" + p + "%" + f.comment("parks.occupancy")));
        f.count("carriers.provincialplus.new")
                .ifPresent(
                        n -> clauses.add("新获批" + n + "个省级以上科技企业孵化器（众创空间）" + f.comment("carriers.provincialplus.new")));
        f.count("carriers.pilotbases.provincialplus.new").ifPresent(n -> clauses.add("新获批" + n + "个省级以上科技成果中试（产业化）基地"));
        f.count("platforms.provincialplus.new")
                .ifPresent(n -> clauses.add("新增省级以上创新平台" + n + "个" + f.comment("platforms.provincialplus.new")));
        Optional<String> cityLeader = f.count("parks.dispatches.cityleader");
        Optional<String> bureau = f.count("parks.dispatches.bureau");
        if (cityLeader.isPresent() || bureau.isPresent()) {
            List<String> parts = new ArrayList<>();
            cityLeader.ifPresent(n -> parts.add("提请市领导调度" + n + "次"));
            bureau.ifPresent(n -> parts.add("市科技局日常调度" + n + "次"));
            clauses.add("园区建设" + String.join("，", parts));
        }
        return clauses;
    }

    private static List<String> statistics(Figures f) {
        List<String> clauses = new ArrayList<>();
        Optional<String> expenditure = f.amount("stats.rd.expenditure.amount");
        Optional<String> intensity = f.percent("rd.intensity");
        if (expenditure.isPresent() || intensity.isPresent()) {
            String clause = expenditure
                    .map(a -> "全社会研发经费投入达" + a + f.comment("stats.rd.expenditure.amount"))
                    .orElse("");
            if (intensity.isPresent()) {
                clause += (clause.isEmpty() ? "全社会研发经费投入" : "，") + "占GDP比重达" + intensity.get() + "%"
                        + f.comment("rd.intensity");
            }
            clauses.add(clause);
        }
        f.amount("stats.fiscal.sti.amount")
                .ifPresent(a -> clauses.add("财政科技支出达" + a + f.comment("stats.fiscal.sti.amount")));
        return clauses;
    }

    private static Map<String, Indicator> index(List<Indicator> indicators) {
        return indicators.stream().collect(Collectors.toMap(Indicator::code, Function.identity(), (a, b) -> a));
    }

    private static boolean sameVerb(String one, String other) {
        return one.substring(0, 2).equals(other.substring(0, 2));
    }

    private record Section(String name, List<String> clauses) {}

    /**
     * The year's figures beside the year before's, and each code's highest value of the earlier years; a figure that
     * is missing or zero counts as absent.
     */
    private record Figures(
            Map<String, Indicator> year,
            Map<String, Indicator> before,
            Function<String, Optional<BigDecimal>> highestEarlier) {

        Optional<BigDecimal> value(String code) {
            return Optional.ofNullable(year.get(code)).map(Indicator::value).filter(v -> v.signum() != 0);
        }

        Optional<String> count(String code) {
            return value(code).map(v -> v.stripTrailingZeros().toPlainString());
        }

        /**
         * A total in the seed's words: "突破2000家" when it passed its round figure this year (2,044 after 1,8xx),
         * else "达到2044家".
         */
        Optional<String> reached(String code) {
            return value(code).map(now -> {
                BigDecimal round = roundFigure(now);
                Indicator previous = before.get(code);
                boolean passed = round.compareTo(BigDecimal.TEN) >= 0
                        && (previous == null || previous.value().compareTo(round) < 0);
                String unit =
                        Optional.ofNullable(year.get(code)).map(Indicator::unit).orElse("");
                return passed ? "突破" + plain(round) + unit : "达到" + plain(now) + unit;
            });
        }

        /** "，为历年之最" when the value is above every earlier year's, and there was an earlier one. */
        String highestEver(String code) {
            Optional<BigDecimal> now = value(code);
            Optional<BigDecimal> highest = highestEarlier.apply(code).filter(v -> v.signum() != 0);
            return now.isPresent() && highest.isPresent() && now.get().compareTo(highest.get()) > 0 ? "，为历年之最" : "";
        }

        Optional<String> percent(String code) {
            return value(code).map(v -> v.setScale(2, RoundingMode.HALF_UP).toPlainString());
        }

        Optional<String> amount(String code) {
            return value(code).map(SummaryWriter::yuan);
        }

        /** "，增长45.5%" / "，较上年提高0.28个百分点", then "，完成目标的…%" when a target was set; or nothing. */
        String comment(String code) {
            Indicator now = year.get(code);
            if (now == null || now.value().signum() == 0) {
                return "";
            }
            StringBuilder text = new StringBuilder();
            Indicator previous = before.get(code);
            if (previous != null && previous.value().signum() != 0) {
                BigDecimal change = now.value().subtract(previous.value());
                if (Indicator.PERCENT.equals(now.unit())) {
                    text.append(
                            change.signum() == 0
                                    ? "，与上年持平"
                                    : "，较上年" + (change.signum() > 0 ? "提高" : "降低")
                                            + plain(change.abs().setScale(2, RoundingMode.HALF_UP)) + "个百分点");
                } else {
                    BigDecimal yoy = change.multiply(HUNDRED).divide(previous.value(), 2, RoundingMode.HALF_UP);
                    text.append(
                            yoy.signum() == 0 ? "，与上年持平" : (yoy.signum() > 0 ? "，增长" : "，下降") + plain(yoy.abs()) + "%");
                }
            }
            if (now.target() != null && now.progress() != null) {
                String target =
                        Indicator.YUAN.equals(now.unit()) ? yuan(now.target()) : plain(now.target()) + now.unit();
                text.append("，完成年度目标（")
                        .append(target)
                        .append("）的")
                        .append(plain(now.progress()))
                        .append("%")
                        .append(now.progress().compareTo(HUNDRED) >= 0 ? "" : "，未完成目标");
            }
            return text.toString();
        }
    }

    /** The value's leading digit and zeros after it: 2,044 → 2,000, 3,050 → 3,000, 368 → 300. */
    static BigDecimal roundFigure(BigDecimal value) {
        BigDecimal whole = value.setScale(0, RoundingMode.DOWN);
        int digits = whole.precision();
        BigDecimal unit = BigDecimal.TEN.pow(Math.max(0, digits - 1));
        return whole.divide(unit, 0, RoundingMode.DOWN).multiply(unit);
    }

    /** An amount in 亿元 with two decimals; below one 亿, in 万元 with two decimals. */
    static String yuan(BigDecimal amount) {
        if (amount.abs().compareTo(YI) >= 0) {
            return amount.divide(YI, 2, RoundingMode.HALF_UP).toPlainString() + "亿元";
        }
        return amount.divide(WAN, 2, RoundingMode.HALF_UP).toPlainString() + "万元";
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}

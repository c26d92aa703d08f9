package cn.wuhu.sti.enterprise.eligibility.model;

import cn.wuhu.sti.domain.Uscc;
import cn.wuhu.sti.enterprise.model.AnnualReport;
import cn.wuhu.sti.enterprise.model.Enterprise;
import cn.wuhu.sti.enterprise.model.EnterpriseCommands;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.reference.Tier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Firms, reports and rule sets for the eligibility tests. */
final class EligibilityMother {

    /** A firm whose USCC orders by {@code serial}. */
    static Enterprise firm(int serial) {
        String first17 = "91340200" + String.format("%09d", serial);
        return Enterprise.register(new EnterpriseCommands.Register(
                        new Uscc(first17 + Uscc.checkCharacterOf(first17)),
                        "芜湖候选科技有限公司" + serial,
                        District.WHTZ,
                        Industry.ROBOTICS,
                        LocalDate.of(2015, 3, 1)))
                .enterprise();
    }

    static Enterprise holdingHighTech(int serial, LocalDate from, LocalDate until) {
        var firm = firm(serial);
        firm.recognize(new EnterpriseCommands.Recognize(Tier.HIGH_TECH, "GR-" + serial, from, until));
        return firm;
    }

    /** A report of the year by the fields the national criteria look at. */
    static Report report(int year) {
        return new Report(year, "10000000", "600000", 20, 100, "7000000");
    }

    /** Fields of a report, eligible by the national criteria until changed. */
    record Report(int year, String revenue, String rdExpense, int sciTechStaff, int staff, String highTechRevenue) {

        Report revenue(String value) {
            return new Report(year, value, rdExpense, sciTechStaff, staff, highTechRevenue);
        }

        Report rdExpense(String value) {
            return new Report(year, revenue, value, sciTechStaff, staff, highTechRevenue);
        }

        Report staff(int sciTech, int all) {
            return new Report(year, revenue, rdExpense, sciTech, all, highTechRevenue);
        }

        Report highTechRevenue(String value) {
            return new Report(year, revenue, rdExpense, sciTechStaff, staff, value);
        }

        EnterpriseCommands.FileAnnualReport filing() {
            return new EnterpriseCommands.FileAnnualReport(
                    year,
                    new BigDecimal(revenue),
                    new BigDecimal(rdExpense),
                    true,
                    false,
                    sciTechStaff,
                    staff,
                    new BigDecimal(highTechRevenue),
                    true);
        }

        AnnualReport asFiled() {
            var filing = filing();
            return new AnnualReport(
                    year,
                    1,
                    filing.revenue(),
                    filing.rdExpense(),
                    true,
                    false,
                    sciTechStaff,
                    staff,
                    filing.highTechRevenue(),
                    true);
        }
    }

    /** A rule set of {@code tier} with one criterion: R&amp;D expense of at least {@code percent} of revenue. */
    static RuleSet rdShareAtLeast(Tier tier, LocalDate effectiveFrom, String percent) {
        return RuleSet.recorded(new RuleSet.Definition(
                tier,
                effectiveFrom,
                null,
                List.of(Criterion.atLeast("rd.expense.share", Measure.RD_EXPENSE_SHARE, new BigDecimal(percent)))));
    }

    private EligibilityMother() {}
}

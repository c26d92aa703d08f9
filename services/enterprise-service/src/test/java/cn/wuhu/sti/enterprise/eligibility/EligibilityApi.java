package cn.wuhu.sti.enterprise.eligibility;

/** Request bodies of the rule-set and candidate API, for the tests that call it through MockMvc. */
final class EligibilityApi {

    /** A rule set with one criterion: R&amp;D expense of at least {@code percent} of revenue. */
    static String ruleSet(String tier, String effectiveFrom, String percent) {
        return """
                {"tier":"%s","effectiveFrom":"%s",
                 "criteria":[{"code":"rd.expense.share","measure":"RD_EXPENSE_SHARE","minimum":%s}]}""".formatted(tier, effectiveFrom, percent);
    }

    /** A rule set with the given criteria, written as JSON. */
    static String ruleSetWith(String tier, String effectiveFrom, String criteria) {
        return """
                {"tier":"%s","effectiveFrom":"%s","criteria":%s}""".formatted(tier, effectiveFrom, criteria);
    }

    /** A report by the fields the national high-tech criteria look at; eligible as {@code report(year)}. */
    static String report(int year, String revenue, String rdExpense, int sciTechStaff, int staff, String highTech) {
        return """
                {"year":%d,"revenue":"%s","rdExpense":"%s","rdActivity":true,"rdInstitution":false,
                 "sciTechStaff":%d,"staff":%d,"highTechRevenue":"%s","aboveScaleManufacturer":true}""".formatted(year, revenue, rdExpense, sciTechStaff, staff, highTech);
    }

    static String eligibleReport(int year) {
        return report(year, "10000000", "600000", 20, 100, "7000000");
    }

    private EligibilityApi() {}
}

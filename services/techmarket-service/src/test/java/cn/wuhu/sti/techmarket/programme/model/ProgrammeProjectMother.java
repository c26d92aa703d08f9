package cn.wuhu.sti.techmarket.programme.model;

import cn.wuhu.sti.events.techmarket.ProgrammeKind;
import cn.wuhu.sti.reference.District;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Programme projects for tests: a regular project led by a Jiujiang firm, approved on 30 June 2023. */
final class ProgrammeProjectMother {

    static final String ID = "programme-0001";
    static final String LEAD_USCC = "91340200MA2N0XXX0Y";
    static final LocalDate APPROVED_ON = LocalDate.of(2023, 6, 30);

    static ProgrammeProjectCommands.Approve approving(String leadUscc, String publicFunding, String selfInvestment) {
        return new ProgrammeProjectCommands.Approve(
                "工业机器人高精度减速器研发",
                ProgrammeKind.REGULAR,
                leadUscc,
                District.JIUJIANG,
                APPROVED_ON,
                publicFunding == null ? null : new BigDecimal(publicFunding),
                selfInvestment == null ? null : new BigDecimal(selfInvestment));
    }

    static ProgrammeProjectCommands.Approve approving() {
        return approving(LEAD_USCC, "800000.00", "6350000.50");
    }

    private ProgrammeProjectMother() {}
}

package cn.wuhu.sti.talent.fund.model;

import cn.wuhu.sti.reference.Industry;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Fund projects for tests: sourced on 16 January 2023, due diligence from 27 February. */
final class FundProjectMother {

    static final String ID = "fund-0001";
    static final LocalDate SOURCED_ON = LocalDate.of(2023, 1, 16);
    static final LocalDate DUE_DILIGENCE_ON = LocalDate.of(2023, 2, 27);
    static final LocalDate DECIDED_ON = LocalDate.of(2023, 4, 18);
    static final Industry INDUSTRY = Industry.SEMI_3G;

    static FundProject sourced() {
        return FundProject.source(new FundProjectCommands.Source("碳化硅功率器件项目", INDUSTRY, SOURCED_ON), ID)
                .aggregate();
    }

    static FundProject underDueDiligence() {
        return sourced().startDueDiligence(on(DUE_DILIGENCE_ON)).aggregate();
    }

    static FundProject invested() {
        return underDueDiligence().invest(investing("5000000.00")).aggregate();
    }

    static FundProject rejected() {
        return underDueDiligence().reject(rejecting(DECIDED_ON)).aggregate();
    }

    static FundProjectCommands.Move on(LocalDate date) {
        return new FundProjectCommands.Move(date);
    }

    static FundProjectCommands.Invest investing(String amount) {
        return new FundProjectCommands.Invest(DECIDED_ON, new BigDecimal(amount));
    }

    static FundProjectCommands.Reject rejecting(LocalDate date) {
        return new FundProjectCommands.Reject(date, "技术成熟度不足");
    }

    private FundProjectMother() {}
}

package cn.wuhu.sti.events.talent;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import java.time.LocalDate;

/**
 * A landed team registered a company. It carries all the enterprise register needs to record the firm: its USCC and
 * name, the landing district, the team's industry and the date.
 */
public record TeamIncorporated(
        String teamId, LocalDate incorporatedOn, String uscc, String firmName, District district, Industry industry)
        implements TeamEvent {}

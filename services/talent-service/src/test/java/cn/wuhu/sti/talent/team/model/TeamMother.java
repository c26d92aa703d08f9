package cn.wuhu.sti.talent.team.model;

import static cn.wuhu.sti.events.talent.TeamStage.INCORPORATED;
import static cn.wuhu.sti.events.talent.TeamStage.LANDED;
import static cn.wuhu.sti.events.talent.TeamStage.NEGOTIATING;
import static cn.wuhu.sti.events.talent.TeamStage.SIGNED;

import cn.wuhu.sti.domain.Uscc;
import cn.wuhu.sti.events.talent.TeamStage;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import java.time.LocalDate;

/**
 * Teams for tests: sourced in 湾沚区 on 10 February 2023 and taken along the usual path, a month a move, landing in
 * 鸠江区.
 */
final class TeamMother {

    static final String ID = "team-0001";
    static final LocalDate SOURCED_ON = LocalDate.of(2023, 2, 10);
    static final District SOURCING_DISTRICT = District.WANZHI;
    static final District LANDING_DISTRICT = District.JIUJIANG;
    static final Industry INDUSTRY = Industry.NEW_ENERGY;
    static final String USCC = validUscc("91340200MA2N0XXX0");

    static TeamCommands.Source sourcing() {
        return new TeamCommands.Source("固态电池材料团队", "王示例", INDUSTRY, SOURCING_DISTRICT, "上海", SOURCED_ON);
    }

    static Team sourced() {
        return Team.source(sourcing(), ID).aggregate();
    }

    /** A team that reached {@code stage} along SOURCED → NEGOTIATING → SIGNED → LANDED → INCORPORATED, or dropped. */
    static Team at(TeamStage stage) {
        return switch (stage) {
            case SOURCED -> sourced();
            case NEGOTIATING ->
                sourced().startNegotiation(on(dayOf(NEGOTIATING))).aggregate();
            case SIGNED -> at(NEGOTIATING).sign(on(dayOf(SIGNED))).aggregate();
            case LANDED -> at(SIGNED).land(landing(dayOf(LANDED))).aggregate();
            case INCORPORATED ->
                at(LANDED).incorporate(incorporation(dayOf(INCORPORATED))).aggregate();
            case DROPPED -> sourced().drop(dropping(SOURCED_ON.plusDays(1))).aggregate();
        };
    }

    /** The day the usual path reaches {@code stage}: a month after the stage before. */
    static LocalDate dayOf(TeamStage stage) {
        return SOURCED_ON.plusMonths(stage.ordinal());
    }

    static TeamCommands.Move on(LocalDate date) {
        return new TeamCommands.Move(date);
    }

    static TeamCommands.Land landing(LocalDate date) {
        return new TeamCommands.Land(date, LANDING_DISTRICT);
    }

    static TeamCommands.Incorporate incorporation(LocalDate date) {
        return new TeamCommands.Incorporate(date, USCC, "芜湖示例新能源材料有限公司");
    }

    static TeamCommands.Drop dropping(LocalDate date) {
        return new TeamCommands.Drop(date, "团队选择落户其他城市");
    }

    private static String validUscc(String first17) {
        return first17 + Uscc.checkCharacterOf(first17);
    }

    private TeamMother() {}
}

package cn.wuhu.sti.parks.park.model;

import static cn.wuhu.sti.parks.park.model.ParkMother.OPENED_ON;
import static cn.wuhu.sti.parks.park.model.ParkMother.USABLE_AREA;
import static cn.wuhu.sti.parks.park.model.ParkMother.firm;
import static cn.wuhu.sti.parks.park.model.ParkMother.inUse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import cn.wuhu.sti.domain.Conflict;
import cn.wuhu.sti.domain.NotFound;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ParkPropertiesTest {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    /** A move: which of five firms, in or out, how many hundredths of a m², how many days after the last move. */
    private record Move(int firm, boolean in, int hundredths, int daysLater) {}

    private static final Gen<Move> MOVES = integers()
            .between(1, 5)
            .zip(
                    integers().between(0, 1),
                    integers().between(1, 600_000),
                    integers().between(0, 40),
                    (firm, in, area, days) -> new Move(firm, in == 1, area, days));

    @Test
    void overAnyMovesTheLeasedAreaNeverExceedsTheUsableAreaAndOccupancyStaysWithinAHundredPercent() {
        qt().withExamples(300).forAll(lists().of(MOVES).ofSizeBetween(1, 60)).checkAssert(moves -> {
            Park park = inUse();
            LocalDate date = OPENED_ON;
            for (Move move : moves) {
                date = date.plusDays(move.daysLater());
                park = applied(park, move, date);
                assertThat(park.leasedArea()).isLessThanOrEqualTo(USABLE_AREA);
            }
            for (LocalDate day = OPENED_ON; !day.isAfter(date); day = day.plusDays(1)) {
                assertThat(park.leasedAreaOn(day)).isLessThanOrEqualTo(USABLE_AREA);
                assertThat(park.occupancyOn(day).orElseThrow()).isBetween(BigDecimal.ZERO, HUNDRED);
            }
        });
    }

    /** The move's outcome, or the park unchanged when the move is refused as the rules say it must be. */
    private static Park applied(Park park, Move move, LocalDate date) {
        try {
            if (move.in()) {
                var area = BigDecimal.valueOf(move.hundredths(), 2);
                return park.moveIn(new ParkCommands.MoveIn(firm(move.firm()), "芜湖示例" + move.firm(), area, date))
                        .aggregate();
            }
            return park.moveOut(new ParkCommands.MoveOut(firm(move.firm()), date))
                    .aggregate();
        } catch (Conflict | NotFound refused) {
            return park;
        }
    }
}

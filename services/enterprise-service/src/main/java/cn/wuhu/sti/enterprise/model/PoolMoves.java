package cn.wuhu.sti.enterprise.model;

import cn.wuhu.sti.reference.Tier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The moves between the pools of 三库联动 the seed names: 专升高, a firm of the SRDI pool newly recognized high-tech,
 * and 高升专, a high-tech firm newly entering the SRDI pool. "Newly" means nothing of the kind was valid the day
 * before, so a renewal is no move; each firm moves each way at most once a year.
 */
public final class PoolMoves {

    /** The two moves. */
    public enum Kind {
        /** 专升高 */
        SRDI_TO_HIGH_TECH,
        /** 高升专 */
        HIGH_TECH_TO_SRDI
    }

    public record Move(Kind kind, Enterprise firm, LocalDate on, String certificateNo) {}

    private static final Set<Tier> SRDI = Set.of(Tier.SRDI_SME, Tier.LITTLE_GIANT);

    public static List<Move> of(Enterprise firm, int year) {
        List<Move> moves = new ArrayList<>();
        firstEntry(firm, Set.of(Tier.HIGH_TECH), year)
                .filter(entry -> Pool.SRDI.holds(firm, entry.recognizedOn()))
                .ifPresent(entry -> moves.add(move(Kind.SRDI_TO_HIGH_TECH, firm, entry)));
        firstEntry(firm, SRDI, year)
                .filter(entry -> Pool.HIGH_TECH.holds(firm, entry.recognizedOn()))
                .ifPresent(entry -> moves.add(move(Kind.HIGH_TECH_TO_SRDI, firm, entry)));
        return moves;
    }

    /** The earliest recognition of {@code tiers} starting in the year while none of them was valid the day before. */
    private static Optional<Recognition> firstEntry(Enterprise firm, Set<Tier> tiers, int year) {
        return firm.recognitions().stream()
                .filter(r -> tiers.contains(r.tier()) && r.recognizedOn().getYear() == year)
                .filter(r -> tiers.stream()
                        .noneMatch(t -> firm.holdsValid(t, r.recognizedOn().minusDays(1))))
                .min(Comparator.comparing(Recognition::recognizedOn));
    }

    private static Move move(Kind kind, Enterprise firm, Recognition entry) {
        return new Move(kind, firm, entry.recognizedOn(), entry.certificateNo());
    }

    private PoolMoves() {}
}

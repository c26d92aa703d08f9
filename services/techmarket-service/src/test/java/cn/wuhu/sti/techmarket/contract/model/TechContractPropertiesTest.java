package cn.wuhu.sti.techmarket.contract.model;

import static cn.wuhu.sti.techmarket.contract.model.TechContractMother.registered;
import static cn.wuhu.sti.techmarket.contract.model.TechContractMother.registering;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import cn.wuhu.sti.domain.RuleViolation;
import cn.wuhu.sti.events.techmarket.TechContractRegistered;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties of contract amounts over many generated values, each amount a whole number of fen. */
class TechContractPropertiesTest {

    /** Up to 100 billion yuan, the city's turnover of a whole year, in fen. */
    private static final long MOST_FEN = 10_000_000_000_000L;

    private static final Gen<Long> FEN = longs().between(0, MOST_FEN);

    @Test
    void theRecordedAmountsOfManyContractsSumExactlyToTheFen() {
        qt().withExamples(200).forAll(lists().of(FEN).ofSizeBetween(1, 300)).checkAssert(amountsInFen -> {
            BigDecimal recorded = amountsInFen.stream()
                    .map(fen -> register(fen, fen).contractAmount())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);

            assertThat(recorded).isEqualTo(yuan(sum(amountsInFen)));
        });
    }

    @Test
    void floatingPointWouldNotHaveBeenExactForTheseAmounts() {
        List<Long> tenCents = Collections.nCopies(10, 10L);
        // added one after the other, as a naive subscriber would; DoubleStream.sum() compensates and hides it
        double asDoubles = tenCents.stream().map(fen -> fen / 100.0).reduce(0.0, Double::sum);
        BigDecimal recorded = tenCents.stream()
                .map(fen -> register(fen, fen).contractAmount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);

        assertThat(asDoubles).isNotEqualTo(1.0);
        assertThat(recorded).isEqualTo(new BigDecimal("1.00"));
    }

    @Test
    void aTechnologyTransactionAmountAboveTheContractAmountIsNeverAccepted() {
        qt().withExamples(1_000)
                .forAll(FEN, longs().between(1, MOST_FEN))
                .checkAssert((contractFen, excessFen) -> assertThatThrownBy(
                                () -> register(contractFen, contractFen + excessFen))
                        .isInstanceOfSatisfying(
                                RuleViolation.class, e -> assertThat(e.field()).isEqualTo("techTransactionAmount")));
    }

    @Test
    void aTechnologyTransactionAmountUpToTheContractAmountIsAlwaysAcceptedAsTyped() {
        qt().withExamples(1_000).forAll(FEN, integers().between(0, 100)).checkAssert((contractFen, percent) -> {
            long transactionFen = contractFen / 100 * percent;

            var event = register(contractFen, transactionFen);

            assertThat(event.contractAmount()).isEqualTo(yuan(contractFen));
            assertThat(event.techTransactionAmount()).isEqualTo(yuan(transactionFen));
        });
    }

    @Test
    void aCorrectionNeverAcceptsATechnologyTransactionAmountAboveTheContractAmount() {
        TechContract contract = registered();

        qt().withExamples(500)
                .forAll(FEN, longs().between(1, MOST_FEN))
                .checkAssert((contractFen, excessFen) -> assertThatThrownBy(
                                () -> contract.correct(TechContractMother.correcting(TechContractMother.withAmounts(
                                        yuan(contractFen).toPlainString(),
                                        yuan(contractFen + excessFen).toPlainString()))))
                        .isInstanceOfSatisfying(
                                RuleViolation.class, e -> assertThat(e.field()).isEqualTo("techTransactionAmount")));
    }

    private static TechContractRegistered register(long contractFen, long transactionFen) {
        var terms = TechContractMother.withAmounts(
                yuan(contractFen).toPlainString(), yuan(transactionFen).toPlainString());
        return TechContract.register(registering(terms)).event();
    }

    private static BigDecimal yuan(long fen) {
        return BigDecimal.valueOf(fen, 2);
    }

    private static long sum(List<Long> fen) {
        return fen.stream().mapToLong(Long::longValue).sum();
    }
}

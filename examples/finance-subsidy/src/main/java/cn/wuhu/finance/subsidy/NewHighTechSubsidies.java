package cn.wuhu.finance.subsidy;

import cn.wuhu.sti.events.enterprise.EnterpriseRecognized;
import cn.wuhu.sti.subscriber.Delivery;
import cn.wuhu.sti.subscriber.OnEvent;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/** Pays the subsidy for each recognition the policy covers, and prints each decision. */
@Component
class NewHighTechSubsidies {

    private final SubsidyPolicy policy;
    private final SubsidyLedger ledger;
    private final PrintStream out = System.out;
    private final AtomicReference<BigDecimal> paidSinceStart = new AtomicReference<>(BigDecimal.ZERO);

    NewHighTechSubsidies(SubsidyPolicy policy, SubsidyLedger ledger) {
        this.policy = policy;
        this.ledger = ledger;
    }

    @OnEvent
    void on(EnterpriseRecognized recognition, Delivery delivery) {
        boolean renews = ledger.paidForARecognitionValidOn(
                recognition.uscc(), recognition.recognizedOn().minusDays(1));
        policy.subsidyFor(recognition, renews).ifPresent(amount -> {
            if (ledger.pay(Subsidy.of(recognition, amount, delivery.eventId()))) {
                BigDecimal total = paidSinceStart.accumulateAndGet(amount, BigDecimal::add);
                out.printf(
                        "SUBSIDY %s %s %s recognized %s: %s yuan (%s; %d paid in all, %s yuan since start)%n",
                        recognition.uscc(),
                        recognition.district(),
                        recognition.certificateNo(),
                        recognition.recognizedOn(),
                        amount.toPlainString(),
                        delivery.kind(),
                        ledger.count(),
                        total.toPlainString());
            }
        });
    }
}

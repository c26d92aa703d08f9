package cn.wuhu.sti.enterprise.eligibility.model;

import java.math.BigDecimal;
import java.util.List;

/** A report judged by every criterion of a rule set; eligible when every one is met. */
public record Evaluation(List<Judgement> criteria) {

    public Evaluation {
        criteria = List.copyOf(criteria);
    }

    public boolean eligible() {
        return criteria.stream().allMatch(Judgement::met);
    }

    public int unmet() {
        return (int) criteria.stream().filter(j -> !j.met()).count();
    }

    /** The relative shortfalls of the unmet criteria, summed. */
    public BigDecimal relativeShortfall() {
        return criteria.stream().map(Judgement::relativeShortfall).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

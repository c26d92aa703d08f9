package cn.wuhu.sti.reporting.enterprise.model;

import cn.wuhu.sti.reporting.indicator.CountedFact;

/** A firm an enterprise indicator counts, with the record that makes it count. */
public record CountedFirm(Firm firm, Recorded reason) {

    /** The fact behind the count: the reason's event and business date, the firm, its district and industry. */
    public CountedFact fact() {
        return new CountedFact(
                reason.recordedBy().map(SourceEvent::id).orElse(null),
                reason.recordedBy().map(SourceEvent::type).orElse(null),
                firm.uscc(),
                reason.businessDate(),
                firm.district(),
                firm.industry().orElse(null),
                null);
    }
}

package cn.wuhu.sti.events.enterprise;

import cn.wuhu.sti.events.DomainEvent;
import cn.wuhu.sti.reference.District;

/** Events of an enterprise on the tiering ladder, published to {@code sti.enterprise.v1}; keyed by USCC. */
public sealed interface EnterpriseEvent extends DomainEvent
        permits EnterpriseRegistered,
                EnterpriseRecognized,
                AnnualReportFiled,
                RecognitionRevoked,
                RecognitionExpired,
                EnterpriseDesignated,
                CandidateIdentified {

    /** The unified social credit code (统一社会信用代码) of the firm. */
    String uscc();

    District district();

    @Override
    default String aggregateId() {
        return uscc();
    }
}

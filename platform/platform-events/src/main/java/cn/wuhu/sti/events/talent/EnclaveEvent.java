package cn.wuhu.sti.events.talent;

import cn.wuhu.sti.events.DomainEvent;

/**
 * Events of an innovation enclave (创新飞地), an outpost in another city that incubates projects for Wuhu, published
 * to {@code sti.talent.v1}; keyed by the enclave's id, so its projects' events stay in order with it.
 */
public sealed interface EnclaveEvent extends DomainEvent
        permits EnclaveOpened, EnclaveProjectIncubated, EnclaveProjectLanded {

    String enclaveId();

    @Override
    default String aggregateId() {
        return enclaveId();
    }
}

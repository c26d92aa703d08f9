package cn.wuhu.sti.reporting.rebuild;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.dao.DataAccessResourceFailureException;

/** A read-model version that counts its bumps and refuses as many as it is told to, as a store that is away. */
class CountedVersion extends ReadModelVersion {

    final AtomicInteger bumps = new AtomicInteger();
    final AtomicInteger refusals = new AtomicInteger();

    CountedVersion() {
        super(null);
    }

    @Override
    public void bump() {
        if (refusals.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            throw new DataAccessResourceFailureException("Timed out while waiting for a server");
        }
        bumps.incrementAndGet();
    }

    /** Changes with this version and no rebuild running. */
    ReadModelChanges changes() {
        return new ReadModelChanges(
                this, new ReadModelRebuild(List.of(), List.of(), null, null, null, null, null, null));
    }
}

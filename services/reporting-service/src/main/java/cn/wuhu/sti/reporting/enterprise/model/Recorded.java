package cn.wuhu.sti.reporting.enterprise.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What one event recorded of a firm: a recognition, a revocation, a designation, an annual report. The event is
 * unknown only for what was built without one (a document stored before event ids were kept, until a rebuild).
 */
public interface Recorded {

    Optional<SourceEvent> recordedBy();

    /** The day the record speaks of: a recognition's first day, a revocation's, a designation's, a report's 31 December. */
    LocalDate businessDate();
}

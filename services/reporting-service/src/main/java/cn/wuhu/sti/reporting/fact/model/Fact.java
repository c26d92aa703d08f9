package cn.wuhu.sti.reporting.fact.model;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import java.time.LocalDate;
import java.util.Optional;

/** A dated fact that an indicator counts in the year of its date, with the event it stands on. */
public interface Fact {

    LocalDate date();

    /** The district a district filter counts the fact in; a fact that names none counts for the whole city only. */
    Optional<District> place();

    /**
     * Whether a filter on {@code district} counts the fact: by default when it is the fact's {@link #place()}. A fact
     * about several places (a dispatch meeting on parks of two districts) says so here, and counts in each.
     */
    default boolean countsIn(District district) {
        return place().equals(Optional.of(district));
    }

    /** What the fact is about: a team, a project, a contract's registration number, a tenant firm. */
    String subject();

    SourceEvent source();

    /** The industry the fact's event names; empty when it names none. */
    default Optional<Industry> industry() {
        return Optional.empty();
    }
}

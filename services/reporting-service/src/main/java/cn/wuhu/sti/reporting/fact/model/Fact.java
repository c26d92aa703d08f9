package cn.wuhu.sti.reporting.fact.model;

import cn.wuhu.sti.reference.District;
import java.time.LocalDate;
import java.util.Optional;

/** A dated fact that an indicator counts in the year of its date. */
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
}

package cn.wuhu.sti.reporting.fact.model;

import cn.wuhu.sti.reference.District;
import java.time.LocalDate;
import java.util.Optional;

/** A dated fact that an indicator counts in the year of its date. */
public interface Fact {

    LocalDate date();

    /** The district a district filter counts the fact in; a fact that names none counts for the whole city only. */
    Optional<District> place();
}

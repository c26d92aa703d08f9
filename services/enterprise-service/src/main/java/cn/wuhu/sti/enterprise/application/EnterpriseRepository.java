package cn.wuhu.sti.enterprise.application;

import cn.wuhu.sti.enterprise.model.Enterprise;
import cn.wuhu.sti.events.enterprise.EnterpriseEvent;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Tier;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** Where firms live; every write carries the events it causes, and stores them atomically with the state. */
public interface EnterpriseRepository {

    /** A USCC already registered is a {@link cn.wuhu.sti.domain.Conflict}. */
    void insert(Enterprise enterprise, List<? extends EnterpriseEvent> events);

    /**
     * Lets {@code decision} change the firm and stores the change with its event, deciding again on a fresh copy
     * if somebody changed the firm in between. An unknown USCC is a {@link cn.wuhu.sti.domain.NotFound}.
     */
    <E extends EnterpriseEvent> E change(String uscc, Function<Enterprise, E> decision);

    /**
     * Like {@link #change} for a decision that records any number of events, the first being what the caller gets;
     * no event means nothing to write.
     */
    List<EnterpriseEvent> changeAll(String uscc, Function<Enterprise, List<? extends EnterpriseEvent>> decision);

    /** A change that publishes nothing; written only if {@code amendment} says it changed the firm. */
    boolean amend(String uscc, Predicate<Enterprise> amendment);

    Optional<Enterprise> find(String uscc);

    Page<Enterprise> search(Tier tier, District district, LocalDate validOn, Pageable page);

    /** Every firm that filed a report for {@code year}, in USCC order. */
    List<Enterprise> withReportFor(int year);

    /** Firms that may sit in a pool of 三库联动: a high-tech or SRDI recognition, or a listing-reserve designation. */
    List<Enterprise> inAnyPoolEver();

    /** Firms that ever reported as above-scale manufacturers, the population of the 两清零 campaign. */
    List<Enterprise> aboveScaleManufacturers();

    /** The USCCs of firms holding a recognition whose last day is before {@code day} and whose expiry is unannounced. */
    List<String> withExpiryDueBy(LocalDate day, int limit);
}

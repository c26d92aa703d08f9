package cn.wuhu.sti.enterprise.application;

import cn.wuhu.sti.enterprise.model.Enterprise;
import cn.wuhu.sti.events.enterprise.EnterpriseEvent;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Tier;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** Where firms live; every write carries the events it causes, and stores them atomically with the state. */
public interface EnterpriseRepository {

    void insert(Enterprise enterprise, List<? extends EnterpriseEvent> events);

    /** Writes if nobody changed the firm since it was read; false if somebody did. */
    boolean update(Enterprise enterprise, List<? extends EnterpriseEvent> events);

    Optional<Enterprise> find(String uscc);

    Page<Enterprise> search(Tier tier, District district, LocalDate validOn, Pageable page);
}

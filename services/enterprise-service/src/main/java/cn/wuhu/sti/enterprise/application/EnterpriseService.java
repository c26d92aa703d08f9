package cn.wuhu.sti.enterprise.application;

import cn.wuhu.sti.domain.Conflict;
import cn.wuhu.sti.domain.NotFound;
import cn.wuhu.sti.enterprise.model.Enterprise;
import cn.wuhu.sti.enterprise.model.EnterpriseCommands;
import cn.wuhu.sti.events.enterprise.AnnualReportFiled;
import cn.wuhu.sti.events.enterprise.EnterpriseEvent;
import cn.wuhu.sti.events.enterprise.EnterpriseRecognized;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Tier;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** Runs the enterprise commands: load, let the firm decide, store the new state with its event. */
@Service
public class EnterpriseService {

    private static final int ATTEMPTS = 10;

    private final EnterpriseRepository enterprises;
    private final Clock clock;

    public EnterpriseService(EnterpriseRepository enterprises, Clock clock) {
        this.enterprises = enterprises;
        this.clock = clock;
    }

    public Enterprise register(EnterpriseCommands.Register command) {
        var registration = Enterprise.register(command);
        enterprises.insert(registration.enterprise(), List.of(registration.event()));
        return registration.enterprise();
    }

    public EnterpriseRecognized recognize(String uscc, EnterpriseCommands.Recognize command) {
        return change(uscc, enterprise -> enterprise.recognize(command));
    }

    public AnnualReportFiled fileAnnualReport(String uscc, EnterpriseCommands.FileAnnualReport command) {
        return change(uscc, enterprise -> enterprise.fileAnnualReport(command));
    }

    public Enterprise find(String uscc) {
        return enterprises.find(uscc).orElseThrow(() -> new NotFound(uscc));
    }

    public Page<Enterprise> search(Tier tier, District district, Pageable page) {
        return enterprises.search(tier, district, today(), page);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Optimistic: a concurrent change to the same firm makes us read it again and decide again. */
    private <E extends EnterpriseEvent> E change(String uscc, Function<Enterprise, E> decision) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Enterprise enterprise = find(uscc);
            E event = decision.apply(enterprise);
            if (enterprises.update(enterprise, List.of(event))) {
                return event;
            }
        }
        throw new Conflict("Enterprise " + uscc + " is being changed concurrently; try again");
    }
}

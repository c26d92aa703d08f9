package cn.wuhu.sti.enterprise.application;

import cn.wuhu.sti.domain.Conflict;
import cn.wuhu.sti.domain.NotFound;
import cn.wuhu.sti.domain.Uscc;
import cn.wuhu.sti.enterprise.model.Enterprise;
import cn.wuhu.sti.enterprise.model.EnterpriseCommands;
import cn.wuhu.sti.enterprise.model.Origin;
import cn.wuhu.sti.events.enterprise.AnnualReportFiled;
import cn.wuhu.sti.events.enterprise.EnterpriseRecognized;
import cn.wuhu.sti.events.talent.TeamIncorporated;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Tier;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** Runs the enterprise commands: load, let the firm decide, store the new state with its event. */
@Service
public class EnterpriseService {

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
        return enterprises.change(uscc, enterprise -> enterprise.recognize(command));
    }

    public AnnualReportFiled fileAnnualReport(String uscc, EnterpriseCommands.FileAnnualReport command) {
        return enterprises.change(uscc, enterprise -> enterprise.fileAnnualReport(command));
    }

    /**
     * The company of a talent team: registered in the team's landing district with its industry if the register
     * does not know it, otherwise given its origin and left as it is. Applying it again changes nothing.
     */
    public void recordIncorporation(TeamIncorporated incorporation) {
        var origin = Origin.talentTeam(incorporation.teamId());
        var uscc = new Uscc(incorporation.uscc());
        if (enterprises.find(uscc.value()).isEmpty()) {
            var registration = Enterprise.registerFrom(
                    origin,
                    new EnterpriseCommands.Register(
                            uscc,
                            incorporation.firmName(),
                            incorporation.district(),
                            incorporation.industry(),
                            incorporation.incorporatedOn()));
            try {
                enterprises.insert(registration.enterprise(), List.of(registration.event()));
                return;
            } catch (Conflict registeredMeanwhile) {
                // another delivery or a clerk registered it between the read and the insert: attach below
            }
        }
        enterprises.amend(uscc.value(), enterprise -> enterprise.attach(origin));
    }

    public Enterprise find(String uscc) {
        return enterprises.find(uscc).orElseThrow(() -> new NotFound("No firm " + uscc));
    }

    public Page<Enterprise> search(Tier tier, District district, Pageable page) {
        return enterprises.search(tier, district, today(), page);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}

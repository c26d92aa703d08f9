package cn.wuhu.sti.enterprise.application;

import cn.wuhu.sti.domain.Conflict;
import cn.wuhu.sti.domain.NotFound;
import cn.wuhu.sti.domain.Uscc;
import cn.wuhu.sti.enterprise.eligibility.CandidateIdentifier;
import cn.wuhu.sti.enterprise.model.ClearZeroCampaign;
import cn.wuhu.sti.enterprise.model.Enterprise;
import cn.wuhu.sti.enterprise.model.EnterpriseCommands;
import cn.wuhu.sti.enterprise.model.Origin;
import cn.wuhu.sti.enterprise.model.Pool;
import cn.wuhu.sti.enterprise.model.PoolMoves;
import cn.wuhu.sti.events.enterprise.AnnualReportFiled;
import cn.wuhu.sti.events.enterprise.EnterpriseDesignated;
import cn.wuhu.sti.events.enterprise.EnterpriseEvent;
import cn.wuhu.sti.events.enterprise.EnterpriseRecognized;
import cn.wuhu.sti.events.enterprise.RecognitionExpired;
import cn.wuhu.sti.events.enterprise.RecognitionRevoked;
import cn.wuhu.sti.events.talent.TeamIncorporated;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Tier;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** Runs the enterprise commands: load, let the firm decide, store the new state with its event. */
@Service
public class EnterpriseService {

    private final EnterpriseRepository enterprises;
    private final CandidateIdentifier candidates;
    private final Clock clock;

    public EnterpriseService(EnterpriseRepository enterprises, CandidateIdentifier candidates, Clock clock) {
        this.enterprises = enterprises;
        this.candidates = candidates;
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

    public RecognitionRevoked revoke(String uscc, EnterpriseCommands.Revoke command) {
        return enterprises.change(uscc, enterprise -> enterprise.revoke(command));
    }

    public EnterpriseDesignated designate(String uscc, EnterpriseCommands.Designate command) {
        return enterprises.change(uscc, enterprise -> enterprise.designate(command));
    }

    /**
     * Publishes the expiries due by today for one firm, each once: the version-guarded write that marks them
     * announced is the one that publishes, so a second replica deciding on the same firm finds nothing left to do.
     */
    public List<RecognitionExpired> announceExpiries(String uscc) {
        LocalDate today = today();
        return enterprises.changeAll(uscc, enterprise -> enterprise.expire(today)).stream()
                .map(RecognitionExpired.class::cast)
                .toList();
    }

    /** The firms and their pools on {@code day}, those in at least {@code atLeast} pools, in USCC order. */
    public List<PooledFirm> pooled(LocalDate day, int atLeast, Optional<Pool> pool) {
        return enterprises.inAnyPoolEver().stream()
                .map(firm -> new PooledFirm(firm, firm.poolsOn(day)))
                .filter(pooled -> pooled.pools().size() >= atLeast)
                .filter(pooled -> pool.map(pooled.pools()::contains).orElse(true))
                .toList();
    }

    public record PooledFirm(Enterprise firm, List<Pool> pools) {}

    /** 专升高 and 高升专 in {@code year}, as {@link PoolMoves} finds them. */
    public List<PoolMoves.Move> movesIn(int year) {
        return enterprises.inAnyPoolEver().stream()
                .flatMap(firm -> PoolMoves.of(firm, year).stream())
                .toList();
    }

    /** The 两清零 campaign by the reports up to {@code year}: every firm that ever showed a gap, with its standing. */
    public List<CampaignFirm> clearZeroCampaign(int year) {
        return enterprises.aboveScaleManufacturers().stream()
                .map(firm -> new CampaignFirm(firm, ClearZeroCampaign.standingsOf(firm, year)))
                .filter(entry -> !entry.standings().isEmpty())
                .toList();
    }

    public record CampaignFirm(Enterprise firm, List<ClearZeroCampaign.Standing> standings) {}

    /**
     * Files the report and, in the same write, the {@link CandidateIdentified} events of each tier it makes the firm
     * eligible for (by the rule set in force at the end of the report's year).
     */
    public AnnualReportFiled fileAnnualReport(String uscc, EnterpriseCommands.FileAnnualReport command) {
        var events = enterprises.changeAll(uscc, enterprise -> {
            AnnualReportFiled filed = enterprise.fileAnnualReport(command);
            List<EnterpriseEvent> recorded = new ArrayList<>();
            recorded.add(filed);
            recorded.addAll(candidates.identify(enterprise, filed));
            return recorded;
        });
        return (AnnualReportFiled) events.get(0);
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

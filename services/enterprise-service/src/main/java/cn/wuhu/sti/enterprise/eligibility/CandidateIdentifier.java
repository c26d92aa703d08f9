package cn.wuhu.sti.enterprise.eligibility;

import cn.wuhu.sti.enterprise.eligibility.model.CandidateIdentification;
import cn.wuhu.sti.enterprise.model.Enterprise;
import cn.wuhu.sti.events.enterprise.AnnualReportFiled;
import cn.wuhu.sti.events.enterprise.CandidateIdentified;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The events a filing adds to the stream: one {@link CandidateIdentified} for each tier the filed revision makes the
 * firm eligible for (see {@link CandidateIdentification}). Meant to be called where the filing is decided, so the
 * events are stored in the same write as the report.
 */
@Component
public class CandidateIdentifier {

    private final RuleSetStore ruleSets;

    CandidateIdentifier(RuleSetStore ruleSets) {
        this.ruleSets = ruleSets;
    }

    /**
     * @param firmAfterFiling the firm with the filed report among its annual reports
     * @param filed the event of the filing
     */
    public List<CandidateIdentified> identify(Enterprise firmAfterFiling, AnnualReportFiled filed) {
        return CandidateIdentification.identify(firmAfterFiling, filed, ruleSets.all());
    }
}

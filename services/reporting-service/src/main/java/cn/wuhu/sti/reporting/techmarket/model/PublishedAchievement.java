package cn.wuhu.sti.reporting.techmarket.model;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.reporting.fact.model.SourceEvent;
import java.time.LocalDate;
import java.util.Optional;

/** An S&amp;T achievement (科技成果) was published, in {@code place} when it names a district. */
public record PublishedAchievement(
        String achievementId,
        LocalDate publishedOn,
        Optional<District> place,
        Optional<Industry> industry,
        SourceEvent source)
        implements TechmarketFact {

    @Override
    public LocalDate date() {
        return publishedOn;
    }

    @Override
    public String subject() {
        return achievementId;
    }
}

package cn.wuhu.sti.reporting.techmarket.model;

import cn.wuhu.sti.reference.District;
import java.time.LocalDate;
import java.util.Optional;

/** An S&amp;T achievement (科技成果) was published, in {@code place} when it names a district. */
public record PublishedAchievement(String achievementId, LocalDate publishedOn, Optional<District> place)
        implements TechmarketFact {

    @Override
    public LocalDate date() {
        return publishedOn;
    }
}

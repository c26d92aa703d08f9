package cn.wuhu.sti.techmarket.matching;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.techmarket.matching.model.Match;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** How a match is stored, under the id its pair gives it ({@link Match#idOf}). */
@Document("matches")
record MatchDocument(@Id String id, String achievementId, String demandId, LocalDate matchedOn, District district) {

    static MatchDocument of(Match match) {
        return new MatchDocument(
                match.id(),
                match.achievementId(),
                match.demandId(),
                match.matchedOn(),
                match.district().orElse(null));
    }

    Match toMatch() {
        return new Match(id, achievementId, demandId, matchedOn, Optional.ofNullable(district));
    }
}

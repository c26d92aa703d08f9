package cn.wuhu.sti.techmarket.matching;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import cn.wuhu.sti.messaging.aggregate.AggregateStore;
import cn.wuhu.sti.messaging.aggregate.AggregateStores;
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.techmarket.matching.model.Achievement;
import cn.wuhu.sti.techmarket.matching.model.Demand;
import cn.wuhu.sti.techmarket.matching.model.Match;
import cn.wuhu.sti.techmarket.matching.model.MatchingCommands;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import org.springframework.util.IdGenerator;

/**
 * Publishes achievements and demands, matches a pair once, and suggests achievements for a demand from the
 * {@link AchievementIndex}, which it keeps up to date with the store.
 */
@Service
class MatchingService {

    private static final int REBUILD_BATCH = 500;

    private final AggregateStore<AchievementDocument> achievements;
    private final AggregateStore<DemandDocument> demands;
    private final AggregateStore<MatchDocument> matches;
    private final AchievementIndex index;
    private final IdGenerator ids;

    MatchingService(AggregateStores stores, AchievementIndex index, IdGenerator ids) {
        this.achievements = stores.of(AchievementDocument.class, "achievement");
        this.demands = stores.of(DemandDocument.class, "demand");
        this.matches = stores.of(MatchDocument.class, "match");
        this.index = index;
        this.ids = ids;
    }

    /** Stored first, then indexed: the index never suggests an achievement the store refused. */
    Achievement publish(MatchingCommands.PublishAchievement command) {
        var published = Achievement.publish(command, ids.generateId().toString());
        var achievement = published.aggregate();
        achievements.insert(achievement.id(), AchievementDocument.of(achievement), List.of(published.event()));
        index.index(List.of(achievement));
        return achievement;
    }

    Demand publish(MatchingCommands.PublishDemand command) {
        var published = Demand.publish(command, ids.generateId().toString());
        var demand = published.aggregate();
        demands.insert(demand.id(), DemandDocument.of(demand), List.of(published.event()));
        return demand;
    }

    /** The pair's id is the match's, so matching a pair again is the store's duplicate-key conflict. */
    Match match(String achievementId, String demandId, MatchingCommands.Match command) {
        var achievement = achievements.get(achievementId).toAchievement();
        var demand = demands.get(demandId).toDemand();
        var matched = Match.between(achievement, demand, command);
        var match = matched.aggregate();
        matches.insert(match.id(), MatchDocument.of(match), List.of(matched.event()));
        return match;
    }

    /** The published achievements, most relevant to the demand first, each with its score. */
    Page<Suggestion> suggestionsFor(String demandId, Pageable page) {
        var demand = demands.get(demandId).toDemand();
        var ranking = index.rank(demand, (int) page.getOffset(), page.getPageSize());
        List<Suggestion> suggestions = ranking.hits().stream()
                .flatMap(hit -> achievements.find(hit.achievementId()).stream()
                        .map(stored -> new Suggestion(stored.toAchievement(), hit.score())))
                .toList();
        return new PageImpl<>(suggestions, page, ranking.total());
    }

    /** Rebuilds the index from the store once the service is up: achievements are never changed, only added. */
    @EventListener(ApplicationStartedEvent.class)
    void indexPublishedAchievements() {
        Page<AchievementDocument> batch;
        int number = 0;
        do {
            batch = achievements.page(new Query(), PageRequest.of(number++, REBUILD_BATCH));
            index.index(batch.map(AchievementDocument::toAchievement).getContent());
        } while (batch.hasNext());
    }

    Achievement achievement(String id) {
        return achievements.get(id).toAchievement();
    }

    Demand demand(String id) {
        return demands.get(id).toDemand();
    }

    Match match(String id) {
        return matches.get(id).toMatch();
    }

    Page<Achievement> achievements(Industry industry, Integer year, Pageable page) {
        return achievements.page(publishedIn(industry, year), page).map(AchievementDocument::toAchievement);
    }

    Page<Demand> demands(Industry industry, Integer year, Pageable page) {
        return demands.page(publishedIn(industry, year), page).map(DemandDocument::toDemand);
    }

    /** Matches of an achievement, of a demand; each criterion optional. */
    Page<Match> matches(String achievementId, String demandId, Pageable page) {
        var query = new Query();
        Optional.ofNullable(achievementId)
                .ifPresent(id -> query.addCriteria(where("achievementId").is(id)));
        Optional.ofNullable(demandId)
                .ifPresent(id -> query.addCriteria(where("demandId").is(id)));
        return matches.page(query, page).map(MatchDocument::toMatch);
    }

    private static Query publishedIn(Industry industry, Integer year) {
        var query = new Query();
        if (industry != null) {
            query.addCriteria(where("industry").is(industry));
        }
        if (year != null) {
            query.addCriteria(where("publishedOn").gte(LocalDate.of(year, 1, 1)).lt(LocalDate.of(year + 1, 1, 1)));
        }
        return query;
    }

    /** An achievement and how relevant it is to the demand asked about. */
    record Suggestion(Achievement achievement, float score) {}
}

package cn.wuhu.sti.techmarket.challenge;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import cn.wuhu.sti.domain.Change;
import cn.wuhu.sti.events.techmarket.ChallengeCategory;
import cn.wuhu.sti.events.techmarket.ChallengeEvent;
import cn.wuhu.sti.messaging.aggregate.AggregateStore;
import cn.wuhu.sti.messaging.aggregate.AggregateStores;
import cn.wuhu.sti.messaging.aggregate.Decision;
import cn.wuhu.sti.techmarket.challenge.model.Challenge;
import cn.wuhu.sti.techmarket.challenge.model.ChallengeCommands;
import cn.wuhu.sti.techmarket.challenge.model.ChallengeStage;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import org.springframework.util.IdGenerator;

/** Runs the challenge commands: the challenge decides, the store keeps its new state and event in one write. */
@Service
class ChallengeService {

    private final AggregateStore<ChallengeDocument> challenges;
    private final IdGenerator ids;

    ChallengeService(AggregateStores stores, IdGenerator ids) {
        this.challenges = stores.of(ChallengeDocument.class, "challenge");
        this.ids = ids;
    }

    Challenge publish(ChallengeCommands.Publish command) {
        var published = Challenge.publish(command, ids.generateId().toString());
        var challenge = published.aggregate();
        challenges.insert(challenge.id(), ChallengeDocument.of(challenge), List.of(published.event()));
        return challenge;
    }

    Challenge move(String id, Function<Challenge, Change<Challenge, ? extends ChallengeEvent>> move) {
        return challenges.change(id, stored -> {
            var change = move.apply(stored.toChallenge());
            var challenge = change.aggregate();
            return new Decision<>(ChallengeDocument.of(challenge), List.of(change.event()), challenge);
        });
    }

    Challenge find(String id) {
        return challenges.get(id).toChallenge();
    }

    Page<Challenge> search(ChallengeCategory category, ChallengeStage stage, Pageable page) {
        var query = new Query();
        if (category != null) {
            query.addCriteria(where("category").is(category));
        }
        if (stage != null) {
            query.addCriteria(where("stage").is(stage));
        }
        return challenges.page(query, page).map(ChallengeDocument::toChallenge);
    }
}

package cn.wuhu.sti.techmarket.matching;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.techmarket.matching.model.MatchingCommands;
import cn.wuhu.sti.test.service.ServiceTest;
import cn.wuhu.sti.test.service.TestData;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The index catches up with the store when the service starts: an achievement stored by a process that stopped
 * before indexing it is suggested after the rebuild.
 */
@ServiceTest
class AchievementIndexRebuildTest {

    @Autowired
    MatchingService matching;

    @Autowired
    MongoTemplate mongo;

    @Test
    void anAchievementInTheStoreButNotInTheIndexIsSuggestedAfterTheRebuild() {
        String demand = matching.publish(new MatchingCommands.PublishDemand(
                        "钙钛矿光伏组件封装需求", null, TestData.freshUscc(), Industry.NEW_ENERGY, LocalDate.of(2023, 3, 1), null))
                .id();
        String stranded = TestData.unknownId();
        mongo.insert(new AchievementDocument(
                stranded, "钙钛矿光伏组件封装工艺", null, "安徽大学", Industry.NEW_ENERGY, LocalDate.of(2023, 2, 1), null));
        assertThat(idsSuggestedFor(demand)).doesNotContain(stranded);

        matching.indexPublishedAchievements();

        assertThat(idsSuggestedFor(demand)).contains(stranded);
    }

    private List<String> idsSuggestedFor(String demand) {
        return matching.suggestionsFor(demand, PageRequest.of(0, 50)).stream()
                .map(s -> s.achievement().id())
                .toList();
    }
}

package cn.wuhu.sti.reporting.statistics;

import cn.wuhu.sti.domain.Conflict;
import cn.wuhu.sti.messaging.aggregate.AggregateStore;
import cn.wuhu.sti.messaging.aggregate.AggregateStores;
import cn.wuhu.sti.messaging.aggregate.Decision;
import cn.wuhu.sti.reporting.statistics.model.StatisticsCommands;
import cn.wuhu.sti.reporting.statistics.model.StatisticsReport;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Records the statistics bureau's reports: the year's statistics decide the revision, the store keeps them and the
 * event in one write, and the outbox relay publishes it to {@code sti.statistics.v1}.
 */
@Service
class StatisticsService {

    private final AggregateStore<StatisticsDocument> statistics;

    StatisticsService(AggregateStores stores) {
        this.statistics = stores.of(StatisticsDocument.class, "year's statistics");
    }

    StatisticsReport report(StatisticsCommands.Report command) {
        String id = StatisticsDocument.idOf(StatisticsReport.year(command.year()));
        if (statistics.find(id).isEmpty()) {
            var first = StatisticsReport.first(command);
            try {
                statistics.insert(id, StatisticsDocument.of(first.aggregate()), List.of(first.event()));
                return first.aggregate();
            } catch (Conflict reportedMeanwhile) {
                // another report of the year was stored first: this one revises it
            }
        }
        return statistics.change(id, stored -> {
            var revised = stored.toStatistics().revise(command);
            return new Decision<>(
                    StatisticsDocument.of(revised.aggregate()), List.of(revised.event()), revised.aggregate());
        });
    }

    StatisticsReport find(int year) {
        return statistics.get(StatisticsDocument.idOf(year)).toStatistics();
    }

    /** Every year reported, earliest first (the ids are four-digit years, so their order is the years'). */
    Page<StatisticsReport> list(Pageable page) {
        return statistics.page(new Query(), page).map(StatisticsDocument::toStatistics);
    }
}

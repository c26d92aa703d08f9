package cn.wuhu.sti.reporting.statistics.readmodel;

import cn.wuhu.sti.reporting.fact.readmodel.FactReadModel;
import cn.wuhu.sti.reporting.rebuild.ReadModelGenerations;
import cn.wuhu.sti.reporting.statistics.model.YearFigures;
import cn.wuhu.sti.reporting.statistics.model.YearStatistics;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The figures in force of each year, one document a year (see {@link FactReadModel}), replaced only by a higher
 * revision: a re-sent report, or an older one arriving late or replayed, changes nothing, in any order.
 */
@Component
class StatisticsFactReadModel extends FactReadModel<StatisticsFactReadModel.Kind, YearStatistics> {

    static final String COLLECTION = "statistics_facts";

    enum Kind {
        YEAR_STATISTICS
    }

    StatisticsFactReadModel(MongoOperations mongo, ReadModelGenerations generations) {
        super(mongo, generations, COLLECTION, Kind.class);
    }

    void apply(YearStatistics reported) {
        YearFigures figures = reported.figures();
        updateWhile(
                Kind.YEAR_STATISTICS,
                Integer.toString(reported.year()),
                reported.source(),
                Criteria.where("revision").not().gte(reported.revision()),
                new Update()
                        .set("date", reported.date().toString())
                        .set("revision", reported.revision())
                        .set("gdp", exact(figures.gdp()))
                        .set("rdExpenditure", exact(figures.rdExpenditure()))
                        .set("fiscalStiSpending", exact(figures.fiscalStiSpending())));
    }

    @Override
    protected YearStatistics toFact(Kind kind, Document doc) {
        return new YearStatistics(
                Integer.parseInt(about(doc)),
                doc.getInteger("revision"),
                new YearFigures(amount(doc, "gdp"), amount(doc, "rdExpenditure"), amount(doc, "fiscalStiSpending")),
                source(doc));
    }
}

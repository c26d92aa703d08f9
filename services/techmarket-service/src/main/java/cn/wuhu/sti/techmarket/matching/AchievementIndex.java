package cn.wuhu.sti.techmarket.matching;

import cn.wuhu.sti.techmarket.matching.model.Achievement;
import cn.wuhu.sti.techmarket.matching.model.Demand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.springframework.stereotype.Component;

/**
 * The published achievements in an in-memory Lucene index, ranked for a demand by BM25 over their titles and
 * descriptions, segmented by Lucene's {@link SmartChineseAnalyzer}, with a constant bonus for the demand's industry.
 * The demand's own title and description, analyzed the same way, make the query; a title term weighs twice a
 * description term.
 *
 * <p>How it stays consistent with the store: achievements never change once published, so the index only grows and
 * an entry is keyed by the achievement's id (adding one again replaces it). {@code MatchingService} adds an
 * achievement right after the store took it, so the index never holds one the store refused, and when the service
 * starts it rebuilds the index from the {@code achievements} collection, which also picks up any achievement stored
 * by a process that stopped between the two steps. Each instance keeps its own index: with more than one instance,
 * another's publications show after the next start.
 */
@Component
class AchievementIndex implements AutoCloseable {

    /** One ranked achievement. */
    record Hit(String achievementId, float score) {}

    /** A page of hits, and how many achievements match at all. */
    record Ranking(List<Hit> hits, long total) {}

    private static final String ID = "id";
    private static final String TITLE = "title";
    private static final String DESCRIPTION = "description";
    private static final String INDUSTRY = "industry";
    private static final float TITLE_WEIGHT = 2f;
    private static final float SAME_INDUSTRY_BONUS = 1f;

    private final Analyzer analyzer = new SmartChineseAnalyzer();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final SearcherManager searchers;

    AchievementIndex() {
        try {
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds the achievements, or replaces them if they are in already, and makes them searchable. */
    void index(List<Achievement> achievements) {
        try {
            for (Achievement achievement : achievements) {
                writer.updateDocument(new Term(ID, achievement.id()), documentOf(achievement));
            }
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The achievements most relevant to the demand, best first, from the {@code first}-th on. */
    Ranking rank(Demand demand, int first, int count) {
        Query query = queryFor(demand);
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                ScoreDoc[] top = searcher.search(query, first + count).scoreDocs;
                List<Hit> hits = new ArrayList<>();
                for (int i = first; i < top.length; i++) {
                    String id = searcher.storedFields().document(top[i].doc).get(ID);
                    hits.add(new Hit(id, top[i].score));
                }
                return new Ranking(hits, searcher.count(query));
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
        analyzer.close();
    }

    private Query queryFor(Demand demand) {
        String text = demand.title() + demand.description().map(d -> "\n" + d).orElse("");
        var terms = new QueryBuilder(analyzer);
        var query = new BooleanQuery.Builder();
        Query inTitles = terms.createBooleanQuery(TITLE, text, BooleanClause.Occur.SHOULD);
        if (inTitles != null) {
            query.add(new BoostQuery(inTitles, TITLE_WEIGHT), BooleanClause.Occur.SHOULD);
        }
        Query inDescriptions = terms.createBooleanQuery(DESCRIPTION, text, BooleanClause.Occur.SHOULD);
        if (inDescriptions != null) {
            query.add(inDescriptions, BooleanClause.Occur.SHOULD);
        }
        Query sameIndustry = new ConstantScoreQuery(
                new TermQuery(new Term(INDUSTRY, demand.industry().name())));
        query.add(new BoostQuery(sameIndustry, SAME_INDUSTRY_BONUS), BooleanClause.Occur.SHOULD);
        return query.build();
    }

    private static Document documentOf(Achievement achievement) {
        var document = new Document();
        document.add(new StringField(ID, achievement.id(), Field.Store.YES));
        document.add(new TextField(TITLE, achievement.title(), Field.Store.NO));
        achievement.description().ifPresent(d -> document.add(new TextField(DESCRIPTION, d, Field.Store.NO)));
        document.add(new StringField(INDUSTRY, achievement.industry().name(), Field.Store.NO));
        return document;
    }
}

package cn.wuhu.sti.reporting.enterprise.readmodel;

import cn.wuhu.sti.events.enterprise.AnnualReportFiled;
import cn.wuhu.sti.events.enterprise.EnterpriseDesignated;
import cn.wuhu.sti.events.enterprise.EnterpriseEvent;
import cn.wuhu.sti.events.enterprise.EnterpriseRecognized;
import cn.wuhu.sti.events.enterprise.EnterpriseRegistered;
import cn.wuhu.sti.events.enterprise.RecognitionRevoked;
import cn.wuhu.sti.reference.Designation;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.reference.Tier;
import cn.wuhu.sti.reporting.enterprise.model.AnnualReport;
import cn.wuhu.sti.reporting.enterprise.model.Firm;
import cn.wuhu.sti.reporting.enterprise.model.HeldDesignation;
import cn.wuhu.sti.reporting.enterprise.model.Recognition;
import cn.wuhu.sti.reporting.enterprise.model.Revocation;
import cn.wuhu.sti.reporting.enterprise.model.SourceEvent;
import cn.wuhu.sti.reporting.rebuild.ReadModel;
import cn.wuhu.sti.reporting.rebuild.ReadModelGenerations;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * One document per firm ({@code _id} = USCC). Every event is applied with a single-document update that is
 * idempotent by construction: recognitions form a set keyed by tier and certificate number, revocations by those and
 * the day, designations by kind and day, and each year keeps only the annual report with the highest revision. A
 * re-sent or late event therefore changes nothing, in any order, without multi-document transactions or a table of
 * seen event ids. Each entry keeps the {@code ce_id} and {@code ce_type} of the event that recorded it, so a value can
 * name the events behind it; the registration sets the firm's industry whenever it arrives. A revocation is kept
 * apart from the recognition it names and joined when the firm is read, so it may arrive first.
 */
@Component
public class FirmReadModel implements ReadModel {

    static final String COLLECTION = "firms";

    /** The counter every firm write takes its {@code seq} from, in reporting's state collection. */
    static final String SEQUENCE = "firms-seq";

    private static final String SEQUENCE_COLLECTION = "reporting_state";
    private static final long OVERLAP = 256;

    private final MongoOperations mongo;
    private final ReadModelGenerations generations;
    private final Map<String, Firm> mirror = new HashMap<>();
    private String mirrored;
    private long lastSeq;

    /** Counts every change of the mirror, across generations, so a reader can ask what changed since it looked. */
    private long stamp;

    /** The stamp at which the mirror last started afresh: a reader that looked before knows another generation. */
    private long startedAt;

    private final Map<String, Long> changedAt = new HashMap<>();
    private final NavigableMap<Long, String> changes = new TreeMap<>();

    FirmReadModel(MongoOperations mongo, ReadModelGenerations generations) {
        this.mongo = mongo;
        this.generations = generations;
    }

    public void apply(EnterpriseEvent event, SourceEvent source) {
        // Java 17: no pattern switch yet. Of the seven types, RecognitionExpired and CandidateIdentified change
        // nothing here: validity already follows from validUntil, and a candidate is no indicator.
        if (event instanceof EnterpriseRegistered registered) {
            apply(registered);
        } else if (event instanceof EnterpriseRecognized recognized) {
            apply(recognized, source);
        } else if (event instanceof AnnualReportFiled filed) {
            apply(filed, source);
        } else if (event instanceof RecognitionRevoked revoked) {
            apply(revoked, source);
        } else if (event instanceof EnterpriseDesignated designated) {
            apply(designated, source);
        }
    }

    private void apply(EnterpriseRegistered event) {
        mongo.upsert(
                byUscc(event.uscc()),
                stamped(new Update()
                        .set("name", event.name())
                        .set("district", event.district().name())
                        .set("industry", event.industry().name())),
                generations.toWrite(COLLECTION));
    }

    private void apply(EnterpriseRecognized event, SourceEvent source) {
        Document certificate = new Document("tier", event.tier().name()).append("certificateNo", event.certificateNo());
        Document recognition = new Document(certificate)
                .append("recognizedOn", event.recognizedOn().toString())
                .append("validUntil", event.validUntil().toString());
        upsertUnlessAlreadyApplied(
                notYetIn("recognitions", event.uscc(), certificate),
                new Update()
                        .set("district", event.district().name())
                        .push("recognitions", recorded(recognition, source)));
    }

    private void apply(RecognitionRevoked event, SourceEvent source) {
        Document revocation = new Document("tier", event.tier().name())
                .append("certificateNo", event.certificateNo())
                .append("revokedOn", event.revokedOn().toString());
        upsertUnlessAlreadyApplied(
                notYetIn("revocations", event.uscc(), revocation),
                new Update()
                        .set("district", event.district().name())
                        .push("revocations", recorded(revocation, source)));
    }

    private void apply(EnterpriseDesignated event, SourceEvent source) {
        Document designation = new Document("kind", event.kind().name())
                .append("since", event.since().toString());
        upsertUnlessAlreadyApplied(
                notYetIn("designations", event.uscc(), designation),
                new Update()
                        .set("district", event.district().name())
                        .push("designations", recorded(designation, source)));
    }

    private void apply(AnnualReportFiled event, SourceEvent source) {
        String path = "annualReports." + event.year();
        Query olderOrAbsent = byUscc(event.uscc())
                .addCriteria(Criteria.where(path + ".revision").not().gte(event.revision()));
        Document report = new Document("year", event.year())
                .append("revision", event.revision())
                .append("revenue", new Decimal128(event.revenue()))
                .append("rdExpense", new Decimal128(event.rdExpense()))
                .append("rdActivity", event.rdActivity())
                .append("rdInstitution", event.rdInstitution())
                .append("sciTechStaff", event.sciTechStaff())
                .append("staff", event.staff())
                .append("highTechRevenue", new Decimal128(event.highTechRevenue()))
                .append("aboveScaleManufacturer", event.aboveScaleManufacturer());
        upsertUnlessAlreadyApplied(
                olderOrAbsent,
                new Update().set("district", event.district().name()).set(path, recorded(report, source)));
    }

    /**
     * The guard sits in the filter: when the document exists but the guard fails, the upsert tries to insert a
     * second document with the same {@code _id}, and that duplicate key means "already applied". The first event to
     * record an entry is the one it names.
     */
    private void upsertUnlessAlreadyApplied(Query guarded, Update update) {
        try {
            mongo.upsert(guarded, stamped(update), generations.toWrite(COLLECTION));
        } catch (DuplicateKeyException alreadyApplied) {
            // the same recognition, revocation or designation, or a report of the same or a higher revision, is in
        }
    }

    /**
     * Every firm, or those of one district, from a copy kept in memory and brought up to date on each call with the
     * firms written since the last one ({@link #SEQUENCE}): a query reads the few firms that changed, not them all.
     * The copy starts afresh when the generation read changes (a rebuild switched). Firms written by another replica
     * may commit out of sequence order, so each refresh reads again the last {@link #OVERLAP} numbers.
     */
    public synchronized List<Firm> firms(Optional<District> district) {
        refresh();
        return mirror.values().stream()
                .filter(firm -> district.isEmpty() || firm.district() == district.get())
                .toList();
    }

    /**
     * The firms whose content changed in the mirror after {@code since} (a stamp this method returned before, or 0
     * at first), each once in its current state, and the stamp to ask with next time. A firm the overlap read again
     * unchanged is not among them. When the mirror started afresh since (at first, or once a rebuild switched the
     * generation read), {@code afresh} says so and every firm of the mirror is listed: the reader must forget all it
     * kept.
     */
    public synchronized Changes changesSince(long since) {
        refresh();
        if (since < startedAt) {
            return new Changes(stamp, true, List.copyOf(mirror.values()));
        }
        List<Firm> changed =
                changes.tailMap(since, false).values().stream().map(mirror::get).toList();
        return new Changes(stamp, false, changed);
    }

    private void refresh() {
        String collection = generations.toRead(COLLECTION);
        boolean afresh = !collection.equals(mirrored);
        Query changed = afresh ? new Query() : Query.query(Criteria.where("seq").gt(lastSeq - OVERLAP));
        if (afresh) {
            mongo.indexOps(collection).createIndex(new Index("seq", Sort.Direction.ASC));
            mirror.clear();
            changedAt.clear();
            changes.clear();
            startedAt = ++stamp;
            lastSeq = Long.MIN_VALUE + OVERLAP;
            mirrored = collection;
        }
        for (Document doc : mongo.find(changed, Document.class, collection)) {
            Firm firm = toFirm(doc);
            if (!firm.equals(mirror.put(firm.uscc(), firm))) {
                recordChange(firm.uscc());
            }
            Object seq = doc.get("seq");
            if (seq instanceof Number number) {
                lastSeq = Math.max(lastSeq, number.longValue());
            }
        }
    }

    private void recordChange(String uscc) {
        Long previous = changedAt.put(uscc, ++stamp);
        if (previous != null) {
            changes.remove(previous);
        }
        changes.put(stamp, uscc);
    }

    /** Every write carries the next number of {@link #SEQUENCE}, so a reader can ask for what changed since. */
    private Update stamped(Update update) {
        Document next = mongo.findAndModify(
                Query.query(Criteria.where("_id").is(SEQUENCE)),
                new Update().inc("value", 1L),
                FindAndModifyOptions.options().upsert(true).returnNew(true),
                Document.class,
                SEQUENCE_COLLECTION);
        return update.set("seq", ((Number) next.get("value")).longValue());
    }

    @Override
    public String collection() {
        return COLLECTION;
    }

    /**
     * What {@link #changesSince} answers: the stamp to ask with next, whether the mirror started afresh (then
     * {@code firms} are all of them) and the firms that changed, in their current state.
     */
    public record Changes(long stamp, boolean afresh, List<Firm> firms) {

        public Changes {
            firms = List.copyOf(firms);
        }
    }

    private static Query byUscc(String uscc) {
        return Query.query(Criteria.where("_id").is(uscc));
    }

    /** The firm, unless its array already holds an entry with every field of {@code key}. */
    private static Query notYetIn(String array, String uscc, Document key) {
        Criteria sameKey = null;
        for (var field : key.entrySet()) {
            sameKey = sameKey == null
                    ? Criteria.where(field.getKey()).is(field.getValue())
                    : sameKey.and(field.getKey()).is(field.getValue());
        }
        return byUscc(uscc).addCriteria(Criteria.where(array).not().elemMatch(sameKey));
    }

    private static Document recorded(Document entry, SourceEvent source) {
        return new Document(entry).append("eventId", source.id()).append("eventType", source.type());
    }

    /** Absent in a document stored before event ids were kept, until a rebuild replays the topic. */
    private static Optional<SourceEvent> recordedBy(Document entry) {
        return Optional.ofNullable(entry.getString("eventId"))
                .map(id -> new SourceEvent(id, entry.getString("eventType")));
    }

    private static Firm toFirm(Document doc) {
        List<Document> revocations = doc.getList("revocations", Document.class, List.of());
        var recognitions = doc.getList("recognitions", Document.class, List.of()).stream()
                .map(r -> withRevocations(
                        new Recognition(
                                Tier.valueOf(r.getString("tier")),
                                r.getString("certificateNo"),
                                LocalDate.parse(r.getString("recognizedOn")),
                                LocalDate.parse(r.getString("validUntil")),
                                recordedBy(r),
                                Optional.empty()),
                        revocations))
                .collect(Collectors.toSet());
        var designations = doc.getList("designations", Document.class, List.of()).stream()
                .map(d -> new HeldDesignation(
                        Designation.valueOf(d.getString("kind")), LocalDate.parse(d.getString("since")), recordedBy(d)))
                .collect(Collectors.toSet());
        Map<Integer, AnnualReport> reports = new HashMap<>();
        Document annual = doc.get("annualReports", Document.class);
        if (annual != null) {
            annual.values().stream().map(Document.class::cast).forEach(r -> {
                int year = r.getInteger("year");
                reports.put(
                        year,
                        new AnnualReport(
                                year,
                                r.getInteger("revision"),
                                decimal(r.get("revenue")),
                                r.getBoolean("rdActivity"),
                                r.getBoolean("rdInstitution"),
                                r.getBoolean("aboveScaleManufacturer"),
                                recordedBy(r)));
            });
        }
        return new Firm(
                doc.getString("_id"),
                District.valueOf(doc.getString("district")),
                Optional.ofNullable(doc.getString("industry")).map(Industry::valueOf),
                recognitions,
                designations,
                reports);
    }

    private static Recognition withRevocations(Recognition recognition, List<Document> revocations) {
        Recognition revised = recognition;
        for (Document revocation : revocations) {
            if (revocation.getString("tier").equals(recognition.tier().name())
                    && revocation.getString("certificateNo").equals(recognition.certificateNo())) {
                revised = revised.revokedBy(
                        new Revocation(LocalDate.parse(revocation.getString("revokedOn")), recordedBy(revocation)));
            }
        }
        return revised;
    }

    private static BigDecimal decimal(Object value) {
        return ((Decimal128) value).bigDecimalValue();
    }
}

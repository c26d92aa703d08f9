package cn.wuhu.sti.wire;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A secondary index on one field, which mongo-java-server itself accepts but ignores. It answers the two questions
 * the platform asks of such a field — whether it exists ({@code {"outbox.0": {$exists: true}}}, the relay's search
 * for pending events) and a numeric range ({@code {seq: {$gt: n}}}, reporting's firms changed since) — with the
 * positions of the documents that may match. It may name too many, never too few: the collection still matches
 * every candidate against the whole query, and a document whose path runs through an array is always a candidate.
 */
final class FieldIndex<P> extends Index<P> {

    private static final Set<String> RANGE = Set.of("$gt", "$gte", "$lt", "$lte");

    private final String field;
    private final List<String> path;
    private final String idField;
    private final Map<Object, Slot<P>> byId = new HashMap<>();
    // Keyed by when a document entered, so the oldest pending come first; concurrent maps, so a query can walk them
    // lazily and stop at its limit (the relay asks for 200 of a backlog of any size).
    private final NavigableMap<Long, P> present = new ConcurrentSkipListMap<>();
    private final NavigableMap<Long, P> alwaysCandidates = new ConcurrentSkipListMap<>();
    private final NavigableMap<Double, Map<Long, P>> byNumber = new TreeMap<>();
    private long entered;

    FieldIndex(String name, IndexKey key, boolean sparse, String idField) {
        super(name, List.of(key), sparse);
        this.field = key.getKey();
        this.path = List.of(field.split("\\."));
        this.idField = idField;
    }

    @Override
    public synchronized boolean canHandle(Document query) {
        if (query.size() != 1 || !(query.get(field) instanceof Document condition) || condition.isEmpty()) {
            return false;
        }
        if (condition.size() == 1 && Boolean.TRUE.equals(condition.get("$exists"))) {
            return true;
        }
        return RANGE.containsAll(condition.keySet())
                && condition.values().stream()
                        .allMatch(bound -> bound instanceof Number n && !Double.isNaN(n.doubleValue()));
    }

    @Override
    public synchronized Iterable<P> getPositions(Document query) {
        Document condition = (Document) query.get(field);
        Iterable<P> matching;
        if (condition.containsKey("$exists")) {
            matching = present.values();
        } else {
            NavigableMap<Double, Map<Long, P>> range = byNumber;
            for (var bound : condition.entrySet()) {
                double value = ((Number) bound.getValue()).doubleValue();
                // Inclusive both ways: a long rounded to a double may meet its bound; the collection re-checks.
                range = bound.getKey().startsWith("$g") ? range.tailMap(value, true) : range.headMap(value, true);
            }
            List<P> inRange = new ArrayList<>();
            range.values().forEach(same -> inRange.addAll(same.values()));
            matching = inRange;
        }
        // A document is in one of the two, never both.
        return () -> Stream.concat(
                        StreamSupport.stream(matching.spliterator(), false), alwaysCandidates.values().stream())
                .iterator();
    }

    @Override
    public synchronized void add(Document document, P position, MongoCollection<P> collection) {
        Slot<P> slot = slotOf(document, position, entered++);
        byId.put(document.get(idField), slot);
        if (slot.alwaysCandidate()) {
            alwaysCandidates.put(slot.entered(), position);
        } else if (slot.exists()) {
            present.put(slot.entered(), position);
            if (slot.number() != null) {
                byNumber.computeIfAbsent(slot.number(), n -> new LinkedHashMap<>())
                        .put(slot.entered(), position);
            }
        }
    }

    @Override
    public synchronized P remove(Document document) {
        Slot<P> slot = byId.remove(document.get(idField));
        if (slot == null) {
            return null;
        }
        alwaysCandidates.remove(slot.entered());
        present.remove(slot.entered());
        if (slot.number() != null) {
            Map<Long, P> same = byNumber.get(slot.number());
            same.remove(slot.entered());
            if (same.isEmpty()) {
                byNumber.remove(slot.number());
            }
        }
        return slot.position();
    }

    @Override
    public synchronized void updateInPlace(
            Document oldDocument, Document newDocument, P position, MongoCollection<P> collection) {
        remove(oldDocument);
        add(newDocument, position, collection);
    }

    @Override
    public synchronized P getPosition(Document document) {
        Slot<P> slot = byId.get(document.get(idField));
        return slot == null ? null : slot.position();
    }

    @Override
    public void checkAdd(Document document, MongoCollection<P> collection) {}

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<P> collection) {}

    @Override
    public synchronized long getCount() {
        return byId.size();
    }

    @Override
    public long getDataSize() {
        return 0;
    }

    @Override
    public synchronized void drop() {
        byId.clear();
        present.clear();
        byNumber.clear();
        alwaysCandidates.clear();
    }

    private Slot<P> slotOf(Document document, P position, long entered) {
        Object value = document;
        for (String fragment : path) {
            if (value instanceof Document nested) {
                if (!nested.containsKey(fragment)) {
                    return new Slot<>(position, entered, false, null, false);
                }
                value = nested.get(fragment);
            } else if (value instanceof List<?> list && fragment.chars().allMatch(Character::isDigit)) {
                int index = Integer.parseInt(fragment);
                if (index >= list.size()) {
                    // MongoDB also looks for a field of that name in the array's documents.
                    boolean ofDocuments = list.stream().anyMatch(Document.class::isInstance);
                    return new Slot<>(position, entered, ofDocuments, null, ofDocuments);
                }
                value = list.get(index);
            } else if (value instanceof Collection<?>) {
                return new Slot<>(position, entered, true, null, true);
            } else {
                return new Slot<>(position, entered, false, null, false);
            }
        }
        if (value instanceof Collection<?>) {
            return new Slot<>(position, entered, true, null, true);
        }
        Double number = value instanceof Number n && !Double.isNaN(n.doubleValue()) ? n.doubleValue() : null;
        return new Slot<>(position, entered, true, number, false);
    }

    private record Slot<P>(P position, long entered, boolean exists, Double number, boolean alwaysCandidate) {}
}

package cn.wuhu.sti.wire;

import de.bwaldvogel.mongo.backend.EmptyIndex;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import java.util.List;

/** The secondary indexes a backend's database opens: a {@link FieldIndex} on one field, nothing on several. */
public final class SecondaryIndexes {

    private static final String ID_FIELD = "_id";

    public static <P> Index<P> open(String indexName, List<IndexKey> keys, boolean sparse) {
        if (keys.size() != 1) {
            return new EmptyIndex<>(indexName, keys);
        }
        return new FieldIndex<>(indexName, keys.get(0), sparse, ID_FIELD);
    }

    private SecondaryIndexes() {}
}

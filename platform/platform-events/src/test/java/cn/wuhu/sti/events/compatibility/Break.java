package cn.wuhu.sti.events.compatibility;

/**
 * One way a schema changed that a subscriber would notice: {@code path} is the JSON pointer-like path of the field
 * ({@code seller.name}), empty for the schema itself.
 */
public record Break(Kind kind, String path, String detail) {

    public enum Kind {
        /** A field of the last release is gone: a subscriber reading it finds nothing. */
        FIELD_REMOVED,
        /** A field is gone and another with the same definition came in its place. */
        FIELD_RENAMED,
        /** A field that was not there: the release's closed schema ({@code additionalProperties: false}) refuses it. */
        FIELD_ADDED,
        /** Old events, replayed, lack it. */
        FIELD_NOW_REQUIRED,
        /** A subscriber of the release counts on it being there. */
        FIELD_NO_LONGER_REQUIRED,
        TYPE_CHANGED,
        /** Old events, replayed, carry a value the new schema refuses. */
        ENUM_VALUE_REMOVED,
        /** A subscriber of the release meets a value it does not know. */
        ENUM_VALUE_ADDED,
        /** A pattern, bound, format or condition differs: one side accepts what the other refuses. */
        CONSTRAINT_CHANGED,
        /** The type's schema is no longer published. */
        SCHEMA_REMOVED
    }

    @Override
    public String toString() {
        return kind + (path.isEmpty() ? "" : " at " + path) + ": " + detail;
    }
}

package cn.wuhu.sti.subscriber;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The delivery log as one row per {@code ce_id} in the department's own SQL database, the primary key being the lock:
 * an insert claims, a second insert of the same id fails and the row says how far the first got. Each step is one
 * single-row statement, so no transaction spans the handler. The table is created when missing (standard SQL, as
 * PostgreSQL, MySQL, Oracle 23 and H2 accept it); a DBA may create it beforehand with the same columns.
 */
public class JdbcDeliveryLog implements DeliveryLog {

    private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");
    private static final String DONE = "DONE";

    private final JdbcTemplate jdbc;
    private final String table;
    private final Clock clock;

    public JdbcDeliveryLog(JdbcTemplate jdbc, String table, Clock clock) {
        if (!TABLE_NAME.matcher(table).matches()) {
            throw new IllegalArgumentException("Not a plain SQL table name: " + table);
        }
        this.jdbc = jdbc;
        this.table = table;
        this.clock = clock;
    }

    /** Creates the table unless it exists. */
    public void createTableIfMissing() {
        jdbc.execute("CREATE TABLE IF NOT EXISTS " + table + " ("
                + "event_id VARCHAR(64) NOT NULL PRIMARY KEY, "
                + "state VARCHAR(16) NOT NULL, "
                + "type VARCHAR(255) NOT NULL, "
                + "topic VARCHAR(255) NOT NULL, "
                + "claimed_at TIMESTAMP NOT NULL, "
                + "completed_at TIMESTAMP)");
    }

    @Override
    public Claim claim(String eventId, String type, String topic) {
        try {
            jdbc.update(
                    "INSERT INTO " + table + " (event_id, state, type, topic, claimed_at) VALUES (?, ?, ?, ?, ?)",
                    eventId,
                    "STARTED",
                    type,
                    topic,
                    Timestamp.from(clock.instant()));
            return Claim.NEW;
        } catch (DuplicateKeyException claimedBefore) {
            List<String> states =
                    jdbc.queryForList("SELECT state FROM " + table + " WHERE event_id = ?", String.class, eventId);
            if (states.isEmpty()) {
                // Released between the two statements: the earlier attempt failed, so this one is new.
                return claim(eventId, type, topic);
            }
            return DONE.equals(states.get(0)) ? Claim.DONE : Claim.INTERRUPTED;
        }
    }

    @Override
    public void complete(String eventId) {
        jdbc.update(
                "UPDATE " + table + " SET state = ?, completed_at = ? WHERE event_id = ?",
                DONE,
                Timestamp.from(clock.instant()),
                eventId);
    }

    @Override
    public void release(String eventId) {
        jdbc.update("DELETE FROM " + table + " WHERE event_id = ? AND state <> ?", eventId, DONE);
    }
}

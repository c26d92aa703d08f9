package cn.wuhu.sti.reporting.indicator;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The event behind one item a value counts (or one amount it sums): its CloudEvents id and type, what it is about,
 * its business date, and where it counts. {@code district}, {@code industry} and {@code amount} are null when the
 * fact names none (a city-wide fund investment has no district; a count has no amount).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CountedFact(
        String eventId,
        String type,
        String subject,
        LocalDate businessDate,
        District district,
        Industry industry,
        BigDecimal amount) {}

package cn.wuhu.sti.reporting.deadletters;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Which dead letters to send back: the positions listed, or {@code all: true} for the whole topic. */
record RedriveRequest(@Valid @Size(max = 1000) List<@NotNull Position> records, Boolean all) {

    record Position(
            @NotNull @PositiveOrZero Integer partition,
            @NotNull @PositiveOrZero Long offset) {}

    @AssertTrue(message = "name the records to redrive, or set all: true (not both)")
    boolean isRecords() {
        boolean listed = records != null && !records.isEmpty();
        return listed != Boolean.TRUE.equals(all);
    }

    List<DeadLetterTopics.Position> positions() {
        return records == null
                ? List.of()
                : records.stream()
                        .map(p -> new DeadLetterTopics.Position(p.partition(), p.offset()))
                        .toList();
    }
}

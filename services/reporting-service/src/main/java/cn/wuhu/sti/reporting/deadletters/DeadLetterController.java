package cn.wuhu.sti.reporting.deadletters;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dead letters of a topic — the platform's ({@code sti.enterprise.v1.dlt}) or a department's
 * ({@code sti.enterprise.v1.finance-subsidy.dlt}) — and their redrive once the cause is fixed.
 */
@RestController
@Validated
@RequestMapping("/api/reports/admin/dead-letters/{topic}")
class DeadLetterController {

    private final DeadLetterTopics topics;

    DeadLetterController(DeadLetterTopics topics) {
        this.topics = topics;
    }

    record DeadLetters(String topic, List<DeadLetter> deadLetters) {}

    record Redriven(String topic, List<DeadLetter> redriven) {}

    @GetMapping
    DeadLetters listDeadLetters(
            @PathVariable String topic, @RequestParam(defaultValue = "500") @Min(1) @Max(5000) int limit) {
        return new DeadLetters(topic, topics.list(topic, limit));
    }

    @PostMapping("/redrive")
    Redriven redriveDeadLetters(@PathVariable String topic, @Valid @RequestBody RedriveRequest request) {
        return new Redriven(topic, topics.redrive(topic, request.positions()));
    }
}

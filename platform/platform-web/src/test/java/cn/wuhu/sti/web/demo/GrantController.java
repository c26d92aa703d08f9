package cn.wuhu.sti.web.demo;

import cn.wuhu.sti.domain.Conflict;
import cn.wuhu.sti.domain.NotFound;
import cn.wuhu.sti.web.FieldViolation;
import cn.wuhu.sti.web.InvalidFieldException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/demo/grants")
class GrantController {

    static final String COLLECTION = "demo_grants";

    private final MongoTemplate mongo;
    private final SlowGate slowGate;

    GrantController(MongoTemplate mongo, SlowGate slowGate) {
        this.mongo = mongo;
        this.slowGate = slowGate;
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> grant(@Valid @RequestBody GrantRequest request) {
        if (request.name().equals("Reserved")) {
            throw new InvalidFieldException("name", "is reserved");
        }
        if (request.name().equals("Backdated")) {
            throw InvalidFieldException.of(
                    new FieldViolation("name", "is not allowed for backdated grants"),
                    new FieldViolation("grantedOn", "must not be before 2000-01-01"));
        }
        String id = UUID.randomUUID().toString();
        mongo.insert(
                new Document("_id", id)
                        .append("name", request.name())
                        .append("district", request.district().name())
                        .append("approved", false),
                COLLECTION);
        return ResponseEntity.created(URI.create("/demo/grants/" + id))
                .body(Map.of("id", id, "name", request.name(), "amount", request.amount()));
    }

    @PostMapping("/slow")
    ResponseEntity<Map<String, Object>> grantSlowly(@Valid @RequestBody GrantRequest request)
            throws InterruptedException {
        slowGate.pass();
        return grant(request);
    }

    @GetMapping("/{id}")
    Map<String, Object> grant(@PathVariable String id) {
        Document grant = mongo.findById(id, Document.class, COLLECTION);
        if (grant == null) {
            throw new NotFound("No grant " + id);
        }
        return grant;
    }

    @PostMapping("/{id}/approval")
    Map<String, Object> approve(@PathVariable String id) {
        grant(id);
        boolean approved = mongo.updateFirst(
                                Query.query(Criteria.where("_id")
                                        .is(id)
                                        .and("approved")
                                        .is(false)),
                                Update.update("approved", true),
                                COLLECTION)
                        .getModifiedCount()
                == 1;
        if (!approved) {
            throw new Conflict("Grant " + id + " is already approved");
        }
        return Map.of("id", id, "approved", true);
    }

    @GetMapping
    Map<String, Object> count(@RequestParam District district, @RequestParam @Min(2000) int year) {
        long count = mongo.count(Query.query(Criteria.where("district").is(district.name())), COLLECTION);
        return Map.of("district", district, "year", year, "count", count);
    }

    @GetMapping("/maintenance")
    void maintenance(HttpServletResponse response) throws IOException {
        response.sendError(503, "db-host-7 is being patched");
    }

    @GetMapping("/boom")
    Map<String, Object> boom() {
        throw new IllegalStateException("secret internals at db-host-7");
    }
}

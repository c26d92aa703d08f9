package cn.wuhu.sti.reporting.rebuild;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RebuildController {

    private static final String PATH = "/api/reports/admin/rebuild";

    private final ReadModelRebuild rebuild;

    RebuildController(ReadModelRebuild rebuild) {
        this.rebuild = rebuild;
    }

    /** Accepted rather than done: the replay runs on in the listeners after the answer. */
    @PostMapping(PATH)
    @ResponseStatus(HttpStatus.ACCEPTED)
    RebuildProgress rebuild() {
        return rebuild.rebuild();
    }

    @GetMapping(PATH)
    RebuildProgress progress() {
        return rebuild.progress();
    }

    /** One rebuild at a time: the answer names the running one's progress. */
    @ExceptionHandler
    ProblemDetail alreadyRunning(ReadModelRebuild.RebuildRunning running) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, running.getMessage());
        problem.setProperty("progress", running.running());
        return problem;
    }
}

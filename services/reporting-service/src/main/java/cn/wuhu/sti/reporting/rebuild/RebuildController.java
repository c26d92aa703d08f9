package cn.wuhu.sti.reporting.rebuild;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RebuildController {

    private final ReadModelRebuild rebuild;

    RebuildController(ReadModelRebuild rebuild) {
        this.rebuild = rebuild;
    }

    /** Accepted rather than done: the replay runs on in the listeners after the answer. */
    @PostMapping("/api/reports/admin/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ReadModelRebuild.RebuildStarted rebuild() {
        return rebuild.rebuild();
    }
}

package cn.wuhu.sti.enterprise.conventions;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhu.sti.test.OpenApiReference;
import cn.wuhu.sti.test.service.ServiceConventions;
import cn.wuhu.sti.test.service.ServiceTest;
import org.junit.jupiter.api.Test;

@ServiceTest(properties = "sti.outbox.auto-startup=false")
class ConventionsTest extends ServiceConventions {

    @Test
    void theDocumentDescribesThePathsOfThePublicContract() throws Exception {
        assertThat(OpenApiReference.paths(OpenApiReference.served(mvc)))
                .containsKeys(
                        "/api/enterprises",
                        "/api/enterprises/{uscc}",
                        "/api/enterprises/{uscc}/recognitions",
                        "/api/enterprises/{uscc}/annual-reports");
    }
}

package cn.wuhu.sti.web.health;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhu.sti.web.WebEdgeTest;
import cn.wuhu.sti.web.support.Http.Answer;
import org.junit.jupiter.api.Test;

class MongoPingHealthTest extends WebEdgeTest {

    @Test
    void mongoIsUpOverTheWireServerThatLacksHello() {
        Answer answer = http.get("/actuator/health/mongo", null);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json()).containsEntry("status", "UP");
        assertThat(answer.text()).contains("\"database\":\"platform_web_test\"");
    }

    @Test
    void theWholeServiceIsUpWithoutAToken() {
        Answer answer = http.get("/actuator/health", null);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json()).containsEntry("status", "UP");
    }
}

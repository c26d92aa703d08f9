package cn.wuhu.sti.deploy;

import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import org.junit.jupiter.api.Test;

class ProbeTest {
    @Test
    void loads() {
        new KubernetesSerialization();
    }
}

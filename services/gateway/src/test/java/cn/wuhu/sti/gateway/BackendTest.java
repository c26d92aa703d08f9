package cn.wuhu.sti.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BackendTest {

    @Test
    void talentOwnsItsPathOnPort8081WithReadAndWriteScopes() {
        assertThat(Backend.TALENT.pathPattern()).isEqualTo("/api/talent/**");
        assertThat(Backend.TALENT.defaultPort()).isEqualTo(8081);
        assertThat(Backend.TALENT.scopes()).containsExactly("talent:read", "talent:write");
    }

    @Test
    void reportingAlsoHasItsAdminScope() {
        assertThat(Backend.REPORTS.scopes()).containsExactly("reports:read", "reports:write", "reports:admin");
    }
}

package cn.wuhu.sti.reporting.conventions;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhu.sti.test.OpenApiReference;
import cn.wuhu.sti.test.service.ServiceConventions;
import org.junit.jupiter.api.Test;

class ConventionsTest extends ServiceConventions {

    /** The talent, techmarket and parks models share the fact kernel ({@code fact.model}): counting by year and district. */
    @Override
    protected boolean featureModelsStandAlone() {
        return false;
    }

    @Test
    void theDocumentDescribesThePathsOfThePublicContract() throws Exception {
        assertThat(OpenApiReference.paths(OpenApiReference.served(mvc)))
                .containsKeys("/api/reports/indicators", "/api/reports/admin/rebuild", "/api/reports/statistics");
    }
}

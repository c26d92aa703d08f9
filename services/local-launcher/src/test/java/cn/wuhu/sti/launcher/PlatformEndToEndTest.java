package cn.wuhu.sti.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhu.sti.test.TopicProbe;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The end-to-end scenarios on the launcher's own infrastructure: a real KRaft broker and the Mongo wire server. */
class PlatformEndToEndTest extends EndToEndScenarios {

    @BeforeAll
    static void startOnTheEmbeddedInfrastructure() throws Exception {
        startThePlatform(PlatformOptions.defaults()
                .withInfrastructurePorts(TopicProbe.freePort(), TopicProbe.freePort(), TopicProbe.freePort()));
    }

    /**
     * The demo loaded as {@code ./sti-local --demo} loads it, through the gateway; then the 2023 work summary, written
     * by reporting from its indicators alone, says what the bureau's own report (the seed) says in 主要成效.
     */
    @Test
    void theDemoLoadedThroughTheGatewayGivesA2023SummaryStatingTheSeedsHeadlineFigures() throws Exception {
        new DemoData(platform.gatewayUrl()).load(System.out);

        HttpResponse<String> response = admin.get("/api/reports/summary?year=2023");
        assertThat(response.statusCode()).isEqualTo(200);
        String summary = response.body();
        System.out.println(summary);
        assertThat(summary)
                .startsWith("# 芜湖市科技局2023年工作总结")
                .contains("新招引95个高层次科技人才团队来芜湖落地")
                .contains("高新技术企业和科技型中小企业分别突破2000家、3000家")
                .contains("新认定高新技术企业368家")
                .contains("新入库科技型中小企业1007家")
                .contains("无研发活动清零199家、无研发机构清零71家")
                .contains("科技领军企业省级2家")
                .contains("成交额1018.34亿元")
                .contains("发布科技成果2104项，增长45.5%")
                .contains("“揭榜挂帅”项目20项")
                .contains("全社会研发经费投入达169.40亿元")
                .contains("占GDP比重达3.76%，较上年提高0.28个百分点")
                .contains("财政科技支出达78.20亿元，增长7.04%");
        // 历年之最: no earlier year of the demo recognized as many firms for the first time.
        assertThat(summary).containsPattern("新认定高新技术企业368家[^；。]*，为历年之最");
        assertThat(summary).containsPattern("新入库科技型中小企业1007家[^；。]*，为历年之最");

        // And the leader's dashboard of 2023, kept as the build's picture of it (where there is a browser: the test
        // of the dashboard itself says so when there is none).
        if (!DashboardBrowser.available()) {
            return;
        }
        try (DashboardBrowser browser = DashboardBrowser.start()) {
            browser.signInToTheDashboard(platform.gatewayUrl(), 2023, "leader", "leader-secret");
            assertThat(browser.waitFor("#indicator-table button.value[data-code='enterprise.hightech.new']")
                            .getText())
                    .isEqualTo("368");
            assertThat(browser.chartsDrawn()).hasSize(3);
            System.out.println("dashboard screenshot: "
                    + browser.screenshot(Path.of("target", "dashboard", "dashboard-2023.png"))
                            .toAbsolutePath());
        }
    }
}

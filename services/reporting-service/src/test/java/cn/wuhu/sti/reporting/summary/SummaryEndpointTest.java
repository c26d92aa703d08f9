package cn.wuhu.sti.reporting.summary;

import static cn.wuhu.sti.reporting.support.Scopes.READER;
import static cn.wuhu.sti.reporting.support.Scopes.WRITER;
import static cn.wuhu.sti.reporting.support.TalentEvents.teamLanded;
import static cn.wuhu.sti.reporting.support.TalentEvents.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Tier;
import cn.wuhu.sti.reporting.support.EnterpriseEvents;
import cn.wuhu.sti.reporting.support.Indicators;
import cn.wuhu.sti.reporting.support.Scopes;
import cn.wuhu.sti.reporting.support.StatisticsEvents;
import cn.wuhu.sti.reporting.support.TechmarketEvents;
import cn.wuhu.sti.test.service.ServiceTest;
import cn.wuhu.sti.test.service.TopicPublisher;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The work summary, its Word document and the Excel workbook over events of {@value #YEAR} and the year before (years
 * no other test uses): 2 teams landed in {@value #BEFORE}, 3 in {@value #YEAR} against a target of 6, 8 then 12
 * high-tech recognitions, one contract of 123,456,789 yuan, and the statistics of both years (3.50 % then the seed's
 * 3.76 %).
 */
@ServiceTest
class SummaryEndpointTest {

    private static final int YEAR = 2065;
    private static final int BEFORE = 2064;
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @RegisterExtension
    static final TopicPublisher publisher = TopicPublisher.onTheSharedBroker();

    @Autowired
    MockMvc mvc;

    @BeforeAll
    static void eventsOfTwoYears(@Autowired MockMvc mvc) throws Exception {
        for (int i = 0; i < 2; i++) {
            publisher.send(
                    TopicPublisher.asCloudEvent(teamLanded(uniqueId("team"), BEFORE + "-04-01", District.JINGHU)));
        }
        for (int i = 0; i < 3; i++) {
            publisher.send(TopicPublisher.asCloudEvent(teamLanded(uniqueId("team"), YEAR + "-04-01", District.WUWEI)));
        }
        // 8 high-tech firms recognized in the year before, 12 more in the year: 20 valid, past the round 20 from 8.
        for (int i = 0; i < 20; i++) {
            String uscc = EnterpriseEvents.uniqueUscc();
            String on = (i < 8 ? BEFORE : YEAR) + "-05-01";
            publisher.send(TopicPublisher.asCloudEvent(EnterpriseEvents.recognized(
                    uscc,
                    District.JIUJIANG,
                    Tier.HIGH_TECH,
                    on,
                    LocalDate.parse(on).plusYears(3).minusDays(1).toString())));
        }
        publisher.send(TopicPublisher.asCloudEvent(TechmarketEvents.registered(
                TechmarketEvents.uniqueRegistrationNo(),
                YEAR + "-03-01",
                YEAR + "-03-02",
                District.WHTZ,
                "123456789.00")));
        publisher.send(TopicPublisher.asCloudEvent(
                StatisticsEvents.reported(BEFORE, 1, "400000000000.00", "14000000000.00", "7000000000.00")));
        publisher.send(TopicPublisher.asCloudEvent(StatisticsEvents.seed2023(YEAR, 1)));
        mvc.perform(put("/api/reports/targets/" + YEAR)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"targets\":{\"talent.teams.landed\":6}}")
                        .with(WRITER))
                .andExpect(status().isOk());
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var now = Indicators.of(mvc, YEAR);
            var before = Indicators.of(mvc, BEFORE);
            return Indicators.count(now, "talent.teams.landed") == 3
                    && Indicators.count(now, "enterprise.hightech.total") == 20
                    && Indicators.count(before, "talent.teams.landed") == 2
                    && now.get("techmarket.contracts.amount").signum() > 0
                    && now.containsKey("rd.intensity")
                    && before.containsKey("rd.intensity");
        });
    }

    @Test
    void theSummaryStatesTheFiguresOfTheEventsAndChangesWhenAnotherArrives() throws Exception {
        String summary = markdown();
        assertThat(summary)
                .startsWith("# 芜湖市科技局" + YEAR + "年工作总结\n\n")
                .contains("一是人才招引。新招引3个高层次科技人才团队来芜湖落地，增长50%，完成年度目标（6个）的50%，未完成目标。")
                .contains("认定登记技术合同1项，成交额1.23亿元")
                .contains("全社会研发经费投入达169.40亿元，增长21%，占GDP比重达3.76%，较上年提高0.26个百分点")
                .contains("财政科技支出达78.20亿元，增长11.71%")
                // (Other tests' firms may hold designations by then: their clauses may follow.)
                .contains("二是企业梯度培育。高新技术企业突破20家；新认定高新技术企业12家，增长50%，为历年之最")
                .doesNotContain("科技型中小企业") // none in the year: no sentence, rather than 0
                .doesNotContainPattern("[^0-9]0家");

        for (int i = 0; i < 3; i++) {
            publisher.send(
                    TopicPublisher.asCloudEvent(teamLanded(uniqueId("team"), YEAR + "-09-01", District.NANLING)));
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> markdown().contains("新招引6个高层次科技人才团队来芜湖落地，增长200%，完成年度目标（6个）的100%。"));
    }

    @Test
    void theWordDocumentHoldsTheTitleAndTheSameParagraphs() throws Exception {
        String[] blocks = markdown().split("\n\n");
        byte[] docx = mvc.perform(get("/api/reports/summary")
                        .param("year", "" + YEAR)
                        .accept(DOCX)
                        .with(READER))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(DOCX))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            var paragraphs = document.getParagraphs().stream()
                    .map(XWPFParagraph::getText)
                    .toList();
            assertThat(paragraphs.get(0)).isEqualTo("芜湖市科技局" + YEAR + "年工作总结");
            assertThat(paragraphs.get(1)).isEqualTo(blocks[1]).startsWith("一是人才招引。");
            assertThat(paragraphs).hasSize(blocks.length);
        }
    }

    @Test
    void theWorkbookHoldsTheIndicatorsAsNumbersUnderAFrozenChineseHeader() throws Exception {
        BigDecimal json = Indicators.of(mvc, YEAR).get("techmarket.contracts.amount");
        byte[] xlsx = mvc.perform(get("/api/reports/indicators")
                        .param("year", "" + YEAR)
                        .accept(XLSX)
                        .with(READER))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(XLSX))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("指标");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("代码");
            assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("完成进度%");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            Row amount = row(sheet, "techmarket.contracts.amount");
            assertThat(amount.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(BigDecimal.valueOf(amount.getCell(2).getNumericCellValue()))
                    .isEqualByComparingTo(json);
            assertThat(amount.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            Row teams = row(sheet, "talent.teams.landed");
            assertThat(teams.getCell(4).getNumericCellValue()).isEqualTo(6.0);
            assertThat(teams.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);

            Sheet districts = workbook.getSheet("区县");
            assertThat(districts.getRow(0).getCell(3).getStringCellValue())
                    .isEqualTo(District.values()[0].chineseName());
            assertThat(districts.getPaneInformation().isFreezePane()).isTrue();
            Row contracts = row(districts, "techmarket.contracts.amount");
            int whtz = 3 + District.WHTZ.ordinal();
            assertThat(contracts.getCell(whtz).getNumericCellValue()).isEqualTo(123456789.0);
            assertThat(workbook.getSheet("产业")).isNotNull();
        }
    }

    @Test
    void theIndicatorsStayJsonByDefault() throws Exception {
        mvc.perform(get("/api/reports/indicators").param("year", "" + YEAR).with(READER))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.year").value(YEAR));
        mvc.perform(get("/api/reports/indicators")
                        .param("year", "" + YEAR)
                        .header("Accept", "*/*")
                        .with(READER))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
    }

    @Test
    void theSummaryIsMarkdownByDefaultAndNotJson() throws Exception {
        mvc.perform(get("/api/reports/summary").param("year", "" + YEAR).with(READER))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/markdown"))
                .andExpect(content().contentType("text/markdown;charset=UTF-8"));
        mvc.perform(get("/api/reports/summary")
                        .param("year", "" + YEAR)
                        .header("Accept", "*/*")
                        .with(READER))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/markdown"));
        mvc.perform(get("/api/reports/summary")
                        .param("year", "" + YEAR)
                        .accept(MediaType.APPLICATION_JSON)
                        .with(READER))
                .andExpect(status().isNotAcceptable());
    }

    @Test
    void aMissingOrBadYearIsABadRequestNamingTheYear() throws Exception {
        mvc.perform(get("/api/reports/summary").with(READER))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
        mvc.perform(get("/api/reports/summary")
                        .param("year", "20x3")
                        .accept(DOCX)
                        .with(READER))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/reports/indicators")
                        .param("year", "3000")
                        .accept(XLSX)
                        .with(READER))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theSummaryNeedsTheReportsReadScope() throws Exception {
        mvc.perform(get("/api/reports/summary").param("year", "" + YEAR)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/reports/summary").param("year", "" + YEAR).with(Scopes.scope("talent:read")))
                .andExpect(status().isForbidden());
    }

    private String markdown() throws Exception {
        return new String(
                mvc.perform(get("/api/reports/summary").param("year", "" + YEAR).with(READER))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray(),
                StandardCharsets.UTF_8);
    }

    private static Row row(Sheet sheet, String code) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && code.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError(code + " is not in sheet " + sheet.getSheetName());
    }
}

package cn.wuhu.sti.techmarket.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.wuhu.sti.test.service.Callers;
import com.jayway.jsonpath.JsonPath;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Callers, valid request bodies and small steps of the tech-market API, for the tests that call it through MockMvc. */
final class TechmarketApi {

    private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    static MockHttpServletRequestBuilder write(String path, String body) {
        return Callers.written("techmarket", post(path), body);
    }

    static RequestPostProcessor writer() {
        return Callers.writer("techmarket");
    }

    static RequestPostProcessor reader() {
        return Callers.reader("techmarket");
    }

    /** A 16-digit registration number not handed out before in this JVM. */
    static String freshRegistrationNo() {
        return "2023" + String.format("%012d", SERIAL.incrementAndGet());
    }

    static String contract(String registrationNo, String sellerUscc, String contractAmount, String transactionAmount) {
        return """
                {"registrationNo":"%s","kind":"DEVELOPMENT",
                 "seller":{"uscc":"%s","name":"芜湖智能装备研究院有限公司"},"buyer":{"name":"安徽某汽车零部件有限公司"},
                 "contractAmount":%s,"techTransactionAmount":%s,
                 "signedOn":"2022-12-20","registeredOn":"2023-01-10","district":"JIUJIANG"}""".formatted(registrationNo, sellerUscc, contractAmount, transactionAmount);
    }

    static String correction(String correctedOn, String registeredOn, String district, String contractAmount) {
        return """
                {"correctedOn":"%s","kind":"TRANSFER",
                 "seller":{"name":"芜湖智能装备研究院有限公司"},"buyer":{"name":"安徽某汽车零部件有限公司"},
                 "contractAmount":%s,"techTransactionAmount":%s,
                 "signedOn":"2022-12-20","registeredOn":"%s","district":"%s"}""".formatted(correctedOn, contractAmount, contractAmount, registeredOn, district);
    }

    static String withdrawal(String date) {
        return "{\"date\":\"%s\",\"reason\":\"合同双方解除合同\"}".formatted(date);
    }

    static String achievement(String title, String industry) {
        return "{\"title\":\"%s\",\"owner\":\"安徽工程大学\",\"industry\":\"%s\",\"publishedOn\":\"2023-03-01\"}"
                .formatted(title, industry);
    }

    static String demand(String title, String uscc, String industry) {
        return "{\"title\":\"%s\",\"enterpriseUscc\":\"%s\",\"industry\":\"%s\",\"publishedOn\":\"2023-03-05\"}"
                .formatted(title, uscc, industry);
    }

    static String match(String achievementId, String demandId, String matchedOn) {
        return "{\"achievementId\":\"%s\",\"demandId\":\"%s\",\"matchedOn\":\"%s\"}"
                .formatted(achievementId, demandId, matchedOn);
    }

    static String challenge(String category) {
        return "{\"title\":\"车规级芯片封装工艺\",\"category\":\"%s\",\"industry\":\"SEMI_3G\",\"publishedOn\":\"2023-02-01\"}"
                .formatted(category);
    }

    static String award(String uscc, String amount, String date) {
        return "{\"winner\":{\"uscc\":\"%s\",\"name\":\"芜湖芯研科技有限公司\"},\"amount\":%s,\"date\":\"%s\"}"
                .formatted(uscc, amount, date);
    }

    static String completion(String date, String outcome) {
        return "{\"date\":\"%s\",\"outcome\":\"%s\"}".formatted(date, outcome);
    }

    static String scenario(String list) {
        return "{\"title\":\"港口无人集卡调度\",\"list\":\"%s\",\"industry\":\"AI\",\"publishedOn\":\"2023-04-01\"}"
                .formatted(list);
    }

    static String landing(String date, String district) {
        return "{\"date\":\"%s\",\"district\":\"%s\"}".formatted(date, district);
    }

    static String programmeProject(String uscc, String publicFunding, String selfInvestment) {
        return """
                {"title":"高功率密度电驱系统研发","kind":"REGULAR","leadUscc":"%s","district":"WHTZ",
                 "approvedOn":"2023-06-01","publicFunding":%s,"selfInvestment":%s}""".formatted(uscc, publicFunding, selfInvestment);
    }

    static String activity(String kind, String heldOn) {
        return "{\"title\":\"新能源汽车产业科技畅聊会\",\"kind\":\"%s\",\"heldOn\":\"%s\"}".formatted(kind, heldOn);
    }

    /** POSTs a valid body, expects 201 and returns the id the answer names. */
    static String created(MockMvc mvc, String path, String body) throws Exception {
        String answer = mvc.perform(write(path, body))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(answer, "$.id");
    }

    private TechmarketApi() {}
}

package cn.wuhu.sti.talent.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.wuhu.sti.test.service.Callers;
import com.jayway.jsonpath.JsonPath;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Callers, valid request bodies and small steps of the talent API, for the tests that call it through MockMvc. */
final class TalentApi {

    static MockHttpServletRequestBuilder write(String path, String body) {
        return Callers.written("talent", post(path), body);
    }

    static RequestPostProcessor writer() {
        return Callers.writer("talent");
    }

    static RequestPostProcessor reader() {
        return Callers.reader("talent");
    }

    static String team(String district) {
        return """
                {"name":"固态电池团队","leader":"李明","industry":"NEW_ENERGY","district":"%s","originRegion":"上海"}""".formatted(district);
    }

    static String dated(String date) {
        return "{\"date\":\"%s\"}".formatted(date);
    }

    static String landing(String date, String district) {
        return "{\"date\":\"%s\",\"district\":\"%s\"}".formatted(date, district);
    }

    static String incorporation(String date, String uscc) {
        return "{\"date\":\"%s\",\"uscc\":\"%s\",\"name\":\"芜湖固能科技有限公司\"}".formatted(date, uscc);
    }

    static String dropping(String date) {
        return "{\"date\":\"%s\",\"reason\":\"选择落户其他城市\"}".formatted(date);
    }

    static String fundProject(String sourcedOn) {
        return "{\"name\":\"高精度激光雷达\",\"industry\":\"NEV_ICV\",\"sourcedOn\":\"%s\"}".formatted(sourcedOn);
    }

    static String investment(String date, String amount) {
        return "{\"date\":\"%s\",\"amount\":%s}".formatted(date, amount);
    }

    static String enclave(String openedOn) {
        return "{\"name\":\"芜湖（上海）创新飞地\",\"city\":\"上海\",\"openedOn\":\"%s\"}".formatted(openedOn);
    }

    static String enclaveProject(String incubatedOn) {
        return "{\"name\":\"工业机器人视觉\",\"industry\":\"ROBOTICS\",\"incubatedOn\":\"%s\"}".formatted(incubatedOn);
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

    /**
     * Documents in each talent collection and the sum of their versions. The store writes an event only with an
     * insert or a version step, so an unchanged snapshot means nothing was stored and nothing queued to publish,
     * while the running relay may drain earlier entries meanwhile.
     */
    private TalentApi() {}
}

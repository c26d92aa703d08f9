package cn.wuhu.sti.parks.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.wuhu.sti.test.service.Callers;
import com.jayway.jsonpath.JsonPath;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Callers, valid request bodies and small steps of the parks API, for the tests that call it through MockMvc. */
final class ParksApi {

    static MockHttpServletRequestBuilder write(String path, String body) {
        return Callers.written("parks", post(path), body);
    }

    static RequestPostProcessor writer() {
        return Callers.writer("parks");
    }

    static RequestPostProcessor reader() {
        return Callers.reader("parks");
    }

    /** A park planned on 2022-12-01. */
    static String park(String industry, String plannedArea) {
        return """
                {"name":"芜湖新能源汽车产业园","district":"WHTZ","industry":"%s","plannedArea":%s,
                 "plannedOn":"2022-12-01"}""".formatted(industry, plannedArea);
    }

    /** A park planned today, the day the service records it. */
    static String parkPlannedToday(String industry) {
        return "{\"name\":\"芜湖低空经济产业园\",\"district\":\"WUWEI\",\"industry\":\"%s\",\"plannedArea\":1000}"
                .formatted(industry);
    }

    static String date(String date) {
        return "{\"date\":\"%s\"}".formatted(date);
    }

    static String opening(String date, String usableArea) {
        return "{\"date\":\"%s\",\"usableArea\":%s}".formatted(date, usableArea);
    }

    static String tenant(String uscc, String area, String movedInOn) {
        return "{\"uscc\":\"%s\",\"name\":\"芜湖某智能科技有限公司\",\"area\":%s,\"movedInOn\":\"%s\"}"
                .formatted(uscc, area, movedInOn);
    }

    static String carrier(String kind, String level, String accreditedOn) {
        return "{\"name\":\"芜湖科创孵化器\",\"kind\":\"%s\",\"level\":\"%s\",\"district\":\"JIUJIANG\",\"accreditedOn\":\"%s\"}"
                .formatted(kind, level, accreditedOn);
    }

    static String level(String level, String date) {
        return "{\"level\":\"%s\",\"date\":\"%s\"}".formatted(level, date);
    }

    static String platform(String kind, String level) {
        return """
                {"name":"芜湖新能源汽车技术创新中心","kind":"%s","level":"%s","district":"YIJIANG",
                 "backer":"奇瑞汽车股份有限公司","accreditedOn":"2023-05-10"}""".formatted(kind, level);
    }

    static String dispatch(String chair, String parkIds, int raised, int resolved) {
        return "{\"heldOn\":\"2023-06-15\",\"chair\":\"%s\",\"parkIds\":[%s],\"issuesRaised\":%d,\"issuesResolved\":%d}"
                .formatted(chair, parkIds, raised, resolved);
    }

    /** A park planned, under construction from 2023-01-10 and in use from 2023-03-01 with {@code usableArea} m². */
    static String parkInUse(MockMvc mvc, String industry, String usableArea) throws Exception {
        String park = "/api/parks/" + created(mvc, "/api/parks", park(industry, "200000"));
        mvc.perform(write(park + "/construction", date("2023-01-10"))).andExpect(status().isCreated());
        mvc.perform(write(park + "/opening", opening("2023-03-01", usableArea))).andExpect(status().isCreated());
        return park;
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

    private ParksApi() {}
}

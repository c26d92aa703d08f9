package cn.wuhu.sti.enterprise.web;

import cn.wuhu.sti.test.service.Callers;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Callers and valid request bodies of the enterprise API, for the tests that call it through MockMvc. */
public final class EnterpriseApi {

    public static MockHttpServletRequestBuilder write(MockHttpServletRequestBuilder request, String body) {
        return Callers.written("enterprise", request, body);
    }

    public static RequestPostProcessor writer() {
        return Callers.writer("enterprise");
    }

    public static RequestPostProcessor reader() {
        return Callers.reader("enterprise");
    }

    public static String registration(String uscc, String district) {
        return """
                {"uscc":"%s","name":"芜湖样例科技有限公司","district":"%s","industry":"NEV_ICV","registeredOn":"2019-04-01"}""".formatted(uscc, district);
    }

    public static String recognition(String certificateNo, String from, String until) {
        return """
                {"tier":"HIGH_TECH","certificateNo":"%s","recognizedOn":"%s","validUntil":"%s"}""".formatted(certificateNo, from, until);
    }

    public static String annualReport(int year, String revenue) {
        return """
                {"year":%d,"revenue":%s,"rdExpense":1000000,"rdActivity":false,"rdInstitution":false,
                 "sciTechStaff":5,"staff":50,"highTechRevenue":0,"aboveScaleManufacturer":true}""".formatted(year, revenue);
    }

    private EnterpriseApi() {}
}

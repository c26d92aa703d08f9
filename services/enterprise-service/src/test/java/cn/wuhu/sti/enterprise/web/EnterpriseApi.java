package cn.wuhu.sti.enterprise.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Callers and valid request bodies of the enterprise API, for the tests that call it through MockMvc. */
final class EnterpriseApi {

    static MockHttpServletRequestBuilder write(MockHttpServletRequestBuilder request, String body) {
        return request.with(writer()).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    static RequestPostProcessor writer() {
        return jwt().jwt(j -> j.subject("bureau-admin"))
                .authorities(
                        new SimpleGrantedAuthority("SCOPE_enterprise:write"),
                        new SimpleGrantedAuthority("SCOPE_enterprise:read"));
    }

    static RequestPostProcessor reader() {
        return jwt().jwt(j -> j.subject("dept-reader"))
                .authorities(new SimpleGrantedAuthority("SCOPE_enterprise:read"));
    }

    static String registration(String uscc, String district) {
        return """
                {"uscc":"%s","name":"芜湖样例科技有限公司","district":"%s","industry":"NEV_ICV","registeredOn":"2019-04-01"}""".formatted(uscc, district);
    }

    static String recognition(String certificateNo, String from, String until) {
        return """
                {"tier":"HIGH_TECH","certificateNo":"%s","recognizedOn":"%s","validUntil":"%s"}""".formatted(certificateNo, from, until);
    }

    static String annualReport(int year, String revenue) {
        return """
                {"year":%d,"revenue":%s,"rdExpense":1000000,"rdActivity":false,"rdInstitution":false,
                 "sciTechStaff":5,"staff":50,"highTechRevenue":0,"aboveScaleManufacturer":true}""".formatted(year, revenue);
    }

    private EnterpriseApi() {}
}

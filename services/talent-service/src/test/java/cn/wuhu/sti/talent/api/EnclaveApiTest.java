package cn.wuhu.sti.talent.api;

import static cn.wuhu.sti.talent.api.TalentApi.created;
import static cn.wuhu.sti.talent.api.TalentApi.enclave;
import static cn.wuhu.sti.talent.api.TalentApi.enclaveProject;
import static cn.wuhu.sti.talent.api.TalentApi.landing;
import static cn.wuhu.sti.talent.api.TalentApi.reader;
import static cn.wuhu.sti.talent.api.TalentApi.write;
import static cn.wuhu.sti.test.service.TestData.unknownId;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.wuhu.sti.test.service.ServiceTest;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ServiceTest
class EnclaveApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void anEnclaveIncubatesAProjectThatLandsInADistrictOnce() throws Exception {
        String id = created(mvc, "/api/talent/enclaves", enclave("2022-09-01"));
        String enclave = "/api/talent/enclaves/" + id;

        String answer = mvc.perform(write(enclave + "/projects", enclaveProject("2023-01-15")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.enclaveId").value(id))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String projectId = JsonPath.read(answer, "$.id");
        String project = enclave + "/projects/" + projectId;

        mvc.perform(write(project + "/landing", landing("2023-08-01", "WETDZ")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", project))
                .andExpect(jsonPath("$.landedOn").value("2023-08-01"))
                .andExpect(jsonPath("$.landedDistrict").value("WETDZ"));
        mvc.perform(write(project + "/landing", landing("2023-09-01", "JINGHU")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("WETDZ")));

        mvc.perform(get(project).with(reader()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.landedDistrict").value("WETDZ"))
                .andExpect(jsonPath("$.industry").value("ROBOTICS"));
        mvc.perform(get(enclave).with(reader()))
                .andExpect(jsonPath("$.city").value("上海"))
                .andExpect(jsonPath("$.openedOn").value("2022-09-01"))
                .andExpect(jsonPath("$.projects.length()").value(1))
                .andExpect(jsonPath("$.projects[0].id").value(projectId));
        mvc.perform(get("/api/talent/enclaves?size=200").with(reader()))
                .andExpect(jsonPath("$.items[*].id").value(hasItem(id)));
    }

    @Test
    void anEnclaveInWuhuOrAProjectBeforeTheEnclaveOpenedIs400NamingTheField() throws Exception {
        mvc.perform(write("/api/talent/enclaves", enclave("2022-09-01").replace("上海", "芜湖")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("city")));
        String enclave = "/api/talent/enclaves/" + created(mvc, "/api/talent/enclaves", enclave("2022-09-01"));

        mvc.perform(write(enclave + "/projects", enclaveProject("2022-08-31")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("incubatedOn")));
        mvc.perform(get(enclave).with(reader()))
                .andExpect(jsonPath("$.projects.length()").value(0));
    }

    @Test
    void anUnknownEnclaveOrProjectIs404() throws Exception {
        mvc.perform(get("/api/talent/enclaves/" + unknownId()).with(reader())).andExpect(status().isNotFound());
        mvc.perform(write("/api/talent/enclaves/" + unknownId() + "/projects", enclaveProject("2023-01-15")))
                .andExpect(status().isNotFound());
        String enclave = "/api/talent/enclaves/" + created(mvc, "/api/talent/enclaves", enclave("2022-09-01"));
        mvc.perform(write(enclave + "/projects/" + unknownId() + "/landing", landing("2023-08-01", "WETDZ")))
                .andExpect(status().isNotFound());
        mvc.perform(get(enclave + "/projects/" + unknownId()).with(reader())).andExpect(status().isNotFound());
    }
}

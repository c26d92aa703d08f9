package cn.wuhu.sti.parks.api;

import static cn.wuhu.sti.parks.api.ParksApi.carrier;
import static cn.wuhu.sti.parks.api.ParksApi.created;
import static cn.wuhu.sti.parks.api.ParksApi.dispatch;
import static cn.wuhu.sti.parks.api.ParksApi.level;
import static cn.wuhu.sti.parks.api.ParksApi.park;
import static cn.wuhu.sti.parks.api.ParksApi.platform;
import static cn.wuhu.sti.parks.api.ParksApi.reader;
import static cn.wuhu.sti.parks.api.ParksApi.write;
import static cn.wuhu.sti.test.service.TestData.unknownId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.wuhu.sti.test.service.ServiceTest;
import cn.wuhu.sti.test.service.StoreSnapshot;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Incubation carriers, innovation platforms and dispatch meetings through HTTP. */
@ServiceTest
class OtherFeaturesApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MongoTemplate mongo;

    @Test
    void aCarrierLevelOnlyRisesAndEveryRaiseIsDated() throws Exception {
        String id = created(mvc, "/api/parks/carriers", carrier("MAKER_SPACE", "MUNICIPAL", "2021-06-01"));
        String carrier = "/api/parks/carriers/" + id;

        mvc.perform(write(carrier + "/level", level("PROVINCIAL", "2023-07-01")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.level").value("PROVINCIAL"));
        var before = StoreSnapshot.of(mongo);
        mvc.perform(write(carrier + "/level", level("PROVINCIAL", "2023-08-01")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("PROVINCIAL")));
        mvc.perform(write(carrier + "/level", level("MUNICIPAL", "2023-08-01"))).andExpect(status().isConflict());
        mvc.perform(write(carrier + "/level", level("NATIONAL", "2023-06-30")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("date")));
        assertThat(StoreSnapshot.of(mongo)).isEqualTo(before);

        mvc.perform(get(carrier).with(reader()))
                .andExpect(jsonPath("$.accreditedOn").value("2021-06-01"))
                .andExpect(jsonPath("$.levels[*].level").value(contains("MUNICIPAL", "PROVINCIAL")))
                .andExpect(jsonPath("$.levels[1].date").value("2023-07-01"));
        mvc.perform(get("/api/parks/carriers?kind=MAKER_SPACE&level=PROVINCIAL&district=JIUJIANG&size=200")
                        .with(reader()))
                .andExpect(jsonPath("$.items[*].id").value(hasItem(id)));
        mvc.perform(write("/api/parks/carriers/" + unknownId() + "/level", level("NATIONAL", "2023-08-01")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aPlatformIsAccreditedWithTheOrganisationBehindIt() throws Exception {
        String id = created(mvc, "/api/parks/platforms", platform("TECH_INNOVATION_CENTER", "PROVINCIAL"));

        mvc.perform(get("/api/parks/platforms/" + id).with(reader()))
                .andExpect(jsonPath("$.kind").value("TECH_INNOVATION_CENTER"))
                .andExpect(jsonPath("$.backer").value("奇瑞汽车股份有限公司"))
                .andExpect(jsonPath("$.accreditedOn").value("2023-05-10"));
        mvc.perform(get("/api/parks/platforms?kind=TECH_INNOVATION_CENTER&level=PROVINCIAL&size=200")
                        .with(reader()))
                .andExpect(jsonPath("$.items[*].id").value(hasItem(id)));
        mvc.perform(get("/api/parks/platforms/" + unknownId()).with(reader())).andExpect(status().isNotFound());
    }

    @Test
    void aDispatchMeetingOnParksThatExistIsRecordedAndAnUnknownParkIs404NamingIt() throws Exception {
        String first = created(mvc, "/api/parks", park("AI", "1000"));
        String second = created(mvc, "/api/parks", park("ROBOTICS", "1000"));
        String unknown = unknownId();

        var before = StoreSnapshot.of(mongo);
        mvc.perform(write(
                        "/api/parks/dispatches",
                        dispatch("CITY_LEADER", "\"%s\",\"%s\"".formatted(first, unknown), 3, 1)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString(unknown)));
        assertThat(StoreSnapshot.of(mongo)).isEqualTo(before);

        String id = created(
                mvc, "/api/parks/dispatches", dispatch("BUREAU", "\"%s\",\"%s\"".formatted(first, second), 5, 4));
        mvc.perform(get("/api/parks/dispatches/" + id).with(reader()))
                .andExpect(jsonPath("$.chair").value("BUREAU"))
                .andExpect(jsonPath("$.parkIds").value(contains(first, second)))
                .andExpect(jsonPath("$.issuesResolved").value(4));
        mvc.perform(get("/api/parks/dispatches?chair=BUREAU&parkId=" + second).with(reader()))
                .andExpect(jsonPath("$.items[*].id").value(contains(id)));
        mvc.perform(write("/api/parks/dispatches", dispatch("BUREAU", "\"%s\"".formatted(first), 1, 2)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("issuesResolved")));
    }
}

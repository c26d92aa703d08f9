package cn.wuhu.sti.parks.api;

import static cn.wuhu.sti.parks.api.ParksApi.carrier;
import static cn.wuhu.sti.parks.api.ParksApi.created;
import static cn.wuhu.sti.parks.api.ParksApi.date;
import static cn.wuhu.sti.parks.api.ParksApi.dispatch;
import static cn.wuhu.sti.parks.api.ParksApi.level;
import static cn.wuhu.sti.parks.api.ParksApi.opening;
import static cn.wuhu.sti.parks.api.ParksApi.park;
import static cn.wuhu.sti.parks.api.ParksApi.parkInUse;
import static cn.wuhu.sti.parks.api.ParksApi.platform;
import static cn.wuhu.sti.parks.api.ParksApi.tenant;
import static cn.wuhu.sti.parks.api.ParksApi.write;
import static cn.wuhu.sti.parks.api.ParksApi.writer;
import static cn.wuhu.sti.test.service.TestData.freshUscc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.wuhu.sti.test.service.BadInput;
import cn.wuhu.sti.test.service.ServiceTest;
import cn.wuhu.sti.test.service.StoreSnapshot;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Malformed, truncated, wrongly typed and oversized bodies at every POST of the parks API: each is refused with a
 * 4xx problem naming the field, and nothing is stored or queued for publication.
 */
@ServiceTest
class BadInputTest {

    private static final int TRIES = 100;

    @Autowired
    MockMvc mvc;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    ApplicationContext context;

    @Test
    void everyParkEndpointRefusesBadBodiesAndStoresNothing() throws Exception {
        String planned = "/api/parks/" + created(mvc, "/api/parks", park("AI", "1000"));
        String building = "/api/parks/" + created(mvc, "/api/parks", park("AI", "1000"));
        mvc.perform(write(building + "/construction", date("2023-01-01"))).andExpect(status().isCreated());
        String inUse = parkInUse(mvc, "AI", "1000");
        String tenant = freshUscc();
        mvc.perform(write(inUse + "/tenants", tenant(tenant, "10", "2023-04-01")))
                .andExpect(status().isCreated());

        // Without the optional plannedOn: a body that only loses it, or has it null, is a valid one.
        refusesEveryBadBody("/api/parks", ParksApi.parkPlannedToday("AI"));
        refusesEveryBadBody(planned + "/construction", date("2023-01-01"));
        refusesEveryBadBody(building + "/opening", opening("2023-03-01", "500"));
        refusesEveryBadBody(inUse + "/tenants", tenant(freshUscc(), "10", "2023-05-01"));
        refusesEveryBadBody(inUse + "/tenants/" + tenant + "/move-out", date("2023-06-01"));
    }

    @Test
    void everyCarrierPlatformAndDispatchEndpointRefusesBadBodiesAndStoresNothing() throws Exception {
        String carrier = "/api/parks/carriers/"
                + created(mvc, "/api/parks/carriers", carrier("INCUBATOR", "MUNICIPAL", "2022-01-01"));
        String park = created(mvc, "/api/parks", park("AI", "1000"));

        refusesEveryBadBody("/api/parks/carriers", carrier("PILOT_BASE", "PROVINCIAL", "2023-01-01"));
        refusesEveryBadBody(carrier + "/level", level("NATIONAL", "2023-01-01"));
        refusesEveryBadBody("/api/parks/platforms", platform("KEY_LAB", "NATIONAL"));
        BadInput.of(context)
                .tries(TRIES)
                .longestText(64)
                .refusedAt("/api/parks/dispatches", dispatch("BUREAU", "\"%s\"".formatted(park), 2, 1), writer());
    }

    @Test
    void aMissingFieldIs400NamingItAtEveryCreateAndStoresNothing() throws Exception {
        String park = created(mvc, "/api/parks", park("AI", "1000"));
        var before = StoreSnapshot.of(mongo);

        for (String field : new String[] {"name", "district", "industry", "plannedArea"}) {
            refusesWithout("/api/parks", park("AI", "1000"), field);
        }
        refusesWithout("/api/parks/" + park + "/construction", date("2023-01-01"), "date");
        refusesWithout("/api/parks/" + park + "/opening", opening("2023-01-01", "10"), "usableArea");
        refusesWithout("/api/parks/" + park + "/tenants", tenant(freshUscc(), "10", "2023-01-01"), "area");
        refusesWithout("/api/parks/carriers", carrier("INCUBATOR", "MUNICIPAL", "2022-01-01"), "kind");
        refusesWithout("/api/parks/carriers", carrier("INCUBATOR", "MUNICIPAL", "2022-01-01"), "accreditedOn");
        refusesWithout("/api/parks/platforms", platform("KEY_LAB", "NATIONAL"), "backer");
        refusesWithout("/api/parks/dispatches", dispatch("BUREAU", "\"%s\"".formatted(park), 2, 1), "parkIds");
        refusesWithout("/api/parks/dispatches", dispatch("BUREAU", "\"%s\"".formatted(park), 2, 1), "chair");

        assertThat(StoreSnapshot.of(mongo)).isEqualTo(before);
    }

    private void refusesWithout(String path, String validBody, String field) throws Exception {
        BadInput.of(context).refusedWithout(path, validBody, field, writer());
    }

    private void refusesEveryBadBody(String path, String validBody) {
        BadInput.of(context).tries(TRIES).longestText(200).refusedAt(path, validBody, writer());
    }
}

package cn.wuhu.sti.parks.api;

import static cn.wuhu.sti.parks.api.ParksApi.created;
import static cn.wuhu.sti.parks.api.ParksApi.date;
import static cn.wuhu.sti.parks.api.ParksApi.opening;
import static cn.wuhu.sti.parks.api.ParksApi.park;
import static cn.wuhu.sti.parks.api.ParksApi.parkInUse;
import static cn.wuhu.sti.parks.api.ParksApi.reader;
import static cn.wuhu.sti.parks.api.ParksApi.tenant;
import static cn.wuhu.sti.parks.api.ParksApi.write;
import static cn.wuhu.sti.test.service.TestData.freshUscc;
import static cn.wuhu.sti.test.service.TestData.unknownId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.wuhu.sti.test.service.ServiceTest;
import cn.wuhu.sti.test.service.StoreSnapshot;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;

@ServiceTest
class ParkApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    Clock clock;

    @Test
    void aParkIsPlannedTodayUnlessThePlanIsDated() throws Exception {
        String park = "/api/parks/" + created(mvc, "/api/parks", ParksApi.parkPlannedToday("LOW_ALTITUDE"));

        mvc.perform(get(park).with(reader()))
                .andExpect(jsonPath("$.stage").value("PLANNED"))
                .andExpect(jsonPath("$.district").value("WUWEI"))
                .andExpect(
                        jsonPath("$.history[0].date").value(LocalDate.now(clock).toString()));
    }

    @Test
    void aParkIsPlannedThenBuiltThenOpenedAndEveryIllegalMoveIs409NamingTheStage() throws Exception {
        String id = created(mvc, "/api/parks", park("LOW_ALTITUDE", "350000.50"));
        String park = "/api/parks/" + id;

        mvc.perform(get(park).with(reader()))
                .andExpect(jsonPath("$.stage").value("PLANNED"))
                .andExpect(jsonPath("$.plannedArea").value(350000.50))
                .andExpect(jsonPath("$.history[0].date").value("2022-12-01"))
                .andExpect(jsonPath("$.usableArea").doesNotExist());
        mvc.perform(write(park + "/opening", opening("2023-03-01", "1000")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("PLANNED")));
        mvc.perform(write(park + "/tenants", tenant(freshUscc(), "10", "2023-03-01")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("PLANNED")));

        mvc.perform(write(park + "/construction", date("2023-01-10")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString(park)))
                .andExpect(jsonPath("$.stage").value("UNDER_CONSTRUCTION"));
        mvc.perform(write(park + "/construction", date("2023-01-11")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("UNDER_CONSTRUCTION")));
        mvc.perform(write(park + "/opening", opening("2023-03-01", "120000")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.stage").value("IN_USE"))
                .andExpect(jsonPath("$.usableArea").value(120000.00))
                .andExpect(jsonPath("$.occupancy").value(0.00));
        mvc.perform(write(park + "/opening", opening("2023-04-01", "1")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("IN_USE")));

        mvc.perform(get(park).with(reader()))
                .andExpect(jsonPath("$.history[*].stage").value(contains("PLANNED", "UNDER_CONSTRUCTION", "IN_USE")))
                .andExpect(jsonPath("$.history[2].date").value("2023-03-01"));
        mvc.perform(get("/api/parks?industry=LOW_ALTITUDE&stage=IN_USE&district=WHTZ&size=200")
                        .with(reader()))
                .andExpect(jsonPath("$.items[*].id").value(hasItem(id)));
        mvc.perform(get("/api/parks?industry=LOW_ALTITUDE&stage=PLANNED&size=200")
                        .with(reader()))
                .andExpect(jsonPath("$.items[*].id").value(not(hasItem(id))));
    }

    @Test
    void theLeasedAreaNeverExceedsTheUsableAreaAndAMoveOutFreesIt() throws Exception {
        String park = parkInUse(mvc, "NEW_MATERIALS", "1000");
        String first = freshUscc();
        String second = freshUscc();

        mvc.perform(write(park + "/tenants", tenant(first, "600", "2023-04-01")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.leasedArea").value(600.00))
                .andExpect(jsonPath("$.occupancy").value(60.00));
        var before = StoreSnapshot.of(mongo);
        mvc.perform(write(park + "/tenants", tenant(second, "400.01", "2023-05-01")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("400.00")));
        mvc.perform(write(park + "/tenants", tenant(first, "1", "2023-05-01"))).andExpect(status().isConflict());
        assertThat(StoreSnapshot.of(mongo)).isEqualTo(before);

        mvc.perform(write(park + "/tenants", tenant(second, "400", "2023-05-01")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.occupancy").value(100.00));
        mvc.perform(write(park + "/tenants/" + first + "/move-out", date("2023-08-01")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.leasedArea").value(400.00))
                .andExpect(jsonPath("$.tenants[0].movedOutOn").value("2023-08-01"));
        mvc.perform(write(park + "/tenants/" + first + "/move-out", date("2023-08-02")))
                .andExpect(status().isNotFound());
        mvc.perform(write(park + "/tenants", tenant(freshUscc(), "600", "2023-09-01")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.occupancy").value(100.00));
    }

    @Test
    void theOccupancyOfAParkIsToldAtAnyDate() throws Exception {
        String park = parkInUse(mvc, "SYNTHETIC_BIO", "3000");
        String leaving = freshUscc();
        mvc.perform(write(park + "/tenants", tenant(leaving, "1000", "2023-04-01")))
                .andExpect(status().isCreated());
        mvc.perform(write(park + "/tenants", tenant(freshUscc(), "500", "2023-06-01")))
                .andExpect(status().isCreated());
        mvc.perform(write(park + "/tenants/" + leaving + "/move-out", date("2023-09-01")))
                .andExpect(status().isCreated());

        mvc.perform(get(park + "/occupancy?date=2023-02-01").with(reader()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("UNDER_CONSTRUCTION"))
                .andExpect(jsonPath("$.occupancy").doesNotExist());
        mvc.perform(get(park + "/occupancy?date=2023-03-31").with(reader()))
                .andExpect(jsonPath("$.occupancy").value(0.00));
        mvc.perform(get(park + "/occupancy?date=2023-04-01").with(reader()))
                .andExpect(jsonPath("$.leasedArea").value(1000.00))
                .andExpect(jsonPath("$.occupancy").value(33.33));
        mvc.perform(get(park + "/occupancy?date=2023-08-31").with(reader()))
                .andExpect(jsonPath("$.occupancy").value(50.00));
        mvc.perform(get(park + "/occupancy?date=2023-09-01").with(reader()))
                .andExpect(jsonPath("$.occupancy").value(16.67));
        mvc.perform(get("/api/parks/occupancy?date=2023-09-01").with(reader()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parksInUse").isNumber());
    }

    @Test
    void coverageShowsEveryIndustryWithItsParksAndTheIndustriesWithNoneOrMoreThanOne() throws Exception {
        String first = created(mvc, "/api/parks", park("DIGITAL_CREATIVE", "1000"));
        String second = created(mvc, "/api/parks", park("DIGITAL_CREATIVE", "2000"));

        mvc.perform(get("/api/parks/coverage").with(reader()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.industries.length()").value(16))
                .andExpect(jsonPath("$.industries[?(@.industry=='DIGITAL_CREATIVE')].parks[*].id")
                        .value(org.hamcrest.Matchers.hasItems(first, second)))
                .andExpect(jsonPath("$.withMoreThanOnePark").value(hasItem("DIGITAL_CREATIVE")))
                .andExpect(jsonPath("$.withoutPark").value(not(hasItem("DIGITAL_CREATIVE"))));
    }

    @Test
    void anUnknownParkIs404AndTheLiteralPathsAreNoParkIds() throws Exception {
        mvc.perform(get("/api/parks/" + unknownId()).with(reader())).andExpect(status().isNotFound());
        mvc.perform(write("/api/parks/" + unknownId() + "/construction", date("2023-01-01")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/parks/carriers").with(reader()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items").isArray());
        mvc.perform(get("/api/parks/platforms").with(reader())).andExpect(status().isOk());
        mvc.perform(get("/api/parks/dispatches").with(reader())).andExpect(status().isOk());
        mvc.perform(get("/api/parks/coverage").with(reader())).andExpect(status().isOk());
    }
}

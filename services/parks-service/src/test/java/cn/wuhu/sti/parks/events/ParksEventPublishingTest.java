package cn.wuhu.sti.parks.events;

import static cn.wuhu.sti.test.service.Callers.written;
import static cn.wuhu.sti.test.service.TestData.freshUscc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.wuhu.sti.events.DomainEvent;
import cn.wuhu.sti.events.EventCatalog;
import cn.wuhu.sti.events.EventCodec;
import cn.wuhu.sti.events.Topics;
import cn.wuhu.sti.events.parks.AccreditationLevel;
import cn.wuhu.sti.events.parks.CarrierAccredited;
import cn.wuhu.sti.events.parks.CarrierKind;
import cn.wuhu.sti.events.parks.CarrierLevelRaised;
import cn.wuhu.sti.events.parks.DispatchHeld;
import cn.wuhu.sti.events.parks.ParkConstructionStarted;
import cn.wuhu.sti.events.parks.ParkOpened;
import cn.wuhu.sti.events.parks.ParkPlanned;
import cn.wuhu.sti.events.parks.PlatformAccredited;
import cn.wuhu.sti.events.parks.TenantMovedIn;
import cn.wuhu.sti.events.parks.TenantMovedOut;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.test.TopicProbe;
import cn.wuhu.sti.test.service.ServiceTest;
import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** What a subscriber of {@code sti.parks.v1} sees after the API's writes: each change once, keyed by aggregate. */
@ServiceTest
class ParksEventPublishingTest {

    @RegisterExtension
    static final TopicProbe topic = TopicProbe.onTheSharedBroker(Topics.PARKS);

    @Autowired
    MockMvc mvc;

    @Test
    void aParkItsMovesAndItsTenantsReachTheTopicKeyedByThePark() throws Exception {
        String park = created(
                "/api/parks",
                "{\"name\":\"芜湖机器人产业园\",\"district\":\"JIUJIANG\",\"industry\":\"ROBOTICS\",\"plannedArea\":500000,\"plannedOn\":\"2022-10-01\"}");
        created("/api/parks/" + park + "/construction", "{\"date\":\"2023-02-01\"}");
        created("/api/parks/" + park + "/opening", "{\"date\":\"2023-05-01\",\"usableArea\":300000.50}");
        String uscc = freshUscc();
        created(
                "/api/parks/" + park + "/tenants",
                "{\"uscc\":\"%s\",\"name\":\"芜湖某机器人有限公司\",\"area\":1200.25,\"movedInOn\":\"2023-06-01\"}"
                        .formatted(uscc));
        created("/api/parks/" + park + "/tenants/" + uscc + "/move-out", "{\"date\":\"2023-11-30\"}");

        var records = topic.awaitRecords(park, 5);

        assertThat(records)
                .extracting(r -> TopicProbe.header(r, "ce_type"))
                .containsExactly(
                        type(ParkPlanned.class),
                        type(ParkConstructionStarted.class),
                        type(ParkOpened.class),
                        type(TenantMovedIn.class),
                        type(TenantMovedOut.class));
        assertThat(TopicProbe.header(records.get(0), "ce_subject")).isEqualTo(park);
        var movedIn = (TenantMovedIn) event(records.get(3));
        assertThat(movedIn.uscc()).isEqualTo(uscc);
        assertThat(movedIn.area()).isEqualByComparingTo(new BigDecimal("1200.25"));
        assertThat(movedIn.district()).isEqualTo(District.JIUJIANG);
    }

    @Test
    void aCarrierAndItsRaiseAPlatformAndADispatchMeetingArePublished() throws Exception {
        String carrier = created(
                "/api/parks/carriers",
                "{\"name\":\"芜湖中试基地\",\"kind\":\"PILOT_BASE\",\"level\":\"MUNICIPAL\",\"district\":\"WANZHI\",\"accreditedOn\":\"2022-03-01\"}");
        created("/api/parks/carriers/" + carrier + "/level", "{\"level\":\"PROVINCIAL\",\"date\":\"2023-04-01\"}");
        String platform = created(
                "/api/parks/platforms",
                "{\"name\":\"芜湖合成生物研究院\",\"kind\":\"NEW_RD_INSTITUTION\",\"level\":\"PROVINCIAL\",\"district\":\"JINGHU\",\"backer\":\"安徽工程大学\",\"accreditedOn\":\"2023-03-01\"}");
        String park = created(
                "/api/parks",
                "{\"name\":\"芜湖储能产业园\",\"district\":\"FANCHANG\",\"industry\":\"ENERGY_STORAGE\",\"plannedArea\":100000}");
        String dispatch = created(
                "/api/parks/dispatches",
                "{\"heldOn\":\"2023-07-01\",\"chair\":\"CITY_LEADER\",\"parkIds\":[\"%s\"],\"issuesRaised\":6,\"issuesResolved\":5}"
                        .formatted(park));

        var carrierRecords = topic.awaitRecords(carrier, 2);
        assertThat(carrierRecords)
                .extracting(r -> TopicProbe.header(r, "ce_type"))
                .containsExactly(type(CarrierAccredited.class), type(CarrierLevelRaised.class));
        assertThat(event(carrierRecords.get(1)))
                .isEqualTo(new CarrierLevelRaised(
                        carrier,
                        CarrierKind.PILOT_BASE,
                        AccreditationLevel.MUNICIPAL,
                        AccreditationLevel.PROVINCIAL,
                        LocalDate.of(2023, 4, 1),
                        District.WANZHI));
        assertThat(TopicProbe.header(topic.awaitRecord(platform), "ce_type")).isEqualTo(type(PlatformAccredited.class));
        var held = topic.awaitRecord(dispatch);
        assertThat(TopicProbe.header(held, "ce_type")).isEqualTo(type(DispatchHeld.class));
        assertThat(((DispatchHeld) event(held)).parkIds()).containsExactly(park);
    }

    private String created(String path, String body) throws Exception {
        String answer = mvc.perform(written("parks", post(path), body))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(answer, "$.id");
    }

    private static String type(Class<? extends DomainEvent> event) {
        return EventCatalog.of(event).type();
    }

    private static Object event(ConsumerRecord<String, byte[]> record) {
        return EventCodec.fromJson(TopicProbe.header(record, "ce_type"), record.value());
    }
}

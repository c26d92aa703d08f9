package cn.wuhu.sti.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wuhu.sti.events.enterprise.AnnualReportFiled;
import cn.wuhu.sti.events.enterprise.EnterpriseEvent;
import cn.wuhu.sti.events.enterprise.EnterpriseRecognized;
import cn.wuhu.sti.events.enterprise.EnterpriseRegistered;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.reference.Tier;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EventContractTest {

    private static final String USCC = "91340200MA2N0XXX0X";
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<DomainEvent> oneOfEachEventType() {
        return Stream.of(
                new EnterpriseRegistered(
                        "913402007139628446", "芜湖示例科技有限公司", District.WHTZ, Industry.NEV_ICV, LocalDate.of(2019, 3, 1)),
                new EnterpriseRecognized(
                        "913402007139628446",
                        District.WHTZ,
                        Tier.HIGH_TECH,
                        "GR202334001234",
                        LocalDate.of(2023, 11, 1),
                        LocalDate.of(2026, 10, 31),
                        false),
                new AnnualReportFiled(
                        "913402007139628446",
                        District.WHTZ,
                        2023,
                        2,
                        new BigDecimal("123456789.01"),
                        new BigDecimal("0.10"),
                        true,
                        false,
                        12,
                        80,
                        new BigDecimal("100000000"),
                        true));
    }

    @ParameterizedTest
    @MethodSource("oneOfEachEventType")
    void everyEventSerializesToJsonValidAgainstItsPublishedSchema(DomainEvent event) throws Exception {
        EventType type = EventCatalog.of(event);
        JsonNode body = JSON.readTree(EventCodec.toJson(event));

        Set<ValidationMessage> errors = schemaOf(type).validate(body);

        assertThat(errors).isEmpty();
        assertThat(EventCodec.fromJson(type.type(), EventCodec.toJson(event))).isEqualTo(event);
    }

    @Test
    void everySealedEventTypeIsInTheCatalogWithASchema() {
        List<Class<?>> permitted = Arrays.asList(EnterpriseEvent.class.getPermittedSubclasses());
        assertThat(permitted).allSatisfy(c -> {
            @SuppressWarnings("unchecked")
            EventType type = EventCatalog.of((Class<? extends DomainEvent>) c);
            assertThat(type.type()).startsWith(EventCatalog.SPEC_PREFIX).endsWith(".v1");
            assertThat(getClass().getResource(type.schemaResource())).isNotNull();
        });
        assertThat(oneOfEachEventType().map(Object::getClass)).containsExactlyInAnyOrderElementsOf(permitted);
    }

    @Test
    void schemaRejectsABodyMissingARequiredField() throws Exception {
        EventType type =
                EventCatalog.byType("cn.wuhu.sti.enterprise.recognized.v1").orElseThrow();
        JsonNode body = JSON.readTree("{\"uscc\":\"" + USCC + "\",\"tier\":\"HIGH_TECH\"}");

        assertThat(schemaOf(type).validate(body)).isNotEmpty();
    }

    @Test
    void amountsAreWrittenAsExactNumbers() {
        var event = (AnnualReportFiled) oneOfEachEventType().toList().get(2);
        String json = new String(EventCodec.toJson(event), StandardCharsets.UTF_8);

        assertThat(json).contains("\"revenue\":123456789.01").contains("\"rdExpense\":0.10");
    }

    @Test
    void aBodyOfTheWrongShapeIsAnInvalidEventNotASilentDefault() {
        byte[] wrong = "{\"uscc\":\"x\",\"tier\":\"HIGH_TECH\"}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> EventCodec.fromJson("cn.wuhu.sti.enterprise.recognized.v1", wrong))
                .isInstanceOf(InvalidEventException.class);
        assertThatThrownBy(() -> EventCodec.fromJson("com.example.unknown.v1", wrong))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("Unknown event type");
    }

    private static JsonSchema schemaOf(EventType type) throws Exception {
        try (InputStream in = EventContractTest.class.getResourceAsStream(type.schemaResource())) {
            assertThat(in).as("schema %s", type.schemaResource()).isNotNull();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in);
        }
    }
}

package cn.wuhu.sti.subscriber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.wuhu.sti.events.Topics;
import cn.wuhu.sti.subscriber.Delivery.Kind;
import cn.wuhu.sti.subscriber.SubscriberTestApplication.Department;
import cn.wuhu.sti.subscriber.SubscriberTestApplication.Handled;
import cn.wuhu.sti.test.UseSharedInfrastructure;
import cn.wuhu.sti.test.service.TestData;
import cn.wuhu.sti.test.service.TopicPublisher;
import io.cloudevents.CloudEvent;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The same subscriber keeping its delivery log in an SQL database instead of MongoDB ({@code
 * sti.subscriber.delivery-store=jdbc}, H2 over JDBC here), on the real embedded broker: a resent event is handled once,
 * and the table holds one row for it.
 */
@SpringBootTest(
        properties = {
            "sti.subscriber.delivery-store=jdbc",
            "sti.subscriber.group=subscriber-jdbc-test",
            "sti.subscriber.delivery-table=department_deliveries"
        })
@UseSharedInfrastructure
class SubscriberOverJdbcTest {

    @RegisterExtension
    static final TopicPublisher topics = TopicPublisher.onTheSharedBroker();

    @Autowired
    Department department;

    @Autowired
    DeliveryLog deliveryLog;

    @Autowired
    DataSource dataSource;

    @TestConfiguration
    static class DepartmentDatabase {

        @Bean
        DataSource departmentDatabase() {
            return new DriverManagerDataSource("jdbc:h2:mem:department-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        }
    }

    @Test
    void aResentEventIsHandledOnceAndItsDeliveryIsARowOfTheDepartmentsTable() {
        assertThat(deliveryLog).isInstanceOf(JdbcDeliveryLog.class);
        String uscc = TestData.freshUscc();
        CloudEvent cloudEvent = TopicPublisher.asCloudEvent(SubscriberIntegrationTest.recognition(uscc));
        String marker = TestData.freshUscc();

        topics.send(cloudEvent);
        topics.send(cloudEvent);
        // Under the same key, so in the same partition: once the marker is handled, both copies before it were seen.
        topics.sendUnder(
                Topics.ENTERPRISE, uscc, TopicPublisher.asCloudEvent(SubscriberIntegrationTest.recognition(marker)));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> department.recognitionsOf(marker), handled -> !handled.isEmpty());
        List<Handled> handled = department.recognitionsOf(uscc);
        assertThat(handled).hasSize(1);
        assertThat(handled.get(0).delivery().kind()).isEqualTo(Kind.FIRST);
        assertThat(new JdbcTemplate(dataSource)
                        .queryForList(
                                "SELECT state FROM department_deliveries WHERE event_id = ?",
                                String.class,
                                cloudEvent.getId()))
                .containsExactly("DONE");
    }
}

package cn.wuhu.sti.reporting.enterprise.readmodel;

import static cn.wuhu.sti.reporting.support.EnterpriseEvents.highTechWithinYear;
import static cn.wuhu.sti.reporting.support.EnterpriseEvents.registered;
import static cn.wuhu.sti.reporting.support.EnterpriseEvents.uniqueUscc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Tier;
import cn.wuhu.sti.reporting.enterprise.model.Firm;
import cn.wuhu.sti.reporting.enterprise.model.SourceEvent;
import cn.wuhu.sti.reporting.rebuild.ReadModelGenerations;
import cn.wuhu.sti.test.service.ServiceTest;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * What {@link FirmReadModel#changesSince} reports. The read model under test reads and writes collections of its
 * own, so the firms other tests leave in the shared store are not among its changes, and moving it to another
 * collection stands for a rebuild's switch.
 */
@ServiceTest
class FirmReadModelChangesTest {

    @Autowired
    MongoTemplate mongo;

    private final ReadModelGenerations generations = mock(ReadModelGenerations.class);
    private String collection;
    private FirmReadModel firms;

    @BeforeEach
    void aReadModelOfItsOwn() {
        collection = "firms_changes_" + UUID.randomUUID().toString().replace("-", "");
        readAndWrite(collection);
        firms = new FirmReadModel(mongo, generations);
    }

    @Test
    void aChangedFirmIsReportedOnceInItsLatestState() {
        String uscc = uniqueUscc();
        long started = firms.changesSince(0).stamp();

        firms.apply(registered(uscc, District.JINGHU), source());
        firms.apply(highTechWithinYear(uscc, District.JINGHU, 2023), source());
        var changes = firms.changesSince(started);

        assertThat(changes.afresh()).isFalse();
        assertThat(changes.firms()).singleElement().satisfies(firm -> {
            assertThat(firm.uscc()).isEqualTo(uscc);
            assertThat(firm.holdsValid(Tier.HIGH_TECH, LocalDate.of(2023, 6, 1)))
                    .isTrue();
        });
        assertThat(firms.changesSince(changes.stamp()).firms()).isEmpty();
    }

    @Test
    void aFirmReadAgainUnchangedIsNotReported() {
        String unchanged = uniqueUscc();
        String changed = uniqueUscc();
        firms.apply(registered(unchanged, District.WUWEI), source());
        firms.apply(registered(changed, District.WUWEI), source());
        long seen = firms.changesSince(0).stamp();

        // both are still within the overlap each look reads again; the same recognition twice changes nothing
        var recognition = highTechWithinYear(changed, District.WUWEI, 2023);
        firms.apply(recognition, source());
        firms.apply(recognition, source());
        var changes = firms.changesSince(seen);

        assertThat(changes.firms()).extracting(Firm::uscc).containsExactly(changed);
        assertThat(firms.changesSince(changes.stamp()).firms()).isEmpty();
        assertThat(firms.firms(Optional.of(District.WUWEI)))
                .extracting(Firm::uscc)
                .containsExactlyInAnyOrder(unchanged, changed);
    }

    @Test
    void aSwitchedGenerationIsReportedAfreshWithEveryFirmOfIt() {
        String before = uniqueUscc();
        firms.apply(registered(before, District.NANLING), source());
        var first = firms.changesSince(0);
        assertThat(first.afresh()).isTrue();
        assertThat(first.firms()).extracting(Firm::uscc).containsExactly(before);

        readAndWrite(collection + "_g1");
        String after = uniqueUscc();
        firms.apply(registered(after, District.NANLING), source());
        var switched = firms.changesSince(first.stamp());

        assertThat(switched.afresh()).isTrue();
        assertThat(switched.firms()).extracting(Firm::uscc).containsExactly(after);
        assertThat(firms.changesSince(switched.stamp()).afresh()).isFalse();
        assertThat(firms.firms(Optional.empty())).extracting(Firm::uscc).containsExactly(after);
    }

    private void readAndWrite(String firmsCollection) {
        when(generations.toRead(FirmReadModel.COLLECTION)).thenReturn(firmsCollection);
        when(generations.toWrite(FirmReadModel.COLLECTION)).thenReturn(firmsCollection);
    }

    private static SourceEvent source() {
        return new SourceEvent(UUID.randomUUID().toString(), "cn.wuhu.sti.enterprise.test.v1");
    }
}

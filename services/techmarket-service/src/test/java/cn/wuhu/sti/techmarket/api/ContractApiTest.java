package cn.wuhu.sti.techmarket.api;

import static cn.wuhu.sti.techmarket.api.TechmarketApi.contract;
import static cn.wuhu.sti.techmarket.api.TechmarketApi.correction;
import static cn.wuhu.sti.techmarket.api.TechmarketApi.freshRegistrationNo;
import static cn.wuhu.sti.techmarket.api.TechmarketApi.reader;
import static cn.wuhu.sti.techmarket.api.TechmarketApi.withdrawal;
import static cn.wuhu.sti.techmarket.api.TechmarketApi.write;
import static cn.wuhu.sti.test.service.TestData.freshUscc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.wuhu.sti.events.Topics;
import cn.wuhu.sti.test.TopicProbe;
import cn.wuhu.sti.test.service.ServiceTest;
import cn.wuhu.sti.test.service.StoreSnapshot;
import java.math.BigDecimal;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;

@ServiceTest
class ContractApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MongoTemplate mongo;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Test
    void aRegisteredContractIsFoundByItsNumberWithItsAmountsExactAndCountsInTheYearOfRegistration() throws Exception {
        String no = freshRegistrationNo();
        String uscc = freshUscc();

        mvc.perform(write("/api/techmarket/contracts", contract(no, uscc, "12345678901.23", "9876543210.99")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/techmarket/contracts/" + no))
                .andExpect(jsonPath("$.id").value(no));

        String answer = mvc.perform(get("/api/techmarket/contracts/" + no).with(reader()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.registrationNo").value(no))
                .andExpect(jsonPath("$.seller.uscc").value(uscc))
                .andExpect(jsonPath("$.buyer.uscc").doesNotExist())
                .andExpect(jsonPath("$.signedOn").value("2022-12-20"))
                .andExpect(jsonPath("$.year").value(2023))
                .andExpect(jsonPath("$.withdrawn").value(false))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(answer).contains("\"contractAmount\":12345678901.23", "\"techTransactionAmount\":9876543210.99");
        var stored = mongo.findById(no, org.bson.Document.class, "contracts");
        assertThat(stored.get("contractAmount", Decimal128.class).bigDecimalValue())
                .isEqualTo(new BigDecimal("12345678901.23"));
    }

    @Test
    void aTransactionAmountAboveTheContractAmountIs400NamingItAndStoresNothing() throws Exception {
        var before = StoreSnapshot.of(mongo);

        mvc.perform(write(
                        "/api/techmarket/contracts", contract(freshRegistrationNo(), freshUscc(), "100.00", "100.01")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("techTransactionAmount")));

        assertThat(StoreSnapshot.of(mongo)).isEqualTo(before);
    }

    @Test
    void aSellerCreditCodeWithAWrongCheckCharacterIs400NamingSellerUscc() throws Exception {
        String uscc = freshUscc();
        String wrongCheck = uscc.substring(0, 17) + (uscc.charAt(17) == '0' ? '1' : '0');

        mvc.perform(write("/api/techmarket/contracts", contract(freshRegistrationNo(), wrongCheck, "100", "100")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("seller.uscc")));
    }

    @Test
    void aRegistrationNumberThatIsNotSixteenDigitsIs400NamingIt() throws Exception {
        for (String no : new String[] {"123456789012345", "12345678901234567", "202300000000000A"}) {
            mvc.perform(write("/api/techmarket/contracts", contract(no, freshUscc(), "100", "100")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field").value(hasItem("registrationNo")));
        }
    }

    @Test
    void theSameContractPostedTwiceWithOneIdempotencyKeyIsRegisteredOnceWithTheSameAnswer() throws Exception {
        String no = freshRegistrationNo();
        String body = contract(no, freshUscc(), "500000", "450000.50");
        try (var topic = new TopicProbe(bootstrapServers, Topics.TECHMARKET)) {
            var first = mvc.perform(write("/api/techmarket/contracts", body).header("Idempotency-Key", "reg-" + no))
                    .andExpect(status().isCreated())
                    .andReturn()
                    .getResponse();
            var afterFirst = StoreSnapshot.of(mongo);

            var second = mvc.perform(write("/api/techmarket/contracts", body).header("Idempotency-Key", "reg-" + no))
                    .andExpect(status().isCreated())
                    .andReturn()
                    .getResponse();

            assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString());
            assertThat(second.getHeader("Location")).isEqualTo(first.getHeader("Location"));
            assertThat(StoreSnapshot.of(mongo)).isEqualTo(afterFirst);
            topic.awaitRecord(no);
            assertThat(topic.readToEnd(no)).hasSize(1);
        }
    }

    @Test
    void theSameRegistrationNumberPostedTwiceWithoutAKeyIs409AndTheFirstStands() throws Exception {
        String no = freshRegistrationNo();
        mvc.perform(write("/api/techmarket/contracts", contract(no, freshUscc(), "1000", "1000")))
                .andExpect(status().isCreated());
        var before = StoreSnapshot.of(mongo);

        mvc.perform(write("/api/techmarket/contracts", contract(no, freshUscc(), "2000", "2000")))
                .andExpect(status().isConflict());

        assertThat(StoreSnapshot.of(mongo)).isEqualTo(before);
        mvc.perform(get("/api/techmarket/contracts/" + no).with(reader()))
                .andExpect(jsonPath("$.contractAmount").value(1000.00));
    }

    @Test
    void aCorrectionMovesTheContractToItsCorrectedYearAndDistrict() throws Exception {
        String no = freshRegistrationNo();
        mvc.perform(write("/api/techmarket/contracts", contract(no, freshUscc(), "1000", "800")))
                .andExpect(status().isCreated());

        mvc.perform(write(
                        "/api/techmarket/contracts/" + no + "/correction",
                        correction("2024-02-01", "2023-12-28", "WANZHI", "1500.50")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("TRANSFER"))
                .andExpect(jsonPath("$.contractAmount").value(1500.50))
                .andExpect(jsonPath("$.district").value("WANZHI"));

        mvc.perform(get("/api/techmarket/contracts?year=2023&district=WANZHI&size=200")
                        .with(reader()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id").value(hasItem(no)))
                .andExpect(jsonPath("$.items[*].district").value(everyItem(is("WANZHI"))))
                .andExpect(jsonPath("$.items[*].year").value(everyItem(is(2023))));
    }

    @Test
    void aWithdrawnContractCannotBeCorrectedOrWithdrawnAgain() throws Exception {
        String no = freshRegistrationNo();
        String contract = "/api/techmarket/contracts/" + no;
        mvc.perform(write("/api/techmarket/contracts", contract(no, freshUscc(), "1000", "800")))
                .andExpect(status().isCreated());

        mvc.perform(write(contract + "/withdrawal", withdrawal("2023-03-01")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.withdrawn").value(true))
                .andExpect(jsonPath("$.withdrawal.reason").value("合同双方解除合同"));
        var before = StoreSnapshot.of(mongo);

        mvc.perform(write(contract + "/correction", correction("2023-04-01", "2023-01-10", "JIUJIANG", "900")))
                .andExpect(status().isConflict());
        mvc.perform(write(contract + "/withdrawal", withdrawal("2023-04-01"))).andExpect(status().isConflict());

        assertThat(StoreSnapshot.of(mongo)).isEqualTo(before);
    }

    @Test
    void anUnknownContractIs404() throws Exception {
        mvc.perform(get("/api/techmarket/contracts/9999999999999999").with(reader()))
                .andExpect(status().isNotFound());
        mvc.perform(write("/api/techmarket/contracts/9999999999999999/withdrawal", withdrawal("2023-03-01")))
                .andExpect(status().isNotFound());
    }
}

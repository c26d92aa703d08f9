package cn.wuhu.finance.subsidy;

import cn.wuhu.sti.events.enterprise.EnterpriseRecognized;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A subsidy decided, one per recognition: its id is the firm's USCC and the certificate number. */
@Document("subsidies")
public record Subsidy(
        @Id String id,
        String uscc,
        String certificateNo,
        String district,
        LocalDate recognizedOn,
        LocalDate validUntil,
        BigDecimal amount,
        String eventId) {

    static Subsidy of(EnterpriseRecognized recognition, BigDecimal amount, String eventId) {
        return new Subsidy(
                recognition.uscc() + "/" + recognition.certificateNo(),
                recognition.uscc(),
                recognition.certificateNo(),
                recognition.district().name(),
                recognition.recognizedOn(),
                recognition.validUntil(),
                amount,
                eventId);
    }
}

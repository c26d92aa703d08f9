package cn.wuhu.sti.techmarket.matching;

import cn.wuhu.sti.domain.Uscc;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import cn.wuhu.sti.techmarket.matching.model.Demand;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** How a demand is stored; {@code description} and {@code district} are absent where it has none. */
@Document("demands")
record DemandDocument(
        @Id String id,
        String title,
        String description,
        String enterpriseUscc,
        Industry industry,
        LocalDate publishedOn,
        District district) {

    static DemandDocument of(Demand demand) {
        return new DemandDocument(
                demand.id(),
                demand.title(),
                demand.description().orElse(null),
                demand.enterpriseUscc().value(),
                demand.industry(),
                demand.publishedOn(),
                demand.district().orElse(null));
    }

    Demand toDemand() {
        return new Demand(
                id,
                title,
                Optional.ofNullable(description),
                new Uscc(enterpriseUscc),
                industry,
                publishedOn,
                Optional.ofNullable(district));
    }
}

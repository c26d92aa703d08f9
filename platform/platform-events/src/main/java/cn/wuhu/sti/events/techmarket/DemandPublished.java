package cn.wuhu.sti.events.techmarket;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import java.time.LocalDate;
import java.util.Optional;

/** A firm, named by its unified social credit code, published what technology it needs. */
public record DemandPublished(
        String demandId,
        String title,
        Optional<String> description,
        String enterpriseUscc,
        Industry industry,
        LocalDate publishedOn,
        Optional<District> district)
        implements DemandEvent {}

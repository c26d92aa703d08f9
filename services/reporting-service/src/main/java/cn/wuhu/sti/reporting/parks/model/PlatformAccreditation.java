package cn.wuhu.sti.reporting.parks.model;

import cn.wuhu.sti.events.parks.AccreditationLevel;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reporting.fact.model.SourceEvent;
import java.time.LocalDate;
import java.util.Optional;

/** An innovation platform (创新平台) was accredited at {@code level} in {@code district}. */
public record PlatformAccreditation(
        String platformId, AccreditationLevel level, LocalDate accreditedOn, District district, SourceEvent source)
        implements ParksFact {

    @Override
    public LocalDate date() {
        return accreditedOn;
    }

    @Override
    public Optional<District> place() {
        return Optional.of(district);
    }

    @Override
    public String subject() {
        return platformId;
    }
}

package cn.wuhu.sti.reporting.parks.model;

import cn.wuhu.sti.events.parks.AccreditationLevel;
import cn.wuhu.sti.events.parks.CarrierKind;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reporting.fact.model.SourceEvent;
import java.time.LocalDate;
import java.util.Optional;

/** A carrier's level was raised from {@code from} to {@code to} on {@code raisedOn}. */
public record CarrierRaise(
        String carrierId,
        CarrierKind kind,
        AccreditationLevel from,
        AccreditationLevel to,
        LocalDate raisedOn,
        District district,
        SourceEvent source)
        implements ParksFact {

    /** The raise that makes the carrier provincial-or-higher: from below provincial to provincial or national. */
    public boolean reachesProvincialOrHigher() {
        return !from.isProvincialOrHigher() && to.isProvincialOrHigher();
    }

    @Override
    public LocalDate date() {
        return raisedOn;
    }

    @Override
    public Optional<District> place() {
        return Optional.of(district);
    }

    @Override
    public String subject() {
        return carrierId;
    }
}

package cn.wuhu.sti.parks.park.model;

import cn.wuhu.sti.domain.Uscc;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A firm's lease of {@code area} m² in a park, from the day it moved in to the day it moved out, if it has; the area
 * is leased on the move-in day and free again on the move-out day.
 */
public record Tenancy(Uscc uscc, String name, BigDecimal area, LocalDate movedInOn, Optional<LocalDate> movedOutOn) {

    public Tenancy {
        Objects.requireNonNull(uscc, "uscc");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(movedInOn, "movedInOn");
        Objects.requireNonNull(movedOutOn, "movedOutOn");
        if (movedOutOn.isPresent() && movedOutOn.get().isBefore(movedInOn)) {
            throw new IllegalArgumentException("Tenancy of " + uscc.value() + ": out before in");
        }
    }

    public boolean isPresent() {
        return movedOutOn.isEmpty();
    }

    public boolean leasesOn(LocalDate date) {
        return !date.isBefore(movedInOn) && movedOutOn.map(date::isBefore).orElse(true);
    }

    Tenancy movedOut(LocalDate date) {
        return new Tenancy(uscc, name, area, movedInOn, Optional.of(date));
    }
}

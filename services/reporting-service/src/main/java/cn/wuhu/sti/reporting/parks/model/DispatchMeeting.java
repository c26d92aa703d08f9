package cn.wuhu.sti.reporting.parks.model;

import cn.wuhu.sti.events.parks.DispatchChair;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reporting.fact.model.SourceEvent;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A dispatch meeting (调度) chaired by {@code chair} on the parks {@code parkIds}. The event names no district: the
 * meeting counts once for the city, and under a district filter once in each district that one of its parks lies
 * in ({@code districts}, told by the parks' own facts, see {@link #locatedBy}). A meeting on parks of two districts
 * counts in both, so the districts' figures may add up to more than the city's; one whose parks are not known
 * counts for the city only.
 */
public record DispatchMeeting(
        String dispatchId,
        LocalDate heldOn,
        DispatchChair chair,
        List<String> parkIds,
        Set<District> districts,
        SourceEvent source)
        implements ParksFact {

    public DispatchMeeting {
        parkIds = List.copyOf(parkIds);
        districts = Set.copyOf(districts);
    }

    /** The meeting placed in the districts of those of its parks whose district is known. */
    public DispatchMeeting locatedBy(Map<String, District> districtOfPark) {
        return new DispatchMeeting(
                dispatchId,
                heldOn,
                chair,
                parkIds,
                parkIds.stream()
                        .map(districtOfPark::get)
                        .filter(Objects::nonNull)
                        .collect(Collectors.toSet()),
                source);
    }

    @Override
    public LocalDate date() {
        return heldOn;
    }

    /** Several districts, or none: {@link #countsIn} decides. */
    @Override
    public Optional<District> place() {
        return districts.size() == 1 ? districts.stream().findFirst() : Optional.empty();
    }

    @Override
    public boolean countsIn(District district) {
        return districts.contains(district);
    }

    @Override
    public String subject() {
        return dispatchId;
    }
}

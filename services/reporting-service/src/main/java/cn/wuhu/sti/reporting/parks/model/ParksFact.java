package cn.wuhu.sti.reporting.parks.model;

import cn.wuhu.sti.reporting.fact.model.Fact;

/**
 * A dated fact of the parks context (parks, their tenants, incubation carriers, innovation platforms, dispatch
 * meetings) that a {@code parks.*}, {@code carriers.*} or {@code platforms.*} indicator counts.
 */
public sealed interface ParksFact extends Fact
        permits ParkFact, CarrierAccreditation, CarrierRaise, PlatformAccreditation, DispatchMeeting {}

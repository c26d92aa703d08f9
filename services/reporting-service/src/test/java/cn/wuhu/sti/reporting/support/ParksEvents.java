package cn.wuhu.sti.reporting.support;

import cn.wuhu.sti.events.parks.AccreditationLevel;
import cn.wuhu.sti.events.parks.CarrierAccredited;
import cn.wuhu.sti.events.parks.CarrierKind;
import cn.wuhu.sti.events.parks.CarrierLevelRaised;
import cn.wuhu.sti.events.parks.DispatchChair;
import cn.wuhu.sti.events.parks.DispatchHeld;
import cn.wuhu.sti.events.parks.ParkConstructionStarted;
import cn.wuhu.sti.events.parks.ParkOpened;
import cn.wuhu.sti.events.parks.ParkPlanned;
import cn.wuhu.sti.events.parks.PlatformAccredited;
import cn.wuhu.sti.events.parks.PlatformKind;
import cn.wuhu.sti.events.parks.TenantMovedIn;
import cn.wuhu.sti.events.parks.TenantMovedOut;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Object Mother of parks events; ids come from {@link TalentEvents#uniqueId} so tests do not meet. */
public final class ParksEvents {

    public static ParkPlanned parkPlanned(String parkId, String plannedOn, District district) {
        return new ParkPlanned(
                parkId, "机器人产业园", district, Industry.ROBOTICS, new BigDecimal("400000.00"), LocalDate.parse(plannedOn));
    }

    public static ParkConstructionStarted constructionStarted(String parkId, String startedOn, District district) {
        return new ParkConstructionStarted(parkId, LocalDate.parse(startedOn), district);
    }

    public static ParkOpened parkOpened(String parkId, String openedOn, District district, String usableArea) {
        return new ParkOpened(parkId, LocalDate.parse(openedOn), new BigDecimal(usableArea), district);
    }

    public static TenantMovedIn movedIn(String parkId, String uscc, String movedInOn, District district, String area) {
        return new TenantMovedIn(
                parkId, uscc, "芜湖入驻科技有限公司", new BigDecimal(area), LocalDate.parse(movedInOn), district);
    }

    public static TenantMovedOut movedOut(
            String parkId, String uscc, String movedOutOn, District district, String area) {
        return new TenantMovedOut(parkId, uscc, new BigDecimal(area), LocalDate.parse(movedOutOn), district);
    }

    public static CarrierAccredited carrierAccredited(
            String carrierId, CarrierKind kind, AccreditationLevel level, String accreditedOn, District district) {
        return new CarrierAccredited(carrierId, "芜湖科创孵化器", kind, level, district, LocalDate.parse(accreditedOn));
    }

    public static CarrierLevelRaised carrierRaised(
            String carrierId,
            CarrierKind kind,
            AccreditationLevel from,
            AccreditationLevel to,
            String raisedOn,
            District district) {
        return new CarrierLevelRaised(carrierId, kind, from, to, LocalDate.parse(raisedOn), district);
    }

    public static PlatformAccredited platformAccredited(
            String platformId, AccreditationLevel level, String accreditedOn, District district) {
        return new PlatformAccredited(
                platformId,
                "芜湖机器人产业创新研究院",
                PlatformKind.INDUSTRY_INSTITUTE,
                level,
                district,
                "安徽工程大学",
                LocalDate.parse(accreditedOn));
    }

    public static DispatchHeld dispatchHeld(String dispatchId, String heldOn, DispatchChair chair, String... parkIds) {
        return new DispatchHeld(dispatchId, LocalDate.parse(heldOn), chair, List.of(parkIds), 3, 2);
    }

    private ParksEvents() {}
}

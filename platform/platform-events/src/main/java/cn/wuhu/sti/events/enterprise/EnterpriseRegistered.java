package cn.wuhu.sti.events.enterprise;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import java.time.LocalDate;

/** A firm entered the bureau's enterprise register. */
public record EnterpriseRegistered(
        String uscc, String name, District district, Industry industry, LocalDate registeredOn)
        implements EnterpriseEvent {}

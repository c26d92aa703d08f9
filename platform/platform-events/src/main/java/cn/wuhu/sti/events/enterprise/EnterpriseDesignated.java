package cn.wuhu.sti.events.enterprise;

import cn.wuhu.sti.reference.Designation;
import cn.wuhu.sti.reference.District;
import java.time.LocalDate;

/**
 * The bureau designated a firm, from {@code since} on: an S&amp;T leader enterprise (科技领军企业, municipal or
 * provincial), a listing-reserve firm (上市后备) or listed (上市; it then leaves the listing-reserve pool).
 */
public record EnterpriseDesignated(String uscc, District district, Designation kind, LocalDate since)
        implements EnterpriseEvent {}

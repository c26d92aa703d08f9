package cn.wuhu.sti.events.talent;

import cn.wuhu.sti.reference.Industry;
import java.time.LocalDate;

/** A project entered the fund's library. */
public record FundProjectSourced(String projectId, String name, Industry industry, LocalDate sourcedOn)
        implements FundProjectEvent {}

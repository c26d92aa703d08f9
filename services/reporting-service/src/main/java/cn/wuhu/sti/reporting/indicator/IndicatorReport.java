package cn.wuhu.sti.reporting.indicator;

import java.time.OffsetDateTime;
import java.util.List;

/** The answer of the indicator query; {@code district} is null for the whole city. */
public record IndicatorReport(int year, String district, OffsetDateTime asOf, List<Indicator> indicators) {}

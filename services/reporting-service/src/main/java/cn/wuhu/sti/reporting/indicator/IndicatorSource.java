package cn.wuhu.sti.reporting.indicator;

import cn.wuhu.sti.reference.District;
import java.util.List;
import java.util.Optional;

/**
 * The indicators one context's read model answers, each with the facts behind it. Each context adds one
 * implementation; the indicator query lists them all, in the order of the beans.
 */
public interface IndicatorSource {

    List<Measured> measure(int year, Optional<District> district);

    default List<Indicator> indicatorsFor(int year, Optional<District> district) {
        return measure(year, district).stream().map(Measured::indicator).toList();
    }

    /** The codes it answers, in the order it answers them. */
    List<? extends IndicatorCode> codes();
}

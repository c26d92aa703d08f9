package cn.wuhu.sti.reporting.parks.model;

import cn.wuhu.sti.reporting.indicator.Indicator;
import cn.wuhu.sti.reporting.indicator.IndicatorCode;
import cn.wuhu.sti.reporting.indicator.IndicatorCode.Definition;

/** The parks, carriers and platforms codes of the contract's indicator table, in the order they are answered. */
public enum ParksIndicator implements IndicatorCode {
    /** 开工建设园区 */
    CONSTRUCTION_STARTED(new Definition("parks.construction.started", "开工建设创新园区", Indicator.ITEMS, false)),
    /** 建成投入使用园区 */
    OPENED(new Definition("parks.opened", "建成投入使用创新园区", Indicator.ITEMS, false)),
    /** 在用园区: open on 31 December. */
    IN_USE_TOTAL(new Definition("parks.inuse.total", "投入使用创新园区总数", Indicator.ITEMS, false)),
    /** 入驻科技型企业: move-ins dated in the year. */
    TENANTS_MOVED_IN(new Definition("parks.tenants.movedin", "入驻园区科技型企业", Indicator.FIRMS, false)),
    /** 园区出租率: leased / usable area of the parks in use on 31 December. */
    OCCUPANCY(new Definition("parks.occupancy", "创新园区出租率", Indicator.PERCENT, false)),
    /** 新增省级以上孵化器、众创空间 */
    CARRIERS_PROVINCIAL_PLUS_NEW(
            new Definition("carriers.provincialplus.new", "新增省级以上孵化器、众创空间", Indicator.FIRMS, false)),
    /** 新增省级以上中试基地 */
    PILOT_BASES_PROVINCIAL_PLUS_NEW(
            new Definition("carriers.pilotbases.provincialplus.new", "新增省级以上中试基地", Indicator.FIRMS, false)),
    /** 新增省级以上创新平台 */
    PLATFORMS_PROVINCIAL_PLUS_NEW(new Definition("platforms.provincialplus.new", "新增省级以上创新平台", Indicator.ITEMS, false)),
    /** 市领导调度园区 */
    DISPATCHES_CITY_LEADER(new Definition("parks.dispatches.cityleader", "市领导调度园区", Indicator.TIMES, false)),
    /** 市科技局调度园区 */
    DISPATCHES_BUREAU(new Definition("parks.dispatches.bureau", "市科技局调度园区", Indicator.TIMES, false));

    private final Definition definition;

    ParksIndicator(Definition definition) {
        this.definition = definition;
    }

    @Override
    public Definition definition() {
        return definition;
    }
}

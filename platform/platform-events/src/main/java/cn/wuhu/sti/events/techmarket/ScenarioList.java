package cn.wuhu.sti.events.techmarket;

/** The two lists of scenario innovation. */
public enum ScenarioList {
    /** 能力清单: what firms can offer a scenario */
    CAPABILITY,
    /** 机会清单: scenarios the city opens to firms */
    OPPORTUNITY
}

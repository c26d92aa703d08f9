package cn.wuhu.sti.parks.park.model;

/** Where a park stands: planned, under construction (开工), or completed and in use (建成投入使用). */
public enum ParkStage {
    PLANNED,
    UNDER_CONSTRUCTION,
    IN_USE
}

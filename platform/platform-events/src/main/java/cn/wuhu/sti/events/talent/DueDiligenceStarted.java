package cn.wuhu.sti.events.talent;

import java.time.LocalDate;

/** The fund started its due diligence on a project. */
public record DueDiligenceStarted(String projectId, LocalDate startedOn) implements FundProjectEvent {}

package cn.wuhu.sti.events.talent;

import java.time.LocalDate;

/** The fund decided not to invest in a project. */
public record FundProjectRejected(String projectId, LocalDate rejectedOn, String reason) implements FundProjectEvent {}

package cn.wuhu.sti.events.talent;

import java.time.LocalDate;

/** The bureau started negotiating with a team. */
public record TeamNegotiationStarted(String teamId, LocalDate startedOn) implements TeamEvent {}

package cn.wuhu.sti.events.talent;

import java.time.LocalDate;

/** A team signed its agreement to come to Wuhu. */
public record TeamSigned(String teamId, LocalDate signedOn) implements TeamEvent {}

package cn.wuhu.sti.events.talent;

import java.time.LocalDate;

/** The bureau stopped pursuing a team; {@code stageBefore} is how far it had come. */
public record TeamDropped(String teamId, LocalDate droppedOn, String reason, TeamStage stageBefore)
        implements TeamEvent {}

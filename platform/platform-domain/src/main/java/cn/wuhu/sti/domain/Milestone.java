package cn.wuhu.sti.domain;

import java.time.LocalDate;

/** An aggregate reached {@code stage} on {@code date}, the business date of the move. */
public record Milestone<S extends Enum<S>>(S stage, LocalDate date) {}

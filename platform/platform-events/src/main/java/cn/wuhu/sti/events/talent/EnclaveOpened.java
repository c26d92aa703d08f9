package cn.wuhu.sti.events.talent;

import java.time.LocalDate;

/** An enclave opened in {@code city}, a city other than Wuhu. */
public record EnclaveOpened(String enclaveId, String name, String city, LocalDate openedOn) implements EnclaveEvent {}

package cn.wuhu.sti.events.talent;

import cn.wuhu.sti.reference.Industry;
import java.time.LocalDate;

/** An enclave took a project into incubation. */
public record EnclaveProjectIncubated(
        String enclaveId, String projectId, String name, Industry industry, LocalDate incubatedOn)
        implements EnclaveEvent {}

package cn.wuhu.sti.events.talent;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import java.time.LocalDate;

/** A project incubated in an enclave moved to {@code district} of Wuhu; it counts there, in the year it landed. */
public record EnclaveProjectLanded(
        String enclaveId, String projectId, LocalDate landedOn, District district, Industry industry)
        implements EnclaveEvent {}

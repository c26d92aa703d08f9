package cn.wuhu.sti.talent.enclave.model;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import java.time.LocalDate;

/** What a caller can ask of an innovation enclave, already checked for shape at the edge. */
public final class EnclaveCommands {

    public record Open(String name, String city, LocalDate openedOn) {}

    public record Incubate(String name, Industry industry, LocalDate incubatedOn) {}

    /** A project moves to {@code district} of Wuhu. */
    public record Land(LocalDate date, District district) {}

    private EnclaveCommands() {}
}

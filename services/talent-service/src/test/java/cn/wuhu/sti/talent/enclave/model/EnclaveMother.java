package cn.wuhu.sti.talent.enclave.model;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import java.time.LocalDate;

/** Enclaves for tests: one opened in Shanghai on 1 November 2022, and a drone project it took in on 9 January 2023. */
final class EnclaveMother {

    static final String ID = "enclave-0001";
    static final LocalDate OPENED_ON = LocalDate.of(2022, 11, 1);
    static final String PROJECT_ID = "project-0001";
    static final LocalDate INCUBATED_ON = LocalDate.of(2023, 1, 9);

    static EnclaveCommands.Open opening(String city) {
        return new EnclaveCommands.Open("芜湖（上海）创新飞地", city, OPENED_ON);
    }

    static Enclave opened() {
        return Enclave.open(opening("上海"), ID).aggregate();
    }

    static EnclaveCommands.Incubate incubation(LocalDate incubatedOn) {
        return new EnclaveCommands.Incubate("低空物流无人机项目", Industry.LOW_ALTITUDE, incubatedOn);
    }

    static Enclave incubating() {
        return opened().incubate(incubation(INCUBATED_ON), PROJECT_ID).aggregate();
    }

    static EnclaveCommands.Land landing(LocalDate date) {
        return new EnclaveCommands.Land(date, District.WANZHI);
    }

    private EnclaveMother() {}
}

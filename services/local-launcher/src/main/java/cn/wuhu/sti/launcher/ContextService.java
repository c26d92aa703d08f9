package cn.wuhu.sti.launcher;

import cn.wuhu.sti.enterprise.EnterpriseApplication;
import cn.wuhu.sti.gateway.Backend;
import cn.wuhu.sti.parks.ParksApplication;
import cn.wuhu.sti.reporting.ReportingApplication;
import cn.wuhu.sti.talent.TalentApplication;
import cn.wuhu.sti.techmarket.TechmarketApplication;
import java.util.Locale;

/**
 * The services the launcher runs behind the gateway, in the order it starts them. A new service is one constant here
 * and its Maven dependency: its start and restart, its {@code --<name>-port} option, the gateway's address for it,
 * its line in the ready banner and its shutdown follow. Its path, port and scopes are the gateway's {@link Backend}.
 */
public enum ContextService {
    TALENT(TalentApplication.class, TalentApplication.CONFIG_NAME, "sti-talent", Backend.TALENT),
    ENTERPRISE(EnterpriseApplication.class, EnterpriseApplication.CONFIG_NAME, "sti-enterprise", Backend.ENTERPRISE),
    TECHMARKET(TechmarketApplication.class, TechmarketApplication.CONFIG_NAME, "sti-techmarket", Backend.TECHMARKET),
    PARKS(ParksApplication.class, ParksApplication.CONFIG_NAME, "sti-parks", Backend.PARKS),
    REPORTING(ReportingApplication.class, ReportingApplication.CONFIG_NAME, "sti-reporting", Backend.REPORTS);

    private final Class<?> application;
    private final String configName;
    private final String database;
    private final Backend backend;

    ContextService(Class<?> application, String configName, String database, Backend backend) {
        this.application = application;
        this.configName = configName;
        this.database = database;
        this.backend = backend;
    }

    /** The {@code @SpringBootApplication} class. */
    Class<?> application() {
        return application;
    }

    /** Its {@code spring.config.name}: several services share one JVM here, so each reads its own file. */
    String configName() {
        return configName;
    }

    /** The MongoDB database the service owns. */
    String database() {
        return database;
    }

    /** How the gateway knows it: the key of its address and, by default, the contract's port. */
    Backend backend() {
        return backend;
    }

    /** The command-line option that moves it to another port, {@code --enterprise-port} for instance. */
    public String portOption() {
        return "--" + name().toLowerCase(Locale.ROOT) + "-port";
    }

    /** Its name in the ready banner, {@code Enterprise service} for instance. */
    String title() {
        String name = name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1) + " service";
    }
}

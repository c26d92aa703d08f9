package cn.wuhu.sti.test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/** The architecture every context keeps, checked by ArchUnit in each module's build. */
public final class ArchitectureRules {

    /** The frameworks and edges a domain model never touches: it decides, the edges do I/O. */
    private static final String[] OUTSIDE_THE_MODEL = {
        "org.springframework..",
        "org.apache.kafka..",
        "com.mongodb..",
        "org.bson..",
        "io.cloudevents..",
        "jakarta..",
        "cn.wuhu.sti.web..",
        "cn.wuhu.sti.messaging.."
    };

    /** No class in the packages matching {@code modelPackages} (ArchUnit syntax, e.g. {@code ..model..}) uses them. */
    public static ArchRule modelIsPlainJava(String... modelPackages) {
        return noClasses()
                .that()
                .resideInAnyPackage(modelPackages)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(OUTSIDE_THE_MODEL)
                .because("the domain model is plain Java (style.md: the domain decides, the edges do I/O)");
    }

    private ArchitectureRules() {}
}

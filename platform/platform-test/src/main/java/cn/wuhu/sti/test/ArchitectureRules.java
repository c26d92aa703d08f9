package cn.wuhu.sti.test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

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

    /** Time and ids come into a model from outside (a Clock, an id), so its tests are deterministic. */
    public static ArchRule timeAndIdsComeFromOutside(String... modelPackages) {
        return noClasses()
                .that()
                .resideInAnyPackage(modelPackages)
                .should()
                .callMethod(UUID.class, "randomUUID")
                .orShould()
                .callMethod(Instant.class, "now")
                .orShould()
                .callMethod(LocalDate.class, "now")
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(Clock.class)
                .because(
                        "style.md: time and ids come in through a Clock and an id supplier, so tests are deterministic");
    }

    /** The model of each feature under {@code root} ({@code <root>.<feature>.model}) stands without the others. */
    public static ArchRule featureModelsAreIndependent(String root) {
        return slices().matching(root + ".(*).model..")
                .should()
                .notDependOnEachOther()
                .allowEmptyShould(true);
    }

    private ArchitectureRules() {}
}

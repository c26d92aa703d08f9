package cn.wuhu.sti.talent.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import cn.wuhu.sti.test.ArchitectureRules;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@AnalyzeClasses(packages = "cn.wuhu.sti.talent", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String MODELS = "cn.wuhu.sti.talent.*.model..";

    @ArchTest
    static final ArchRule theDomainModelsKnowNoFrameworks = ArchitectureRules.modelIsPlainJava(MODELS);

    @ArchTest
    static final ArchRule theModelsDoNotReachOutToTheEdges = noClasses()
            .that()
            .resideInAPackage(MODELS)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("cn.wuhu.sti.talent.team", "cn.wuhu.sti.talent.fund", "cn.wuhu.sti.talent.enclave")
            .because("a feature's controller, service and stored document are the edges its model knows nothing of");

    @ArchTest
    static final ArchRule timeAndIdsComeIntoTheModelsFromOutside = noClasses()
            .that()
            .resideInAPackage(MODELS)
            .should()
            .callMethod(UUID.class, "randomUUID")
            .orShould()
            .callMethod(Instant.class, "now")
            .orShould()
            .callMethod(LocalDate.class, "now")
            .orShould()
            .dependOnClassesThat()
            .areAssignableTo(Clock.class)
            .because("style.md: time and ids come in through a Clock and an id supplier, so tests are deterministic");

    @ArchTest
    static final ArchRule teamsFundProjectsAndEnclavesAreIndependentModels =
            slices().matching("cn.wuhu.sti.talent.(*).model..").should().notDependOnEachOther();
}

package cn.wuhu.sti.techmarket.arch;

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

@AnalyzeClasses(packages = "cn.wuhu.sti.techmarket", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String MODELS = "cn.wuhu.sti.techmarket.*.model..";

    @ArchTest
    static final ArchRule theDomainModelsKnowNoFrameworks = ArchitectureRules.modelIsPlainJava(MODELS);

    @ArchTest
    static final ArchRule theModelsDoNotReachOutToTheEdges = noClasses()
            .that()
            .resideInAPackage(MODELS)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "..techmarket.*.web..", "..techmarket.*.infrastructure..", "..techmarket.*.application..");

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
    static final ArchRule theFeaturesAreIndependentModels =
            slices().matching("cn.wuhu.sti.techmarket.(*).model..").should().notDependOnEachOther();
}

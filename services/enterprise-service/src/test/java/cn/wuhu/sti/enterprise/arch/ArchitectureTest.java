package cn.wuhu.sti.enterprise.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import cn.wuhu.sti.test.ArchitectureRules;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "cn.wuhu.sti.enterprise", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule theDomainModelKnowsNoFrameworks = ArchitectureRules.modelIsPlainJava("..enterprise.model..");

    @ArchTest
    static final ArchRule theModelDoesNotReachOutToTheEdges = noClasses()
            .that()
            .resideInAPackage("..enterprise.model..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..enterprise.web..", "..enterprise.infrastructure..", "..enterprise.application..");
}

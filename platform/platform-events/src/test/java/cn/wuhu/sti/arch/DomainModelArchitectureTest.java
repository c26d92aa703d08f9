package cn.wuhu.sti.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "cn.wuhu.sti", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainModelArchitectureTest {

    @ArchTest
    static final ArchRule theEventContractAndReferenceDataStayFreeOfFrameworks = noClasses()
            .that()
            .resideInAnyPackage("cn.wuhu.sti.events..", "cn.wuhu.sti.reference..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "org.apache.kafka..", "org.bson..", "com.mongodb..");
}

package cn.wuhu.sti.test.service;

import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.metaAnnotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.wuhu.sti.test.ArchitectureRules;
import cn.wuhu.sti.test.OpenApiReference;
import cn.wuhu.sti.test.access.AccessMatrix;
import cn.wuhu.sti.web.service.ContextService;
import cn.wuhu.sti.web.service.ServiceDefaults;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What every context service keeps, checked against the running service: a test class of a service extends this
 * with one line ({@code class ConventionsTest extends ServiceConventions {}}) and gets each test below.
 */
@ServiceTest
public abstract class ServiceConventions {

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected Environment environment;

    /** Whether each feature's model stands without the others'; a service with a shared kernel says no, and why. */
    protected boolean featureModelsStandAlone() {
        return true;
    }

    /** The standard matrix of the service's API; a service that guards some paths more closely adds to it. */
    protected AccessMatrix accessMatrix(AccessMatrix standard) {
        return standard;
    }

    @Test
    void everyEndpointIsOpenScopedOrRefusedAsTheContractSays() {
        accessMatrix(AccessMatrix.forService(name(), context)
                        .api(
                                environment.getRequiredProperty(ServiceDefaults.API),
                                environment.getRequiredProperty(ServiceDefaults.SCOPE)))
                .walk();
    }

    @Test
    void theCommittedOpenApiDocumentIsTheOneTheServiceServes() throws Exception {
        OpenApiReference.assertCommittedMatches(name(), OpenApiReference.served(mvc));
    }

    @Test
    void theProbesAreUpAndReadinessWaitsForTheStore() throws Exception {
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health/readiness"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        assertThat(environment.getProperty("management.endpoint.health.group.readiness.include"))
                .contains("mongo");
    }

    @Test
    void infoTellsWhichBuildIsRunning() throws Exception {
        mvc.perform(get("/actuator/info"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.build.artifact").value(name()));
    }

    @Test
    void theModelOfEveryFeatureIsPlainJavaAndUsesNoneOfItsEdges() {
        String root = applicationClass().getPackageName();
        var classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(root);
        ArchitectureRules.modelIsPlainJava("..model..").check(classes);
        ArchitectureRules.timeAndIdsComeFromOutside("..model..").check(classes);
        if (featureModelsStandAlone()) {
            ArchitectureRules.featureModelsAreIndependent(root).check(classes);
        }
        noClasses()
                .that()
                .resideInAPackage("..model..")
                .should()
                .dependOnClassesThat(metaAnnotatedWith(Component.class)
                        .or(metaAnnotatedWith("org.springframework.data.mongodb.core.mapping.Document")))
                .because("a model decides; the beans and stored documents of its feature are its edges")
                .check(classes);
    }

    protected String name() {
        return environment.getRequiredProperty("spring.application.name");
    }

    private Class<?> applicationClass() {
        return context.getBeansWithAnnotation(ContextService.class).values().stream()
                .map(AopUtils::getTargetClass)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No @ContextService application in this context"));
    }
}

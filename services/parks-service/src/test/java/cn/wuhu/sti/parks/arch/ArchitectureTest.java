package cn.wuhu.sti.parks.arch;

import cn.wuhu.sti.test.ArchitectureRules;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "cn.wuhu.sti.parks", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String MODELS = "cn.wuhu.sti.parks.*.model..";

    @ArchTest
    static final ArchRule theDomainModelsKnowNoFrameworks = ArchitectureRules.modelIsPlainJava(MODELS);

    @ArchTest
    static final ArchRule timeAndIdsComeIntoTheModelsFromOutside = ArchitectureRules.timeAndIdsComeFromOutside(MODELS);

    @ArchTest
    static final ArchRule theFeaturesAreIndependentModels =
            ArchitectureRules.featureModelsAreIndependent("cn.wuhu.sti.parks");
}

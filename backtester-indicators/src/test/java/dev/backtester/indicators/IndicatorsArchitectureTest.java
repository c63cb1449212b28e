package dev.backtester.indicators;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The indicator library stands alone: it depends on the JDK only. */
@AnalyzeClasses(packages = "dev.backtester.indicators", importOptions = ImportOption.DoNotIncludeTests.class)
class IndicatorsArchitectureTest {

    @ArchTest
    static final ArchRule dependsOnTheJdkOnly = classes().that().resideInAPackage("dev.backtester.indicators..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.backtester.indicators..")
            .because("backtester-indicators has no third-party or sibling-module dependency (DESIGN.md, Modules)");
}

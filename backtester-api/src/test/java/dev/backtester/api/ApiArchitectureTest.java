package dev.backtester.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** backtester-api is the contract every module builds on: it depends on the JDK only. */
@AnalyzeClasses(packages = "dev.backtester.api", importOptions = ImportOption.DoNotIncludeTests.class)
class ApiArchitectureTest {

    @ArchTest
    static final ArchRule dependsOnTheJdkOnly = classes().that().resideInAPackage("dev.backtester.api..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.backtester.api..")
            .because("the API module has no third-party or sibling-module dependency (DESIGN.md, Modules)");
}

package dev.backtester.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The dependency direction of DESIGN.md across all modules: api and indicators are leaves,
 * core builds on them, timescale on core, and nothing depends on examples or benchmarks.
 * This module sees every other module on its class path, so the rules are checked here.
 */
@AnalyzeClasses(packages = "dev.backtester", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {
    private static final String API = "dev.backtester.api..";
    private static final String INDICATORS = "dev.backtester.indicators..";
    private static final String CORE = "dev.backtester.core..";
    private static final String TIMESCALE = "dev.backtester.timescale..";
    private static final String EXAMPLES = "dev.backtester.examples..";
    private static final String BENCHMARKS = "dev.backtester.benchmarks..";

    @ArchTest
    static final ArchRule apiDependsOnNoOtherModule = noClasses().that().resideInAPackage(API)
            .should().dependOnClassesThat().resideInAnyPackage(INDICATORS, CORE, TIMESCALE, EXAMPLES, BENCHMARKS);

    @ArchTest
    static final ArchRule indicatorsDependOnNoOtherModule = noClasses().that().resideInAPackage(INDICATORS)
            .should().dependOnClassesThat().resideInAnyPackage(API, CORE, TIMESCALE, EXAMPLES, BENCHMARKS);

    @ArchTest
    static final ArchRule coreNeverDependsOnTimescaleExamplesOrBenchmarks = noClasses().that().resideInAPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage(TIMESCALE, EXAMPLES, BENCHMARKS);

    @ArchTest
    static final ArchRule timescaleNeverDependsOnExamplesOrBenchmarks = noClasses().that().resideInAPackage(TIMESCALE)
            .should().dependOnClassesThat().resideInAnyPackage(EXAMPLES, BENCHMARKS);

    @ArchTest
    static final ArchRule librariesUseOnlyTheSlf4jApi = noClasses().that().resideInAnyPackage(API, INDICATORS, CORE, TIMESCALE)
            .should().dependOnClassesThat().resideInAnyPackage("org.slf4j.simple..", "org.slf4j.impl..", "ch.qos.logback..")
            .because("library modules log through the SLF4J API only; the host picks the binding");
}

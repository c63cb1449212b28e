package dev.backtester.timescale;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import javax.sql.DataSource;
import org.jooq.DSLContext;

/** Rules of this module's own code: no global state, logging through SLF4J, packages without cycles. */
// jars are skipped: the module's own classes are all there is to check, and the test class path
// holds the large embedded-PostgreSQL binary jars that would otherwise be scanned
@AnalyzeClasses(packages = "dev.backtester.timescale",
        importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class TimescaleArchitectureTest {

    @ArchTest
    static final ArchRule noStaticDataSource = noFields().that().areStatic().should().haveRawType(DataSource.class)
            .because("the host gives the data source; a static one would be global state");

    @ArchTest
    static final ArchRule noStaticJooqContext = noFields().that().areStatic().should().haveRawType(DSLContext.class)
            .because("a jOOQ context holds a data source; a static one would be global state");

    @ArchTest
    static final ArchRule noStandardStreams = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

    @ArchTest
    static final ArchRule noJavaUtilLogging = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("dev.backtester.timescale.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule partsDoNotDependOnTheFacade = noClasses().that()
            .resideInAnyPackage("dev.backtester.timescale.*..")
            .should().dependOnClassesThat().resideInAPackage("dev.backtester.timescale")
            .because("the facade gathers the parts, not the other way round");
}

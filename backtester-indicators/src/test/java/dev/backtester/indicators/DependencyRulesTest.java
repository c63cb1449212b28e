package dev.backtester.indicators;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import net.jqwik.api.Example;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/** The module's runtime code may use the JDK and itself only (TA-Lib is a test oracle). */
class DependencyRulesTest {

    private final JavaClasses main = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.backtester.indicators");

    @Example
    void dependsOnTheJdkOnly() {
        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "dev.backtester.indicators..")
                .check(main);
    }
}

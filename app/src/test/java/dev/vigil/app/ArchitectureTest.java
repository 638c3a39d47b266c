package dev.vigil.app;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Keeps the module arrows of docs/architecture.md true. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.vigil");
    }

    @Test
    void domainAndStoreUseNoJavaFx() {
        noClasses().that().resideInAnyPackage("dev.vigil.incidents..", "dev.vigil.environments..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }

    @Test
    void connectorsUseNoJavaFx() {
        noClasses().that().resideInAPackage("dev.vigil.connectors..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }

    @Test
    void domainDependsOnNothingAboveIt() {
        noClasses().that().resideInAnyPackage("dev.vigil.incidents..", "dev.vigil.environments..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.vigil.connectors..", "dev.vigil.views..", "dev.vigil.app..")
                .check(classes);
    }

    @Test
    void connectorsDoNotReachUpIntoViewsOrApp() {
        noClasses().that().resideInAPackage("dev.vigil.connectors..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.vigil.views..", "dev.vigil.app..")
                .check(classes);
    }

    @Test
    void viewsNeverImportApp() {
        noClasses().that().resideInAPackage("dev.vigil.views..")
                .should().dependOnClassesThat().resideInAPackage("dev.vigil.app..")
                .check(classes);
    }
}

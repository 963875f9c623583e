package org.quotestance.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The package rules of DESIGN.md §2. */
class PackageRulesTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.quotestance");
    }

    @Test
    void onlyUiTouchesJavaFx() {
        noClasses().that().resideOutsideOfPackage("org.quotestance.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.fxmisc..",
                        "atlantafx..", "org.kordamp.ikonli..")
                .check(classes);
    }

    @Test
    void nothingDependsOnUiOrCliButTheLauncher() {
        noClasses().that().resideOutsideOfPackages("org.quotestance.ui..", "org.quotestance.cli..")
                .and().doNotHaveFullyQualifiedName("org.quotestance.Launcher")
                .should().dependOnClassesThat().resideInAnyPackage("org.quotestance.ui..", "org.quotestance.cli..")
                .check(classes);
    }

    @Test
    void modelUsesOnlyTheJdk() {
        noClasses().that().resideInAPackage("org.quotestance.model..")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", "org.quotestance.model..")
                .check(classes);
    }

    @Test
    void enginePackagesKeepToTheirRooms() {
        noClasses().that().resideInAnyPackage("org.quotestance.detect..")
                .should().dependOnClassesThat().resideInAnyPackage("org.quotestance.store..", "org.quotestance.index..",
                        "org.quotestance.ingest..", "org.quotestance.exchange..", "org.quotestance.app..",
                        "org.apache.lucene..", "tools.jackson..")
                .check(classes);
        noClasses().that().resideInAnyPackage("org.quotestance.store..", "org.quotestance.ingest..",
                        "org.quotestance.index..", "org.quotestance.exchange..")
                .should().dependOnClassesThat().resideInAnyPackage("org.quotestance.app..")
                .check(classes);
        noClasses().that().resideInAnyPackage("org.quotestance.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.lucene..")
                .check(classes);
    }
}

package org.goldseam.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Goldseam's own classes follow the layering rules. */
class ArchitectureTest {
    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.goldseam");
    }

    @Test
    void swingStaysInUiPackages() {
        ArchitectureRules.noSwingOutsideUi("org.goldseam").check(production);
    }

    @Test
    void jooqStaysInRepositories() {
        ArchitectureRules.noJooqOutsidePersistence("org.goldseam").check(production);
    }

    @Test
    void featuresHaveNoCycles() {
        ArchitectureRules.noCyclesBetweenFeatures("org.goldseam").check(production);
    }
}

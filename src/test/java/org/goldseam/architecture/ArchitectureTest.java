package org.goldseam.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
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
        holds(ArchitectureRules.noSwingOutsideUi("org.goldseam"));
    }

    @Test
    void jooqStaysInRepositories() {
        holds(ArchitectureRules.noJooqOutsidePersistence("org.goldseam"));
    }

    @Test
    void featuresHaveNoCycles() {
        holds(ArchitectureRules.noCyclesBetweenFeatures("org.goldseam"));
    }

    @Test
    void packagesHaveNoCycles() {
        holds(ArchitectureRules.noCyclesBetweenPackages("org.goldseam"));
    }

    @Test
    void viewsNeverTouchRepositories() {
        holds(ArchitectureRules.noUiOnPersistence("org.goldseam"));
    }

    /** Fails with ArchUnit's own report, which names each offending class and dependency. */
    private static void holds(ArchRule rule) {
        EvaluationResult result = rule.evaluate(production);
        assertThat(result.hasViolation()).as("%s", result.getFailureReport()).isFalse();
    }
}

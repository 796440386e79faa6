package org.goldseam.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules catch what they are meant to catch: each one is run over fixture classes in
 * {@code org.goldseam.archfixture} that break it on purpose, and must report them.
 */
class ArchitectureRulesTest {
    private static final String FIXTURES = "org.goldseam.archfixture";
    private static JavaClasses fixtures;

    @BeforeAll
    static void importFixtures() {
        fixtures = new ClassFileImporter().importPackages(FIXTURES);
    }

    @Test
    void swingOutsideUiIsReportedButSwingInUiIsNot() {
        EvaluationResult result = ArchitectureRules.noSwingOutsideUi(FIXTURES).evaluate(fixtures);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anyMatch(line -> line.contains("swingleak.SwingInAService"))
                .noneMatch(line -> line.contains("goodui.ui.FineSwingView"));
    }

    @Test
    void summaryRenderMayUseAwtButNotSwing() {
        EvaluationResult result = ArchitectureRules.noSwingOutsideUi(FIXTURES).evaluate(fixtures);
        assertThat(result.getFailureReport().getDetails())
                .anyMatch(line -> line.contains("summary.render.SwingInRenderer"))
                .noneMatch(line -> line.contains("summary.render.AwtChartColours"));
    }

    @Test
    void jooqOutsidePersistenceIsReported() {
        EvaluationResult result = ArchitectureRules.noJooqOutsidePersistence(FIXTURES).evaluate(fixtures);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains("jooqleak.SqlInAService"));
    }

    @Test
    void aCycleBetweenFeaturesIsReported() {
        EvaluationResult result = ArchitectureRules.noCyclesBetweenFeatures(FIXTURES).evaluate(fixtures);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("cyclea").contains("cycleb");
    }

    @Test
    void aViewThatUsesARepositoryIsReported() {
        EvaluationResult result = ArchitectureRules.noUiOnPersistence(FIXTURES).evaluate(fixtures);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anyMatch(line -> line.contains("leakyui.ui.ViewReadingTheStore") && line.contains("leakyui.persistence.ClientStore"))
                .noneMatch(line -> line.contains("goodui.ui.FineSwingView"));
    }

    @Test
    void aCycleBetweenAPackageAndItsSubPackageIsReported() {
        // the feature-level rule cannot see it: both halves are in the feature "subcycle"
        assertThat(ArchitectureRules.noCyclesBetweenFeatures(FIXTURES).evaluate(fixtures).getFailureReport().toString())
                .doesNotContain("subcycle");
        EvaluationResult result = ArchitectureRules.noCyclesBetweenPackages(FIXTURES).evaluate(fixtures);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("subcycle.persistence").contains("subcycle.Record");
    }
}

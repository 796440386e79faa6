package org.goldseam.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;

/**
 * Goldseam's layering, as rules over any root package so that {@code ArchitectureRulesTest} can show
 * each rule failing on deliberately broken fixture classes.
 */
final class ArchitectureRules {
    private ArchitectureRules() {
    }

    /** Swing and AWT only in {@code ui} packages: domain and services must run and test without a display. */
    static ArchRule noSwingOutsideUi(String root) {
        ArchRule swingAndAwt = noClasses().that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackages("..ui..", root + ".summary.render")
                .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "java.awt..")
                .because("only ui packages may touch Swing or AWT; presenters and services stay testable without a display");
        // The one exception: PDF summaries draw JFreeChart charts through PDFBox's Graphics2D and
        // check glyphs with AWT fonts, which needs java.awt (headless, no display). Swing stays out.
        ArchRule summaryRender = noClasses().that().resideInAPackage(root + ".summary.render")
                .should().dependOnClassesThat().resideInAnyPackage("javax.swing..")
                .because("summary rendering may draw with java.awt, but never with Swing");
        return CompositeArchRule.of(swingAndAwt).and(summaryRender);
    }

    /** jOOQ only in repositories ({@code persistence} packages) and the generated code. */
    static ArchRule noJooqOutsidePersistence(String root) {
        return noClasses().that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackages("..persistence..", root + ".db..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..")
                .because("services speak in records; SQL lives in repositories");
    }

    /** Feature packages ({@code root.clients}, {@code root.notes}, …) must not depend on each other in a circle. */
    static ArchRule noCyclesBetweenFeatures(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles()
                .because("features build on each other in one direction");
    }

    /**
     * No two packages at any depth ({@code framework} and {@code framework.persistence},
     * {@code app.workspace} and {@code app.workspace.ui}, …) depend on each other in a circle.
     */
    static ArchRule noCyclesBetweenPackages(String root) {
        return slices().matching(root + ".(**)").should().beFreeOfCycles()
                // jOOQ's generated classes (db, db.tables, db.tables.records) refer to each other by design
                .ignoreDependency(resideInAPackage(root + ".db.."), DescribedPredicate.alwaysTrue())
                // the one known cycle left: the vault's database layer speaks the vault's own file, key and
                // error types (VaultFiles, VaultKeys, VaultException), and Vault holds its VaultDatabase.
                // Only that direction is excused; any other cycle through vault is still reported.
                .ignoreDependency(resideInAPackage(root + ".vault.persistence"), resideInAPackage(root + ".vault"))
                .because("a package and its sub-packages build on each other in one direction");
    }

    /** Views talk to presenters and services, never to repositories. */
    static ArchRule noUiOnPersistence(String root) {
        return noClasses().that().resideInAPackage(root + "..").and().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAPackage("..persistence..")
                .because("views go through presenters and application services, which own transactions and audit");
    }
}

package org.goldseam.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.goldseam.framework.model.Category;
import org.goldseam.framework.model.ShameCompassPole;
import org.goldseam.framework.model.TaxonomyEntry;
import org.goldseam.framework.model.TaxonomyReportRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in taxonomy shipped by V2 holds every entry issue 3 lists, with lexicon and compass. */
class TaxonomyCatalogTest {
    static final Map<Category, List<String>> EXPECTED = Map.of(
            Category.TRIGGER, List.of("trigger.criticism_or_feedback", "trigger.making_a_mistake",
                    "trigger.being_evaluated", "trigger.fear_of_exposure", "trigger.reaching_a_goal",
                    "trigger.abandonment_cue", "trigger.rejection", "trigger.comparison_with_others",
                    "trigger.rest_or_unstructured_time", "trigger.receiving_praise"),
            Category.DEFENSE, List.of("defense.perfectionism_self_oriented", "defense.perfectionism_other_oriented",
                    "defense.perfectionism_socially_prescribed", "defense.control", "defense.overachievement",
                    "defense.people_pleasing", "defense.relational_withdrawal", "defense.procrastination",
                    "defense.self_attack", "defense.concealment", "defense.attacking_others", "defense.numbing"),
            Category.CORE_BELIEF, List.of("core_belief.unlovable", "core_belief.worthless", "core_belief.fraud",
                    "core_belief.not_enough", "core_belief.will_be_abandoned", "core_belief.defective",
                    "core_belief.conditional_worth"),
            Category.COST, List.of("cost.anxiety", "cost.depression", "cost.anger_at_self", "cost.anger_at_others",
                    "cost.emotional_exhaustion", "cost.isolation", "cost.self_doubt", "cost.dysregulation",
                    "cost.relational_disconnection"),
            Category.RELATIONAL_PATTERN, List.of("relational_pattern.avoids_closeness",
                    "relational_pattern.unavailable_partners", "relational_pattern.fear_of_abandonment",
                    "relational_pattern.alienating_behaviour", "relational_pattern.approval_vigilance"),
            Category.INTERVENTION, List.of("intervention.psychodynamic_exploration", "intervention.emdr",
                    "intervention.somatic_experiencing", "intervention.brainspotting", "intervention.hypnotherapy",
                    "intervention.self_compassion", "intervention.cognitive_restructuring",
                    "intervention.imperfection_experiments", "intervention.reflective_inquiry"),
            Category.STRENGTH, List.of("strength.self_compassion_shown", "strength.healthy_striving",
                    "strength.tolerating_imperfection", "strength.reaching_out", "strength.setting_boundaries",
                    "strength.naming_shame"));

    @TempDir
    Path folder;
    FrameworkFixture fixture;
    TaxonomyService taxonomy;

    @BeforeEach
    void open() {
        fixture = new FrameworkFixture(folder);
        taxonomy = fixture.framework.taxonomy();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void everyCategoryHoldsExactlyTheListedBuiltInEntries() {
        for (Category category : Category.values()) {
            List<TaxonomyEntry> entries = taxonomy.list(category);
            assertThat(entries).as(category.code()).extracting(TaxonomyEntry::key)
                    .containsExactlyInAnyOrderElementsOf(EXPECTED.get(category));
            assertThat(entries).allSatisfy(e -> {
                assertThat(e.builtin()).isTrue();
                assertThat(e.active()).isTrue();
                assertThat(e.useCount()).isZero();
                assertThat(e.label()).isNotBlank();
                // one sentence: ends with a full stop and has no other sentence break inside
                assertThat(e.description()).endsWith(".").doesNotContain(". ");
            });
        }
    }

    @Test
    void everyBuiltInEntryHasThreeToSixLexiconPhrases() {
        for (TaxonomyEntry entry : taxonomy.all()) {
            assertThat(taxonomy.lexicon(entry.key())).as(entry.key()).hasSizeBetween(3, 6).doesNotHaveDuplicates();
        }
    }

    @Test
    void compassOfShameMapsEveryPoleOntoDefenses() {
        Map<ShameCompassPole, List<String>> compass = taxonomy.shameCompass();
        assertThat(compass).containsOnlyKeys(ShameCompassPole.values());
        assertThat(compass.values()).allSatisfy(keys -> assertThat(keys).isNotEmpty().allMatch(k -> k.startsWith("defense.")));
        assertThat(compass.get(ShameCompassPole.ATTACK_SELF)).contains("defense.self_attack");
        assertThat(compass.get(ShameCompassPole.ATTACK_OTHER)).contains("defense.attacking_others");
        assertThat(compass.get(ShameCompassPole.WITHDRAWAL)).contains("defense.relational_withdrawal");
        assertThat(compass.get(ShameCompassPole.AVOIDANCE)).contains("defense.numbing");
    }

    @Test
    void reportListsEveryEntryWithKeyCategoryAndUseCount() {
        List<TaxonomyReportRow> rows = taxonomy.report();
        int expected = EXPECTED.values().stream().mapToInt(List::size).sum();
        assertThat(rows).hasSize(expected);
        assertThat(rows).extracting(TaxonomyReportRow::key)
                .containsAll(EXPECTED.get(Category.DEFENSE)).doesNotHaveDuplicates();
        assertThat(rows).allSatisfy(r -> assertThat(r.key()).startsWith(r.category() + "."));
    }
}

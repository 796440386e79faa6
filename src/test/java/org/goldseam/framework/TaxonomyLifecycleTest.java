package org.goldseam.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.goldseam.db.Tables.THEME_OBSERVATION;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import org.goldseam.framework.model.Category;
import org.goldseam.framework.model.TaxonomyEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaxonomyLifecycleTest {
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
    void customEntryIsAddedRelabelledDeactivatedAndReactivated() {
        TaxonomyEntry added = taxonomy.addCustom(Category.TRIGGER, "Family holidays", "Long gatherings where old roles return.");
        assertThat(added.key()).isEqualTo("trigger.family_holidays");
        assertThat(added.builtin()).isFalse();
        assertThat(added.active()).isTrue();
        assertThat(taxonomy.list(Category.TRIGGER)).extracting(TaxonomyEntry::key).contains("trigger.family_holidays");

        TaxonomyEntry twin = taxonomy.addCustom(Category.TRIGGER, "Family  holidays!", "A second, differently meant entry.");
        assertThat(twin.key()).isEqualTo("trigger.family_holidays_2");
        assertThat(taxonomy.addCustom(Category.STRENGTH, "Élan à l'œuvre", "Invented.").key()).isEqualTo("strength.elan_a_l_uvre");

        TaxonomyEntry relabelled = taxonomy.relabel(added.key(), "Holiday gatherings");
        assertThat(relabelled.label()).isEqualTo("Holiday gatherings");
        assertThat(relabelled.key()).as("keys are stable across relabels").isEqualTo("trigger.family_holidays");
        assertThat(taxonomy.describe(added.key(), "Extended family events.").description()).isEqualTo("Extended family events.");

        assertThat(taxonomy.deactivate(added.key()).active()).isFalse();
        assertThat(taxonomy.reactivate(added.key()).active()).isTrue();
        assertThat(taxonomy.deactivate("defense.control").active()).isFalse();

        taxonomy.addLexiconPhrase(added.key(), "Christmas at my parents'");
        taxonomy.addLexiconPhrase(added.key(), "Christmas at my parents'");
        assertThat(taxonomy.lexicon(added.key())).containsExactly("Christmas at my parents'");
    }

    @Test
    void usedEntryCannotBeDeletedButUnusedOneCan() {
        TaxonomyEntry used = taxonomy.addCustom(Category.DEFENSE, "Over-preparing", "Rehearsing far beyond need.");
        TaxonomyEntry unused = taxonomy.addCustom(Category.DEFENSE, "Joking it away", "Deflecting with humour.");
        long client = fixture.client("Wren Aldous");
        OffsetDateTime startsAt = OffsetDateTime.parse("2026-03-10T15:00:00Z");
        long note = fixture.note(client, startsAt);
        fixture.dsl.insertInto(THEME_OBSERVATION)
                .set(THEME_OBSERVATION.NOTE_ID, note)
                .set(THEME_OBSERVATION.CLIENT_ID, client)
                .set(THEME_OBSERVATION.SESSION_STARTS_AT, startsAt)
                .set(THEME_OBSERVATION.ENTRY_ID, used.id())
                .set(THEME_OBSERVATION.INTENSITY, 6)
                .execute();

        assertThat(taxonomy.get(used.key()).useCount()).isEqualTo(1);
        assertThatThrownBy(() -> taxonomy.delete(used.key()))
                .isInstanceOf(FrameworkException.class)
                .hasMessageContaining("used 1 time");
        assertThat(taxonomy.get(used.key())).isNotNull();

        taxonomy.delete(unused.key());
        assertThat(taxonomy.list(Category.DEFENSE)).extracting(TaxonomyEntry::key).doesNotContain(unused.key());
    }

    @Test
    void builtInEntryCannotBeDeleted() {
        assertThatThrownBy(() -> taxonomy.delete("core_belief.fraud"))
                .isInstanceOf(FrameworkException.class)
                .hasMessageContaining("built-in");
    }

    @Test
    void blankLabelIsRefused() {
        assertThatThrownBy(() -> taxonomy.addCustom(Category.COST, "  ", "x")).isInstanceOf(FrameworkException.class);
    }
}

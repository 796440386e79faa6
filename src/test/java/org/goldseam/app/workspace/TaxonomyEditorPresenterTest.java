package org.goldseam.app.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.goldseam.app.tasks.BackgroundTasks;
import org.goldseam.framework.model.Category;
import org.goldseam.framework.model.TaxonomyEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TaxonomyEditorPresenterTest {
    static DemoWorkspace demo;
    TaxonomyEditorPresenter presenter;

    @BeforeAll
    static void openDemo() throws Exception {
        demo = DemoWorkspace.shared();
    }

    @BeforeEach
    void load() {
        presenter = new TaxonomyEditorPresenter(demo.services(), BackgroundTasks.synchronous());
        presenter.load();
    }

    @Test
    void showsOneCategoryAtATimeWithUseCounts() {
        assertThat(presenter.state()).isEqualTo(LoadState.READY);
        presenter.setCategory(Category.DEFENSE);
        assertThat(presenter.entries()).isNotEmpty().allSatisfy(e -> assertThat(e.category()).isEqualTo(Category.DEFENSE));
        assertThat(presenter.entries()).anySatisfy(e -> assertThat(e.useCount()).isPositive());
    }

    @Test
    void aCustomEntryIsAddedRelabelledDescribedDeactivatedAndDeleted() {
        AtomicInteger changes = new AtomicInteger();
        presenter.onChanged(changes::incrementAndGet);

        presenter.add(Category.COST, "Missed my sister's wedding", "Time with family given up to work.");
        String key = presenter.changedKey();
        assertThat(presenter.category()).isEqualTo(Category.COST);
        assertThat(entry(key).builtin()).isFalse();

        presenter.relabel(key, "Missed family events");
        presenter.describe(key, "Family occasions given up for work.");
        presenter.setActive(key, false);
        assertThat(entry(key)).extracting(TaxonomyEntry::label, TaxonomyEntry::description, TaxonomyEntry::active)
                .containsExactly("Missed family events", "Family occasions given up for work.", false);

        presenter.delete(key);
        assertThat(presenter.entries()).noneMatch(e -> e.key().equals(key));
        assertThat(changes).hasValue(5);
        assertThat(presenter.message()).isNull();
    }

    @Test
    void deletingABuiltInEntryIsRefusedWithTheServicesSentence() {
        presenter.setCategory(Category.CORE_BELIEF);
        TaxonomyEntry builtin = presenter.entries().stream().filter(TaxonomyEntry::builtin).findFirst().orElseThrow();

        presenter.delete(builtin.key());

        assertThat(presenter.message()).contains(builtin.label(), "built-in", "deactivate");
        assertThat(entry(builtin.key())).isNotNull();
    }

    @Test
    void anEmptyLabelIsRefused() {
        presenter.setCategory(Category.STRENGTH);
        int before = presenter.entries().size();
        presenter.add(Category.STRENGTH, " ", "Something");
        assertThat(presenter.message()).isEqualTo("The label cannot be empty.");
        assertThat(presenter.entries()).hasSize(before);
    }

    private TaxonomyEntry entry(String key) {
        return presenter.entries().stream().filter(e -> e.key().equals(key)).findFirst().orElse(null);
    }
}

package org.goldseam.app.workspace.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javax.swing.JCheckBox;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.goldseam.app.workspace.NoteContents;
import org.goldseam.app.workspace.TaxonomyIndex;
import org.goldseam.framework.model.TaxonomyEntry;
import org.goldseam.notes.InterventionUse;
import org.goldseam.notes.NoteContent;

/** The note's interventions: a check box for every intervention in the taxonomy. */
final class InterventionChecks extends JPanel {
    private static final long serialVersionUID = 1L;

    private final transient Consumer<UnaryOperator<NoteContent>> edit;

    InterventionChecks(Consumer<UnaryOperator<NoteContent>> edit) {
        super(new MigLayout("insets 0, gap 10 2, wrap 3"));
        this.edit = edit;
        setName("interventions");
    }

    void show(TaxonomyIndex taxonomy, NoteContent content, boolean editable) {
        removeAll();
        for (TaxonomyEntry entry : taxonomy.interventions()) {
            JCheckBox box = new JCheckBox(entry.label());
            box.setName("intervention:" + entry.key());
            box.setSelected(content.interventions().stream().anyMatch(i -> i.entryId() == entry.id()));
            box.setEnabled(editable);
            box.addActionListener(e -> edit.accept(c -> {
                List<InterventionUse> uses = new ArrayList<>(c.interventions());
                uses.removeIf(i -> i.entryId() == entry.id());
                if (box.isSelected()) {
                    uses.add(new InterventionUse(entry.id(), null));
                }
                return NoteContents.withInterventions(c, uses);
            }));
            add(box);
        }
        revalidate();
    }
}

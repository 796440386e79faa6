package org.goldseam.app.workspace.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.goldseam.app.workspace.NoteContents;
import org.goldseam.app.workspace.TaxonomyIndex;
import org.goldseam.framework.model.TaxonomyEntry;
import org.goldseam.notes.InterventionUse;
import org.goldseam.notes.LabelsAtSigning;
import org.goldseam.notes.NoteContent;
import org.jspecify.annotations.Nullable;

/**
 * The note's interventions: in a draft, a check box for every active intervention in the taxonomy;
 * in a signed note, only the interventions it records, named as they were at signing.
 */
final class InterventionChecks extends JPanel {
    private static final long serialVersionUID = 1L;
    /** On a draft's box: the id of the intervention it ticks. */
    private static final String ENTRY_ID = "goldseam.interventionId";

    private final transient Consumer<UnaryOperator<NoteContent>> edit;

    InterventionChecks(Consumer<UnaryOperator<NoteContent>> edit) {
        super(new MigLayout("insets 0, gap 10 2, wrap 3"));
        this.edit = edit;
        setName("interventions");
    }

    /** @param atSigning null for a draft; for a signed note, the labels it was signed with */
    void show(TaxonomyIndex taxonomy, NoteContent content, boolean editable, @Nullable LabelsAtSigning atSigning) {
        removeAll();
        if (atSigning != null) {
            for (InterventionUse use : content.interventions()) {
                TaxonomyEntry now = taxonomy.byId().get(use.entryId());
                JCheckBox box = new JCheckBox(atSigning.entryLabel(use.entryId(), taxonomy.label(use.entryId())), true);
                box.setName("intervention:" + (now == null ? use.entryId() : now.key()));
                box.setEnabled(false);
                add(box);
            }
            if (content.interventions().isEmpty()) {
                add(new JLabel("None recorded."));
            }
            revalidate();
            return;
        }
        for (TaxonomyEntry entry : taxonomy.interventions()) {
            JCheckBox box = new JCheckBox(entry.label());
            box.setName("intervention:" + entry.key());
            box.setSelected(content.interventions().stream().anyMatch(i -> i.entryId() == entry.id()));
            box.setEnabled(editable);
            box.putClientProperty(ENTRY_ID, entry.id());
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

    /**
     * Ticks the draft's boxes as {@code content} records them, after an edit made elsewhere (a
     * suggestion taken). Only the ticks change: the boxes stay, so none loses the keyboard focus.
     */
    void update(NoteContent content) {
        for (java.awt.Component child : getComponents()) {
            if (child instanceof JCheckBox box && box.getClientProperty(ENTRY_ID) instanceof Long id) {
                box.setSelected(content.interventions().stream().anyMatch(i -> i.entryId() == id));
            }
        }
    }
}

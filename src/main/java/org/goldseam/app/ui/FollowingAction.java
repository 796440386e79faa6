package org.goldseam.app.ui;

import java.awt.event.ActionEvent;
import java.beans.PropertyChangeListener;
import java.util.function.Function;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.KeyStroke;
import org.goldseam.app.workspace.ui.WorkspacePanel;
import org.jspecify.annotations.Nullable;

/**
 * A menu command that stands for an action of the open workspace: it does what that action does
 * and is enabled exactly while it is, and disabled while the vault is locked. The menu outlives
 * each workspace, so it is pointed at the new one after every unlock ({@link #follow}).
 */
final class FollowingAction extends AbstractAction {
    private static final long serialVersionUID = 1L;

    private final transient Function<WorkspacePanel, Action> pick;
    private transient @Nullable Action target;
    private final transient PropertyChangeListener mirror = e -> {
        if ("enabled".equals(e.getPropertyName())) {
            followEnabled();
        }
    };

    FollowingAction(String name, @Nullable KeyStroke key, Function<WorkspacePanel, Action> pick) {
        super(name);
        this.pick = pick;
        putValue(ACCELERATOR_KEY, key);
        setEnabled(false);
    }

    /** Stands for {@code workspace}'s action from now on; for none (disabled) when it is null. */
    void follow(@Nullable WorkspacePanel workspace) {
        if (target != null) {
            target.removePropertyChangeListener(mirror);
        }
        target = workspace == null ? null : pick.apply(workspace);
        if (target != null) {
            target.addPropertyChangeListener(mirror);
        }
        followEnabled();
    }

    private void followEnabled() {
        setEnabled(target != null && target.isEnabled());
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        Action now = target;
        if (now != null && now.isEnabled()) {
            now.actionPerformed(e);
        }
    }
}

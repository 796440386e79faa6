package org.goldseam.app.workspace.ui;

import javax.accessibility.AccessibleContext;
import javax.accessibility.AccessibleRole;
import javax.swing.JComponent;

/**
 * A component that paints itself. A bare JComponent has no accessible context, so a screen reader
 * would find nothing; this one has a context carrying the name and a description in words.
 */
abstract class Painted extends JComponent {
    private static final long serialVersionUID = 1L;

    @Override
    public AccessibleContext getAccessibleContext() {
        if (accessibleContext == null) {
            accessibleContext = new AccessibleJComponent() {
                private static final long serialVersionUID = 1L;

                @Override
                public AccessibleRole getAccessibleRole() {
                    return AccessibleRole.PANEL;
                }
            };
        }
        return accessibleContext;
    }
}

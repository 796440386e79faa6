package org.goldseam.archfixture.summary.render;

import javax.swing.JLabel;

/** Not allowed: the exception for summary rendering covers java.awt, never Swing. */
public final class SwingInRenderer {
    public JLabel label() {
        return new JLabel("no");
    }
}

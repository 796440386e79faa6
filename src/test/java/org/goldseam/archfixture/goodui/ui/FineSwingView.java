package org.goldseam.archfixture.goodui.ui;

/** Follows the rule: Swing inside a ui package. */
public class FineSwingView extends javax.swing.JPanel {
    private static final long serialVersionUID = 1L;
}

package org.goldseam.archfixture.swingleak;

/** Breaks the rule on purpose: a service that shows a dialog. */
public class SwingInAService {
    public void warn() {
        javax.swing.JOptionPane.showMessageDialog(null, "fixture");
    }
}

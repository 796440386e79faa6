package org.goldseam.app.ui;

import org.goldseam.app.ui.common.Html;
import java.awt.Component;
import java.util.Optional;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;
import org.goldseam.clinician.ClinicianIdentity;

/**
 * Asks who signs this vault's notes: the clinician's name and credentials, both required. Shown
 * after unlocking a vault that has none yet (one from before Goldseam kept them in the vault), and
 * from Goldseam > Clinician… to change them. The create-vault screen asks for the same two fields.
 */
final class ClinicianDialog {
    static final String WHY = "Signed notes, addenda and the audit trail name you by these. Notes already signed "
            + "keep the signer they were signed with.";

    private ClinicianDialog() {
    }

    /** The identity given, or empty when the clinician cancelled. Asks again, saying why, while a field is empty. */
    static Optional<ClinicianIdentity> ask(Component owner, String title, String intro, String name, String credentials) {
        JTextField nameField = nameField(name);
        JTextField credentialsField = credentialsField(credentials);
        JPanel form = new JPanel(new MigLayout("wrap 2, insets 4, gap 8 6", "[right][320!, fill]"));
        form.setName("clinicianForm");
        form.add(new JLabel("<html><body style='width:420px'>" + Html.escape(intro) + "</body></html>"), "span 2, gapbottom 6");
        form.add(new JLabel("Your name"));
        form.add(nameField);
        form.add(new JLabel("Credentials"));
        form.add(credentialsField);
        while (JOptionPane.showConfirmDialog(owner, form, title, JOptionPane.OK_CANCEL_OPTION,
                JOptionPane.PLAIN_MESSAGE) == JOptionPane.OK_OPTION) {
            try {
                return Optional.of(new ClinicianIdentity(nameField.getText(), credentialsField.getText()));
            } catch (IllegalArgumentException missing) {
                JOptionPane.showMessageDialog(owner, missing.getMessage(), title, JOptionPane.WARNING_MESSAGE);
            }
        }
        return Optional.empty();
    }

    static JTextField nameField(String name) {
        JTextField field = new JTextField(name == null ? "" : name, 24);
        field.setName("clinicianName");
        field.putClientProperty("JTextField.placeholderText", "e.g. Dr Ana Example");
        field.getAccessibleContext().setAccessibleName("Your name, as signed notes show it");
        return field;
    }

    static JTextField credentialsField(String credentials) {
        JTextField field = new JTextField(credentials == null ? "" : credentials, 24);
        field.setName("clinicianCredentials");
        field.putClientProperty("JTextField.placeholderText", "e.g. PsyD, licensed psychologist");
        field.getAccessibleContext().setAccessibleName("Your credentials, as signed notes show them");
        return field;
    }
}

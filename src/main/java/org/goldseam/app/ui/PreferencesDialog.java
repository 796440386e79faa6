package org.goldseam.app.ui;

import java.awt.Component;
import java.nio.file.Path;
import java.util.Optional;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import javax.swing.SpinnerNumberModel;
import net.miginfocom.swing.MigLayout;
import org.goldseam.app.preferences.AppPreferences;
import org.goldseam.app.preferences.ThemeChoice;
import org.goldseam.notes.NoteFormat;

/** The preferences form; returns the new values, or empty when cancelled. */
final class PreferencesDialog {
    private PreferencesDialog() {
    }

    static Optional<AppPreferences> edit(Component owner, AppPreferences current) {
        JComboBox<ThemeChoice> theme = new JComboBox<>(ThemeChoice.values());
        theme.setSelectedItem(current.theme());
        javax.swing.DefaultListCellRenderer plain = new javax.swing.DefaultListCellRenderer();
        theme.setRenderer((list, value, index, selected, focus) -> plain.getListCellRendererComponent(list,
                value == null ? "" : switch (value) {
                    case LIGHT -> "Light";
                    case DARK -> "Dark";
                    case SYSTEM -> "Follow the system";
                }, index, selected, focus));
        JSpinner fontSize = new JSpinner(new SpinnerNumberModel(current.fontSize(), AppPreferences.MIN_FONT,
                AppPreferences.MAX_FONT, 1));
        JSpinner autoLock = new JSpinner(new SpinnerNumberModel(current.autoLockMinutes(), 1, 120, 1));
        JComboBox<NoteFormat> format = new JComboBox<>(NoteFormat.values());
        format.setSelectedItem(current.defaultFormat());
        JTextField backup = new JTextField(current.backupFolder() == null ? "" : current.backupFolder().toString(), 24);
        backup.putClientProperty("JTextField.placeholderText", "beside the vault (default)");
        JButton chooseBackup = new JButton("Choose…");
        chooseBackup.addActionListener(e -> {
            JFileChooser chooser = new JFileChooser();
            chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
            if (chooser.showOpenDialog(owner) == JFileChooser.APPROVE_OPTION) {
                backup.setText(chooser.getSelectedFile().toString());
            }
        });
        theme.getAccessibleContext().setAccessibleName("Theme");
        fontSize.getAccessibleContext().setAccessibleName("Font size");
        autoLock.getAccessibleContext().setAccessibleName("Lock after idle minutes");
        format.getAccessibleContext().setAccessibleName("Default note format");
        backup.getAccessibleContext().setAccessibleName("Backup folder");

        JPanel form = new JPanel(new MigLayout("wrap 2, insets 4, gap 8 6", "[right][grow, fill]"));
        form.add(new JLabel("Theme"));
        form.add(theme);
        form.add(new JLabel("Font size"));
        form.add(fontSize, "growx 0, w 70!");
        form.add(new JLabel("Lock after"));
        form.add(autoLock, "split 2, growx 0, w 70!");
        form.add(new JLabel("idle minutes"));
        form.add(new JLabel("New notes in"));
        form.add(format);
        form.add(new JLabel("Backups in"));
        form.add(backup, "split 2");
        form.add(chooseBackup);
        JLabel hint = new JLabel("Your name and credentials are kept in the vault: Goldseam > Clinician\u2026");
        hint.putClientProperty("FlatLaf.styleClass", "small");
        form.add(hint, "span 2");

        while (JOptionPane.showConfirmDialog(owner, form, "Preferences", JOptionPane.OK_CANCEL_OPTION,
                JOptionPane.PLAIN_MESSAGE) == JOptionPane.OK_OPTION) {
            try {
                return Optional.of(new AppPreferences((ThemeChoice) theme.getSelectedItem(), (Integer) fontSize.getValue(),
                        (Integer) autoLock.getValue(), (NoteFormat) format.getSelectedItem(), current.clinicianName(),
                        current.credentials(), backup.getText().isBlank() ? null : Path.of(backup.getText().strip())));
            } catch (IllegalArgumentException invalid) {
                JOptionPane.showMessageDialog(owner, invalid.getMessage(), "Preferences", JOptionPane.WARNING_MESSAGE);
            }
        }
        return Optional.empty();
    }
}

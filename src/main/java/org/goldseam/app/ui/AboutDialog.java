package org.goldseam.app.ui;

import java.awt.Dialog;
import java.awt.Font;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.table.DefaultTableModel;
import net.miginfocom.swing.MigLayout;
import org.goldseam.app.about.BuildInfo;
import org.goldseam.app.about.ThirdPartyLibrary;
import org.goldseam.app.about.ThirdPartyNotices;
import org.goldseam.app.ui.common.Html;

/**
 * Goldseam > About Goldseam…: the icon, version and build date, the licence, the vault folder in use
 * (so a clinician can find their notes, and knows that removing the program leaves them there), the
 * Java runtime, and every library shipped with its licence, from the list the build generates.
 */
final class AboutDialog {
    private AboutDialog() {
    }

    static JDialog show(Window owner, Path vaultFolder) {
        JDialog dialog = new JDialog(owner, DesktopWords.get("about.title"), Dialog.ModalityType.APPLICATION_MODAL);
        dialog.setName("aboutDialog");
        dialog.setContentPane(content(dialog, vaultFolder, BuildInfo.current(), ThirdPartyNotices.shipped()));
        dialog.pack();
        dialog.setLocationRelativeTo(owner);
        dialog.setVisible(true);
        return dialog;
    }

    static JPanel content(JDialog dialog, Path vaultFolder, BuildInfo build, List<ThirdPartyLibrary> libraries) {
        JPanel panel = new JPanel(new MigLayout("wrap 2, insets 16, gap 12 6", "[][grow, fill]"));
        JLabel icon = new JLabel(AppIcons.sized(64));
        icon.setName("aboutIcon");
        icon.getAccessibleContext().setAccessibleName("Goldseam icon: a bowl mended with a seam of gold");
        panel.add(icon, "spany 3, aligny top");
        JLabel name = new JLabel("Goldseam");
        name.setFont(name.getFont().deriveFont(Font.BOLD, name.getFont().getSize2D() * 1.6f));
        panel.add(name);
        panel.add(wrapped(DesktopWords.get("about.tagline")));
        JLabel version = new JLabel(DesktopWords.format("about.version", build.version()) + " \u00b7 " + built(build));
        version.setName("aboutVersion");
        panel.add(version);

        panel.add(wrapped(DesktopWords.get("about.licence")), "skip, gaptop 6");

        panel.add(new JLabel(DesktopWords.get("about.vault")), "span 2, gaptop 10");
        JTextField folder = new JTextField(vaultFolder.toString());
        folder.setName("aboutVaultFolder");
        folder.setEditable(false); // selectable, to copy it into a file manager
        folder.getAccessibleContext().setAccessibleName(DesktopWords.get("about.vault"));
        panel.add(folder, "span 2, growx");
        JLabel hint = wrapped(DesktopWords.get("about.vaultHint"));
        hint.putClientProperty("FlatLaf.styleClass", "small");
        panel.add(hint, "span 2");

        panel.add(new JLabel(DesktopWords.get("about.libraries")), "span 2, gaptop 10");
        if (libraries.isEmpty()) {
            panel.add(wrapped(DesktopWords.get("about.librariesMissing")), "span 2");
        } else {
            JTable table = new JTable(libraryModel(libraries));
            table.setName("aboutLibraries");
            table.setAutoCreateRowSorter(true);
            table.getColumnModel().getColumn(0).setPreferredWidth(260);
            table.getColumnModel().getColumn(1).setPreferredWidth(90);
            table.getColumnModel().getColumn(2).setPreferredWidth(260);
            table.getAccessibleContext().setAccessibleName(DesktopWords.get("about.libraries"));
            JScrollPane scroll = new JScrollPane(table);
            panel.add(scroll, "span 2, w 640!, h 200!");
        }
        JLabel runtime = new JLabel(DesktopWords.format("about.runtime", System.getProperty("java.runtime.version", "?"),
                System.getProperty("java.vendor", "?")) + " \u00b7 GPL-2.0 with Classpath Exception");
        runtime.setName("aboutRuntime");
        panel.add(runtime, "span 2");
        panel.add(wrapped(DesktopWords.get("about.fonts")), "span 2");

        JButton close = new JButton(DesktopWords.get("about.close"));
        close.setName("aboutClose");
        close.addActionListener(e -> dialog.dispose());
        panel.add(close, "span 2, right, growx 0, gaptop 10");
        dialog.getRootPane().setDefaultButton(close);
        dialog.getRootPane().registerKeyboardAction(e -> dialog.dispose(), KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                JComponent.WHEN_IN_FOCUSED_WINDOW);
        return panel;
    }

    private static DefaultTableModel libraryModel(List<ThirdPartyLibrary> libraries) {
        DefaultTableModel model = new DefaultTableModel(new Object[] {DesktopWords.get("about.library"),
                DesktopWords.get("about.libraryVersion"), DesktopWords.get("about.libraryLicence")}, 0) {
            private static final long serialVersionUID = 1L;

            @Override
            public boolean isCellEditable(int row, int column) {
                return false;
            }
        };
        for (ThirdPartyLibrary library : libraries) {
            model.addRow(new Object[] {library.name(), library.version(), String.join(" or ", library.licences())});
        }
        return model;
    }

    private static String built(BuildInfo build) {
        return build.builtAt()
                .map(at -> DesktopWords.format("about.built", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withZone(ZoneId.systemDefault()).format(at)))
                .orElse(DesktopWords.get("about.builtUnknown"));
    }

    private static JLabel wrapped(String text) {
        return new JLabel("<html><body style='width: 460px'>" + Html.escape(text) + "</body></html>");
    }
}

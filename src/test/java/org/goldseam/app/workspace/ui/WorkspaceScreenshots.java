package org.goldseam.app.workspace.ui;

import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;
import org.goldseam.app.services.VaultServices;
import org.goldseam.app.preferences.ThemeChoice;
import org.goldseam.app.tasks.BackgroundTasks;
import org.goldseam.app.ui.Themes;
import org.goldseam.app.workspace.DemoWorkspace;
import org.goldseam.clients.ClientSummary;

/**
 * Looks at the tabs: opens each on a demo client in a window and saves a PNG of it. Run under
 * Xvfb: {@code xvfb-run -a -s "-screen 0 1400x900x24" java -cp … WorkspaceScreenshots /tmp [client-index] [dark]}.
 */
public final class WorkspaceScreenshots {
    private WorkspaceScreenshots() {
    }

    private static void capture(Robot robot, Path file) throws Exception {
        for (java.awt.Window w : java.awt.Window.getWindows()) {
            if (w instanceof javax.swing.JDialog && w.isShowing()) {
                ImageIO.write(robot.createScreenCapture(w.getBounds()), "png", file.toFile());
                System.out.println("wrote " + file);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "/tmp");
        int index = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        boolean dark = args.length > 2 && args[2].equals("dark");
        // the demo is kept between runs: writing it takes a while, looking again should not
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "goldseam-shots-demo");
        boolean written = Files.isDirectory(dir.resolve("vault"));
        Files.createDirectories(dir);
        try (DemoWorkspace demo = written ? DemoWorkspace.open(dir) : DemoWorkspace.create(dir)) {
            VaultServices services = demo.services();
            List<ClientSummary> clients = services.clients().listAll();
            long clientId = clients.get(index).id();
            BackgroundTasks tasks = BackgroundTasks.withWorkerThread(SwingUtilities::invokeLater);
            JFrame[] frame = new JFrame[1];
            JTabbedPane[] tabs = new JTabbedPane[1];
            List<ClientTab> shown = new java.util.ArrayList<>();
            SwingUtilities.invokeAndWait(() -> {
                Themes.apply(dark ? ThemeChoice.DARK : ThemeChoice.LIGHT, 13);
                tabs[0] = new JTabbedPane();
                shown.add(new OverviewTab(services, tasks));
                shown.add(new MeasuresTab(services, tasks));
                shown.add(new ThemesTab(services, tasks));
                for (ClientTab tab : shown) {
                    tabs[0].addTab(tab.title(), tab.component());
                    tab.showClient(clientId);
                }
                frame[0] = new JFrame("Goldseam tabs");
                frame[0].setContentPane(tabs[0]);
                frame[0].setBounds(0, 0, 1180, 820);
                frame[0].setVisible(true);
            });
            Thread.sleep(4000);
            Robot robot = new Robot();
            String suffix = dark ? "-dark" : "";
            for (int i = 0; i < shown.size(); i++) {
                int tab = i;
                SwingUtilities.invokeAndWait(() -> tabs[0].setSelectedIndex(tab));
                Thread.sleep(1200);
                Rectangle bounds = frame[0].getContentPane().getBounds();
                bounds.setLocation(frame[0].getContentPane().getLocationOnScreen());
                BufferedImage image = robot.createScreenCapture(bounds);
                String name = "tab-" + shown.get(i).title().toLowerCase(java.util.Locale.ROOT) + suffix + ".png";
                ImageIO.write(image, "png", out.resolve(name).toFile());
                System.out.println("wrote " + out.resolve(name));
            }
            // the dialogs, for looking at only (not saved under docs/)
            SwingUtilities.invokeLater(() -> ((MeasuresTab) shown.get(1)).openEntryDialog());
            Thread.sleep(1500);
            capture(robot, out.resolve("dialog-measure" + suffix + ".png"));
            SwingUtilities.invokeAndWait(() -> {
                for (java.awt.Window w : java.awt.Window.getWindows()) {
                    if (w instanceof javax.swing.JDialog) {
                        w.dispose();
                    }
                }
            });
            SwingUtilities.invokeAndWait(() -> TaxonomyEditorWindow.show(frame[0], services, tasks));
            Thread.sleep(1500);
            capture(robot, out.resolve("dialog-taxonomy" + suffix + ".png"));
            SwingUtilities.invokeAndWait(() -> frame[0].dispose());
        }
        System.exit(0);
    }
}

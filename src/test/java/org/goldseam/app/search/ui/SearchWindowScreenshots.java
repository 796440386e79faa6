package org.goldseam.app.search.ui;

import java.awt.Rectangle;
import java.awt.Robot;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import org.goldseam.app.preferences.ThemeChoice;
import org.goldseam.app.tasks.BackgroundTasks;
import org.goldseam.app.ui.Themes;
import org.goldseam.app.workspace.DemoWorkspace;
import org.goldseam.search.SearchService;
import org.goldseam.testing.TestVaults;

/**
 * Looks at the search window: runs a combined search on a demo caseload and saves a PNG. Run under
 * Xvfb: {@code xvfb-run -a -s "-screen 0 1400x900x24" java -cp … SearchWindowScreenshots OUT.png [query] [dark]}.
 */
public final class SearchWindowScreenshots {
    private SearchWindowScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "/tmp/search-window.png");
        String query = args.length > 1 ? args[1] : "theme:core_belief.fraud min:3 flawless";
        boolean dark = args.length > 2 && args[2].equals("dark");
        // the demo is kept between runs: writing it takes a while, looking again should not
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "goldseam-search-shots-demo");
        boolean written = Files.isDirectory(dir.resolve("vault"));
        Files.createDirectories(dir);
        try (DemoWorkspace demo = written ? DemoWorkspace.open(dir) : DemoWorkspace.create(dir);
             SearchService search = SearchService.open(demo.services().vault(), TestVaults.CLOCK)) {
            search.buildIndex(status -> { });
            BackgroundTasks tasks = BackgroundTasks.withWorkerThread(SwingUtilities::invokeLater);
            SearchWindow[] window = new SearchWindow[1];
            SwingUtilities.invokeAndWait(() -> {
                Themes.apply(dark ? ThemeChoice.DARK : ThemeChoice.LIGHT, 13);
                window[0] = SearchWindow.show(null, demo.services(), search, tasks, (client, notes, words) -> { });
            });
            Thread.sleep(1500);
            SwingUtilities.invokeAndWait(() -> {
                var field = (javax.swing.JTextField) find(window[0].dialog(), "query");
                field.setText(query);
            });
            Thread.sleep(2500);
            SwingUtilities.invokeAndWait(() -> {
                var table = (javax.swing.JTable) find(window[0].dialog(), "results");
                if (table.getRowCount() > 0) {
                    table.setRowSelectionInterval(0, 0);
                }
            });
            Thread.sleep(1000);
            Rectangle[] bounds = new Rectangle[1];
            SwingUtilities.invokeAndWait(() -> {
                var pane = window[0].dialog().getContentPane();
                bounds[0] = new Rectangle(pane.getLocationOnScreen(), pane.getSize());
            });
            ImageIO.write(new Robot().createScreenCapture(bounds[0]), "png", out.toFile());
            System.out.println("wrote " + out);
            SwingUtilities.invokeAndWait(() -> window[0].close());
            tasks.shutdownWhenDone();
        }
        System.exit(0);
    }

    static java.awt.Component find(java.awt.Container root, String name) {
        for (java.awt.Component c : root.getComponents()) {
            if (name.equals(c.getName())) {
                return c;
            }
            if (c instanceof java.awt.Container inner) {
                java.awt.Component found = find(inner, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}

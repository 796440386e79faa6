package org.goldseam.app.summary;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where summaries go unless the clinician says otherwise: their Documents folder, or home without one. */
public final class SummaryFolders {
    private SummaryFolders() {
    }

    public static Path defaultFolder() {
        Path home = Path.of(System.getProperty("user.home"));
        Path documents = home.resolve("Documents");
        return Files.isDirectory(documents) ? documents : home;
    }
}

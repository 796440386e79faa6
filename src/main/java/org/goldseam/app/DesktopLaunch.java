package org.goldseam.app;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Recognises the command lines that only open the desktop app: none at all, or just
 * {@code --data-dir DIR}. Those skip picocli, which would otherwise build the model of every
 * sub-command (and load their option types, Jackson among them) before the first window can
 * appear — about a second of a cold start measured by {@code goldseam bench}. Anything else,
 * {@code --help} and mistakes included, goes through the full command line.
 */
record DesktopLaunch(Optional<Path> dataDir) {
    private static final String DATA_DIR = "--data-dir";

    static Optional<DesktopLaunch> recognise(String[] args) {
        if (args.length == 0) {
            return Optional.of(new DesktopLaunch(Optional.empty()));
        }
        if (args.length == 2 && args[0].equals(DATA_DIR) && isFolderArgument(args[1])) {
            return Optional.of(new DesktopLaunch(Optional.of(Path.of(args[1]))));
        }
        if (args.length == 1 && args[0].startsWith(DATA_DIR + "=") && isFolderArgument(args[0].substring(DATA_DIR.length() + 1))) {
            return Optional.of(new DesktopLaunch(Optional.of(Path.of(args[0].substring(DATA_DIR.length() + 1)))));
        }
        return Optional.empty();
    }

    /** Leaves odd values (empty, an option, an invalid path) to picocli, which explains them. */
    private static boolean isFolderArgument(String value) {
        if (value.isBlank() || value.startsWith("-")) {
            return false;
        }
        try {
            var unused = Path.of(value);
            return true;
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }
}

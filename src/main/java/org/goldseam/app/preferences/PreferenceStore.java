package org.goldseam.app.preferences;

import java.nio.file.Path;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.goldseam.notes.NoteFormat;

/**
 * Keeps {@link AppPreferences} and the window's bounds in the platform's preference store
 * ({@code java.util.prefs}): the registry on Windows, a plist on macOS, ~/.java on Linux. Values that
 * cannot be read fall back to the defaults instead of stopping the app.
 */
public final class PreferenceStore {
    private final Preferences node;

    public PreferenceStore(Preferences node) {
        this.node = node;
    }

    public static PreferenceStore forUser() {
        return new PreferenceStore(Preferences.userRoot().node("org/goldseam"));
    }

    public AppPreferences load() {
        AppPreferences d = AppPreferences.defaults();
        try {
            String backup = node.get("backupFolder", "");
            return new AppPreferences(
                    ThemeChoice.valueOf(node.get("theme", d.theme().name())),
                    node.getInt("fontSize", d.fontSize()),
                    node.getInt("autoLockMinutes", d.autoLockMinutes()),
                    NoteFormat.valueOf(node.get("defaultFormat", d.defaultFormat().name())),
                    node.get("clinicianName", d.clinicianName()),
                    node.get("credentials", d.credentials()),
                    backup.isBlank() ? null : Path.of(backup));
        } catch (IllegalArgumentException damaged) {
            return d;
        }
    }

    public void save(AppPreferences p) {
        node.put("theme", p.theme().name());
        node.putInt("fontSize", p.fontSize());
        node.putInt("autoLockMinutes", p.autoLockMinutes());
        node.put("defaultFormat", p.defaultFormat().name());
        node.put("clinicianName", p.clinicianName());
        node.put("credentials", p.credentials());
        node.put("backupFolder", p.backupFolder() == null ? "" : p.backupFolder().toString());
        flush();
    }

    /** Window position and size as x, y, width, height. */
    public Optional<int[]> windowBounds() {
        String text = node.get("windowBounds", "");
        String[] parts = text.split(",");
        if (parts.length != 4) {
            return Optional.empty();
        }
        try {
            int[] bounds = new int[4];
            for (int i = 0; i < 4; i++) {
                bounds[i] = Integer.parseInt(parts[i].strip());
            }
            return bounds[2] > 200 && bounds[3] > 150 ? Optional.of(bounds) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public void saveWindowBounds(int x, int y, int width, int height) {
        node.put("windowBounds", x + "," + y + "," + width + "," + height);
        flush();
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // preferences are a convenience: an unwritable store must not stop note-taking
        }
    }
}

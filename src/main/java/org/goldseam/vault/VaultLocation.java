package org.goldseam.vault;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where the vault lives. In order: {@code --data-dir DIR}, the {@code GOLDSEAM_HOME} variable, then the
 * per-OS data folder ({@code $XDG_DATA_HOME/goldseam} or {@code ~/.local/share/goldseam} on Linux,
 * {@code %APPDATA%\Goldseam} on Windows, {@code ~/Library/Application Support/Goldseam} on macOS).
 */
public final class VaultLocation {
    public static final String HOME_VARIABLE = "GOLDSEAM_HOME";

    private VaultLocation() {
    }

    public static Path resolve(Optional<Path> dataDir) {
        return resolve(dataDir, System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home")));
    }

    static Path resolve(Optional<Path> dataDir, Map<String, String> env, String osName, Path userHome) {
        if (dataDir.isPresent()) {
            return dataDir.get().toAbsolutePath().normalize();
        }
        String home = env.get(HOME_VARIABLE);
        if (home != null && !home.isBlank()) {
            return Path.of(home).toAbsolutePath().normalize();
        }
        return defaultFor(env, osName, userHome);
    }

    static Path defaultFor(Map<String, String> env, String osName, Path userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : userHome.resolve("AppData").resolve("Roaming");
            return base.resolve("Goldseam");
        }
        if (os.startsWith("mac")) {
            return userHome.resolve("Library").resolve("Application Support").resolve("Goldseam");
        }
        String xdg = env.get("XDG_DATA_HOME");
        // the XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg).resolve("goldseam");
        }
        return userHome.resolve(".local").resolve("share").resolve("goldseam");
    }
}

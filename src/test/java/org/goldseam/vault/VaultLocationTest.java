package org.goldseam.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VaultLocationTest {
    private static final Path HOME = Path.of("/home/therapist");

    @Test
    void linuxUsesXdgDataHomeElseLocalShare() {
        assertThat(VaultLocation.resolve(Optional.empty(), Map.of("XDG_DATA_HOME", "/data/xdg"), "Linux", HOME))
                .isEqualTo(Path.of("/data/xdg/goldseam"));
        assertThat(VaultLocation.resolve(Optional.empty(), Map.of(), "Linux", HOME))
                .isEqualTo(Path.of("/home/therapist/.local/share/goldseam"));
        // the XDG specification says a relative value must be ignored
        assertThat(VaultLocation.resolve(Optional.empty(), Map.of("XDG_DATA_HOME", "relative/dir"), "Linux", HOME))
                .isEqualTo(Path.of("/home/therapist/.local/share/goldseam"));
    }

    @Test
    void windowsUsesAppDataAndMacUsesApplicationSupport() {
        assertThat(VaultLocation.resolve(Optional.empty(), Map.of("APPDATA", "/appdata"), "Windows 11", HOME))
                .isEqualTo(Path.of("/appdata/Goldseam"));
        assertThat(VaultLocation.resolve(Optional.empty(), Map.of(), "Mac OS X", HOME))
                .isEqualTo(Path.of("/home/therapist/Library/Application Support/Goldseam"));
    }

    @Test
    void dataDirBeatsGoldseamHomeWhichBeatsTheDefault() {
        Map<String, String> env = Map.of("GOLDSEAM_HOME", "/srv/goldseam", "XDG_DATA_HOME", "/data/xdg");
        assertThat(VaultLocation.resolve(Optional.of(Path.of("/tmp/vault")), env, "Linux", HOME)).isEqualTo(Path.of("/tmp/vault"));
        assertThat(VaultLocation.resolve(Optional.empty(), env, "Linux", HOME)).isEqualTo(Path.of("/srv/goldseam"));
    }
}

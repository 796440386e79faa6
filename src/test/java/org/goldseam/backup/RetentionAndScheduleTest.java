package org.goldseam.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.goldseam.testing.TestVaults;
import org.goldseam.vault.Vault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetentionAndScheduleTest {
    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private static final BackupSettings SETTINGS = new BackupSettings(Path.of("/backups"), 14, 12);

    @TempDir
    Path dir;

    private static BackupFile backup(String vault, Instant at, BackupKind kind) {
        return new BackupFile(Path.of("/backups/" + at + "-" + vault + ".zip"),
                new BackupManifest(1, vault, at, kind, "test", 1, "0".repeat(64)));
    }

    @Test
    void keepsTheNewestFourteenAndTheNewestOfEachOfTheLastTwelveMonths() {
        List<BackupFile> all = new ArrayList<>();
        // two a day for the last 400 days
        for (int day = 0; day < 400; day++) {
            all.add(backup("v", NOW.minus(Duration.ofDays(day)), BackupKind.DAILY));
            all.add(backup("v", NOW.minus(Duration.ofDays(day)).minus(Duration.ofHours(6)), BackupKind.ON_CLOSE));
        }
        all.add(backup("other-vault", NOW.minus(Duration.ofDays(500)), BackupKind.DAILY));
        all.add(backup("v", NOW.minus(Duration.ofDays(700)), BackupKind.BEFORE_RESTORE));

        List<BackupFile> delete = Retention.toDelete(all, "v", SETTINGS, NOW, ZoneOffset.UTC);
        List<BackupFile> kept = all.stream().filter(b -> !delete.contains(b)).toList();

        List<BackupFile> keptRoutine = kept.stream()
                .filter(b -> b.manifest().vaultId().equals("v") && b.manifest().kind().routine()).toList();
        // 14 newest (all in November) + the newest of each of the 11 months before it
        assertThat(keptRoutine).hasSize(14 + 11);
        assertThat(keptRoutine.stream().map(b -> java.time.YearMonth.from(b.manifest().createdAt().atZone(ZoneOffset.UTC)))
                .distinct()).hasSize(12);
        assertThat(keptRoutine.stream().map(b -> b.manifest().createdAt()).min(Instant::compareTo).orElseThrow())
                .isAfter(NOW.minus(Duration.ofDays(366)));
        // never touched: other vaults, and the copy a restore kept
        assertThat(kept).anyMatch(b -> b.manifest().vaultId().equals("other-vault"))
                .anyMatch(b -> b.manifest().kind() == BackupKind.BEFORE_RESTORE);
    }

    @Test
    void fewBackupsAreAllKept() {
        List<BackupFile> three = List.of(backup("v", NOW, BackupKind.MANUAL), backup("v", NOW.minusSeconds(60), BackupKind.MANUAL),
                backup("v", NOW.minus(Duration.ofDays(900)), BackupKind.MANUAL));
        assertThat(Retention.toDelete(three, "v", SETTINGS, NOW, ZoneOffset.UTC)).isEmpty();
    }

    @Test
    void theDailyBackupIsDueOncePerDayAndFailuresComeBackAsValues() {
        Path folder = dir.resolve("vault");
        BackupSettings settings = BackupSettings.defaults(new org.goldseam.vault.VaultFiles(folder));
        try (Vault vault = TestVaults.create(folder)) {
            AutomaticBackups today = automatic(settings, NOW);
            assertThat(today.due(vault)).isTrue();
            assertThat(today.runIfDue(vault, BackupProgress.NONE)).isInstanceOf(AutomaticBackups.Outcome.Done.class);
            assertThat(today.due(vault)).isFalse();
            assertThat(today.runIfDue(vault, BackupProgress.NONE)).isInstanceOf(AutomaticBackups.Outcome.NotDue.class);
            assertThat(automatic(settings, NOW.plus(Duration.ofHours(23))).due(vault)).isFalse();
            assertThat(automatic(settings, NOW.plus(Duration.ofHours(24))).due(vault)).isTrue();

            AutomaticBackups intoTheVault = automatic(settings.inFolder(folder.resolve("inside")), NOW);
            assertThat(intoTheVault.beforeClose(vault, BackupProgress.NONE)).isInstanceOfSatisfying(
                    AutomaticBackups.Outcome.Failed.class, f -> assertThat(f.message()).contains("inside the vault folder"));
            assertThat(automatic(settings, NOW).beforeClose(vault, BackupProgress.NONE)).isInstanceOfSatisfying(
                    AutomaticBackups.Outcome.Done.class,
                    d -> assertThat(d.result().manifest().kind()).isEqualTo(BackupKind.ON_CLOSE));
        }
    }

    private static AutomaticBackups automatic(BackupSettings settings, Instant now) {
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        return new AutomaticBackups(new BackupService(TestVaults.vaults(), clock, "Dr Imaginary"), settings, clock);
    }
}

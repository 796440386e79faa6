package org.goldseam.backup;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which routine backups to keep: the newest {@code keepLast}, plus the newest backup of each of the
 * last {@code keepMonths} calendar months (the current one included), so that a mistake noticed
 * weeks later can still be undone. Copies kept by a restore and backups of other vaults are never
 * touched.
 */
public final class Retention {
    private Retention() {
    }

    /** The backups of {@code vaultId} among {@code backups} (any order) that the rule lets go. */
    public static List<BackupFile> toDelete(List<BackupFile> backups, String vaultId, BackupSettings settings,
            Instant now, ZoneId zone) {
        List<BackupFile> routine = new ArrayList<>(backups.stream()
                .filter(b -> b.manifest().vaultId().equals(vaultId) && b.manifest().kind().routine())
                .toList());
        routine.sort((a, b) -> b.manifest().createdAt().compareTo(a.manifest().createdAt()));
        YearMonth current = YearMonth.from(now.atZone(zone));
        YearMonth oldestKeptMonth = current.minusMonths(Math.max(0, settings.keepMonths() - 1L));
        Set<YearMonth> monthsKept = new HashSet<>();
        List<BackupFile> delete = new ArrayList<>();
        for (int i = 0; i < routine.size(); i++) {
            BackupFile backup = routine.get(i);
            YearMonth month = YearMonth.from(backup.manifest().createdAt().atZone(zone));
            boolean newest = i < settings.keepLast();
            boolean monthly = settings.keepMonths() > 0 && !month.isBefore(oldestKeptMonth) && !month.isAfter(current)
                    && monthsKept.add(month);
            if (newest) {
                monthsKept.add(month);
            } else if (!monthly) {
                delete.add(backup);
            }
        }
        return delete;
    }
}

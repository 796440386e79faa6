package org.goldseam.backup;

import java.util.Locale;

/** Why a backup was made; part of its file name and manifest. */
public enum BackupKind {
    /** "Back up now", or {@code goldseam backup}. */
    MANUAL,
    /** The daily backup while the vault is open. */
    DAILY,
    /** The backup taken as the vault closes. */
    ON_CLOSE,
    /** The vault a restore replaced, kept as it was (a file copy: it may be damaged, which is often why it was replaced). */
    BEFORE_RESTORE,
    /** The vault as an older Goldseam left it, copied before a newer one updated its structure (kept, never pruned). */
    BEFORE_UPGRADE;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static BackupKind fromCode(String code) {
        for (BackupKind kind : values()) {
            if (kind.code().equals(code)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown backup kind: " + code);
    }

    /** Routine backups are thinned out by the retention rule; the copies kept by a restore or an upgrade are not. */
    public boolean routine() {
        return this != BEFORE_RESTORE && this != BEFORE_UPGRADE;
    }
}

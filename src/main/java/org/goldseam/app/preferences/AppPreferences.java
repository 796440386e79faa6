package org.goldseam.app.preferences;

import java.nio.file.Path;
import org.goldseam.notes.NoteFormat;
import org.jspecify.annotations.Nullable;

/**
 * The clinician's settings. None of them is client data, so they live outside the vault (see
 * {@link PreferenceStore}).
 *
 * @param backupFolder null means the default, a folder beside the vault
 */
public record AppPreferences(ThemeChoice theme, int fontSize, int autoLockMinutes, NoteFormat defaultFormat,
                             String clinicianName, String credentials, @Nullable Path backupFolder) {
    public static final int MIN_FONT = 11;
    public static final int MAX_FONT = 24;

    public static AppPreferences defaults() {
        return new AppPreferences(ThemeChoice.LIGHT, 13, 10, NoteFormat.DAP, "", "", null);
    }

    public AppPreferences {
        if (fontSize < MIN_FONT || fontSize > MAX_FONT) {
            throw new IllegalArgumentException("The font size must be from " + MIN_FONT + " to " + MAX_FONT + ".");
        }
        if (autoLockMinutes < 1 || autoLockMinutes > 120) {
            throw new IllegalArgumentException("Auto-lock must be after 1 to 120 idle minutes.");
        }
        clinicianName = clinicianName == null ? "" : clinicianName.strip();
        credentials = credentials == null ? "" : credentials.strip();
    }

    /**
     * How signatures and summaries name the clinician, e.g. "Dr Ada Imaginary, LCSW"; null while no
     * name is known. Never the operating-system account: the desktop app fills the name and
     * credentials from the vault ({@link #withClinician}), where the clinician gave them.
     */
    public @Nullable String signature() {
        if (clinicianName.isEmpty()) {
            return null;
        }
        return credentials.isEmpty() ? clinicianName : clinicianName + ", " + credentials;
    }

    /** Who audit entries name: the {@link #signature}, or the operating-system account only while no name is known. */
    public String auditActor() {
        String signature = signature();
        return signature != null ? signature : org.goldseam.audit.AuditService.systemActor();
    }

    /** These preferences naming {@code clinician} (the vault's), or nobody when it is null. */
    public AppPreferences withClinician(org.goldseam.clinician.@Nullable ClinicianIdentity clinician) {
        return new AppPreferences(theme, fontSize, autoLockMinutes, defaultFormat,
                clinician == null ? "" : clinician.name(), clinician == null ? "" : clinician.credentials(), backupFolder);
    }
}

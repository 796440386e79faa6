package org.goldseam.clinician;

/**
 * Who keeps the vault and signs its notes, as signatures, addenda and the audit trail name them:
 * "Dr Ana Example" with "PsyD, licensed psychologist". Both are required; they are stored in the
 * vault (schema version 6), never taken from the operating-system account.
 */
public record ClinicianIdentity(String name, String credentials) {
    public static final int MAX_NAME = 150;
    public static final int MAX_CREDENTIALS = 140;

    /** @throws IllegalArgumentException with a message for the clinician when either is empty or too long */
    public ClinicianIdentity {
        name = required(name, "Your name", MAX_NAME);
        credentials = required(credentials, "Your credentials", MAX_CREDENTIALS);
    }

    /** "Dr Ana Example, PsyD, licensed psychologist": what a signature, an addendum and an audit entry say. */
    public String signature() {
        return name + ", " + credentials;
    }

    private static String required(String value, String what, int max) {
        String stripped = value == null ? "" : value.strip().replaceAll("\\s+", " ");
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException(what + " must be given: signed notes carry it.");
        }
        if (stripped.length() > max) {
            throw new IllegalArgumentException(what + " can have at most " + max + " characters.");
        }
        return stripped;
    }
}

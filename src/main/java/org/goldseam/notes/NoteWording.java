package org.goldseam.notes;

/**
 * How Goldseam words the note's enumerations for people, the same on screen and in summaries.
 */
public final class NoteWording {
    private NoteWording() {
    }

    public static String of(SessionType type) {
        return switch (type) {
            case INTAKE -> "Intake";
            case INDIVIDUAL -> "Individual";
            case COUPLES -> "Couples";
            case FAMILY -> "Family";
            case GROUP -> "Group";
        };
    }

    public static String of(Modality modality) {
        return switch (modality) {
            case IN_PERSON -> "In person";
            case TELEHEALTH -> "Telehealth";
            case PHONE -> "Phone";
        };
    }

    public static String of(Attendance attendance) {
        return switch (attendance) {
            case ATTENDED -> "Attended";
            case CANCELLED -> "Cancelled";
            case NO_SHOW -> "No-show";
            case LATE_CANCEL -> "Late cancellation";
        };
    }

    public static String of(NoteFormat format) {
        return switch (format) {
            case DAP -> "DAP";
            case SOAP -> "SOAP";
            case BIRP -> "BIRP";
            case FREE -> "Free text";
        };
    }

    public static String of(AddendumKind kind) {
        return switch (kind) {
            case ADDENDUM -> "Addendum";
            case CORRECTION -> "Correction";
            case LATE_ENTRY -> "Late entry";
        };
    }
}

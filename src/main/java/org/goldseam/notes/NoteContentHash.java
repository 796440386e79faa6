package org.goldseam.notes;

import org.goldseam.hashing.CanonicalDigest;
import org.jspecify.annotations.Nullable;

/**
 * The SHA-256 fingerprint a signature fixes: if any signed word, rating or setting changes later,
 * the recomputed hash no longer matches the stored one.
 *
 * <p>Serialisation ({@link CanonicalDigest} tokens: length-prefixed UTF-16BE text, a distinct null
 * marker, 8-byte numbers, counts before lists), in this order:
 * <ol>
 *   <li>the domain tag {@code "goldseam-note-v1"};</li>
 *   <li>client id; start instant in UTC as ISO-8601 ({@link java.time.Instant#toString()});
 *       duration in minutes;</li>
 *   <li>session type, modality, attendance and format as their database values; summary line;</li>
 *   <li>count of sections, then for each in the format's order: section database value, text;</li>
 *   <li>private notes (psychotherapy notes are signed too, though never exported);</li>
 *   <li>count of observations, then for each by entry id: entry id, intensity, verbatim quote,
 *       shame kind database value;</li>
 *   <li>count of interventions, then for each by entry id: entry id, detail;</li>
 *   <li>count of goal progress ratings, then for each by goal id: goal id, rating, comment.</li>
 * </ol>
 * Version 2 ({@link #signed}, every note signed since schema version 5) starts with the domain tag
 * {@code "goldseam-note-v2"}, continues with the same tokens, and ends with the signer and the
 * signing time in UTC as ISO-8601 at the microseconds the database keeps: who signed and when are
 * as fixed as what was written. Version 1 ({@link #of}) stops after the goal ratings; notes signed
 * before version 2 existed keep it ({@code session_note.hash_version}).
 *
 * <p>Every token carries its own type and length, and every list its count, so two different notes
 * never serialise to the same bytes. Changing anything here breaks every stored hash; introduce a
 * new domain tag and hash version instead.
 */
public final class NoteContentHash {
    static final String DOMAIN = "goldseam-note-v1";
    static final String SIGNED_DOMAIN = "goldseam-note-v2";
    /** The version new signatures carry. */
    public static final int CURRENT_VERSION = 2;

    private NoteContentHash() {
    }

    /** The hash {@code note} should carry under its own {@link SessionNote#hashVersion()}; null for a draft. */
    public static @Nullable String expected(SessionNote note) {
        if (note.hashVersion() == null) {
            return null;
        }
        return switch (note.hashVersion()) {
            case 1 -> of(note.clientId(), note.content());
            case 2 -> signed(note.clientId(), note.content(), note.signedBy(), note.signedAt());
            default -> null; // a version this Goldseam does not know: nothing it can vouch for
        };
    }

    /** Version 1: the content only. */
    public static String of(long clientId, NoteContent content) {
        return content(CanonicalDigest.start(DOMAIN), clientId, content).hex();
    }

    /** Version 2: the content, who signed it and when ({@code signedAt} as stored, to the microsecond). */
    public static String signed(long clientId, NoteContent content, @Nullable String signedBy,
            java.time.@Nullable OffsetDateTime signedAt) {
        return content(CanonicalDigest.start(SIGNED_DOMAIN), clientId, content)
                .text(signedBy)
                .text(signedAt == null ? null : signedAt.toInstant().toString())
                .hex();
    }

    private static CanonicalDigest content(CanonicalDigest digest, long clientId, NoteContent content) {
        digest
                .number(clientId)
                .text(content.startsAt().toInstant().toString())
                .number(content.durationMinutes())
                .text(content.type().dbValue())
                .text(content.modality().dbValue())
                .text(content.attendance().dbValue())
                .text(content.format().dbValue())
                .text(content.summaryLine());
        digest.count(content.sections().size());
        for (NoteSectionText section : content.sections()) {
            digest.text(section.section().dbValue()).text(section.text());
        }
        digest.text(content.privateNotes());
        digest.count(content.observations().size());
        for (ThemeObservation o : content.observations()) {
            digest.number(o.entryId()).number(o.intensity()).text(o.verbatimQuote())
                    .text(o.shameKind() == null ? null : o.shameKind().dbValue());
        }
        digest.count(content.interventions().size());
        for (InterventionUse i : content.interventions()) {
            digest.number(i.entryId()).text(i.detail());
        }
        digest.count(content.goalProgress().size());
        for (GoalProgress g : content.goalProgress()) {
            digest.number(g.goalId()).number(g.rating()).text(g.comment());
        }
        return digest;
    }
}

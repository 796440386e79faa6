package org.goldseam.notes;

import org.goldseam.hashing.CanonicalDigest;

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
 * Every token carries its own type and length, and every list its count, so two different notes
 * never serialise to the same bytes. Signer and signing time are not covered: they are stored
 * beside the hash, not part of what was written. Changing anything here breaks every stored hash;
 * introduce {@code "goldseam-note-v2"} instead.
 */
public final class NoteContentHash {
    static final String DOMAIN = "goldseam-note-v1";

    private NoteContentHash() {
    }

    public static String of(SessionNote note) {
        return of(note.clientId(), note.content());
    }

    public static String of(long clientId, NoteContent content) {
        CanonicalDigest digest = CanonicalDigest.start(DOMAIN)
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
        return digest.hex();
    }
}

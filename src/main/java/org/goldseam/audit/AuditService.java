package org.goldseam.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Records who did what in the vault, for the desktop app and the command line. Entries carry ids,
 * times and short technical remarks (a file name, a taxonomy key), never clinical content, so the
 * trail can be shown to anyone entitled to see an access log.
 *
 * <p>Each method appends one entry through {@link AuditLog#append}, which joins the caller's
 * transaction: the application services ({@code org.goldseam.service}) call these inside the
 * transaction that makes the change, so the change and its entry are committed together or not at all.
 */
public final class AuditService {
    private final AuditLog log;
    private final String actor;
    private final Clock clock;

    public AuditService(AuditLog log, String actor, Clock clock) {
        this.log = Objects.requireNonNull(log);
        this.actor = requireActor(actor);
        this.clock = Objects.requireNonNull(clock);
    }

    /** The operating-system account running Goldseam: the "unique user" of a single-clinician vault. */
    public static String systemActor() {
        String name = System.getProperty("user.name");
        return name == null || name.isBlank() ? "unknown account" : name;
    }

    /**
     * The vault was unlocked through {@code channel} ("desktop", "command line"). Failed attempts
     * before it cannot be written while the vault is locked, so the caller keeps their times and they
     * are recorded here, each at the time it happened.
     */
    public void unlocked(String channel, List<Instant> failedAttemptsBefore) {
        for (Instant attempt : failedAttemptsBefore) {
            log.append(AuditAction.FAILED_UNLOCK, actor, null, null, "wrong passphrase; recorded at the next unlock", attempt);
        }
        record(AuditAction.UNLOCK, null, null, channel);
    }

    public void locked(String reason) {
        record(AuditAction.LOCK, null, null, reason);
    }

    public void clientViewed(long clientId) {
        record(AuditAction.CLIENT_VIEWED, clientId, null, null);
    }

    public void clientCreated(long clientId) {
        record(AuditAction.CLIENT_CREATED, clientId, null, null);
    }

    public void clientEdited(long clientId) {
        record(AuditAction.CLIENT_EDITED, clientId, null, null);
    }

    public void clientDischarged(long clientId) {
        record(AuditAction.CLIENT_DISCHARGED, clientId, null, null);
    }

    /** The caseload was listed; {@code where} says by what ("command line: clients"). */
    public void caseloadListed(String where) {
        record(AuditAction.CASELOAD_LISTED, null, null, where);
    }

    public void noteCreated(long clientId, long noteId) {
        record(AuditAction.NOTE_CREATED, clientId, noteId, null);
    }

    /** The first edit of a note in an editing session (the caller counts; later saves are not logged). */
    public void noteEdited(long clientId, long noteId) {
        record(AuditAction.NOTE_EDITED, clientId, noteId, null);
    }

    public void noteSigned(long clientId, long noteId) {
        record(AuditAction.NOTE_SIGNED, clientId, noteId, null);
    }

    /** An addendum of {@code kind} ("correction", "late_entry", …) was added to a signed note. */
    public void addendumAdded(long clientId, long noteId, String kind) {
        record(AuditAction.ADDENDUM_ADDED, clientId, noteId, kind);
    }

    /** A search read the private psychotherapy notes; the detail says where, never what was searched for. */
    public void privateNotesSearched(String where) {
        record(AuditAction.PRIVATE_NOTES_SEARCHED, null, null, where);
    }

    /** A risk review of the client was recorded (it clears the open flags); the detail names the review. */
    public void riskReviewed(long clientId, long reviewId) {
        record(AuditAction.RISK_REVIEWED, clientId, null, "review " + reviewId);
    }

    /** An export left the vault: what kind, and the name of the file written (never its content). */
    public void exported(ExportKind kind, Long clientId, String fileName) {
        record(AuditAction.EXPORT, clientId, null, kind.name().toLowerCase(Locale.ROOT) + ": " + fileName);
    }

    public void backedUp(String fileName) {
        record(AuditAction.BACKUP, null, null, fileName);
    }

    public void backupFailed(String reason) {
        record(AuditAction.BACKUP, null, null, "FAILED: " + reason);
    }

    public void restored(String fromFile) {
        record(AuditAction.RESTORE, null, null, "from " + fromFile);
    }

    public void passphraseChanged() {
        record(AuditAction.PASSPHRASE_CHANGED, null, null, null);
    }

    /** A taxonomy entry was added, relabelled, described, deactivated, reactivated or deleted. */
    public void taxonomyChanged(String entryKey, String change) {
        record(AuditAction.TAXONOMY_CHANGED, null, null, change + ": " + entryKey);
    }

    public List<AuditEvent> list(AuditFilter filter) {
        return log.list(filter);
    }

    public ChainVerification verify() {
        return log.verifyChain();
    }

    private void record(AuditAction action, @Nullable Long clientId, @Nullable Long noteId, @Nullable String detail) {
        log.append(action, actor, clientId, noteId, detail, clock.instant());
    }

    private static String requireActor(String actor) {
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("an audit entry needs an actor");
        }
        return actor.strip();
    }

    /** What was exported: a progress summary, the client record, or a summary written by a batch. */
    public enum ExportKind { SUMMARY, RECORD, BATCH }
}

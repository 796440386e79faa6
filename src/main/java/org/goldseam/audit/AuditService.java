package org.goldseam.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.goldseam.audit.persistence.AuditRepository;
import org.goldseam.vault.Vault;
import org.jspecify.annotations.Nullable;

/**
 * Records who did what in the vault, for the desktop app and the command line. Entries carry ids,
 * times and short technical remarks (a file name, a taxonomy key), never clinical content, so the
 * trail can be shown to anyone entitled to see an access log.
 *
 * <p>One instance lives as long as one unlocked session: "first edit of a note" is counted per
 * instance, so a note edited in many autosaves is logged once per session.
 */
public final class AuditService {
    private final AuditRepository repository;
    private final String actor;
    private final Clock clock;
    private final Set<Long> editedThisSession = ConcurrentHashMap.newKeySet();

    public AuditService(AuditRepository repository, String actor, Clock clock) {
        this.repository = Objects.requireNonNull(repository);
        this.actor = requireActor(actor);
        this.clock = Objects.requireNonNull(clock);
    }

    public static AuditService of(Vault vault, String actor, Clock clock) {
        return new AuditService(new AuditRepository(vault.database().dsl()), actor, clock);
    }

    /** The operating-system account running Goldseam: the "unique user" of a single-clinician vault. */
    public static String systemActor() {
        String name = System.getProperty("user.name");
        return name == null || name.isBlank() ? "unknown account" : name;
    }

    /**
     * The vault was unlocked through {@code channel} ("desktop", "command line: backup"). Failed
     * attempts before it cannot be written while the vault is locked, so the caller keeps their
     * times and they are recorded here, each at the time it happened.
     */
    public void unlocked(String channel, List<Instant> failedAttemptsBefore) {
        for (Instant attempt : failedAttemptsBefore) {
            repository.append(AuditAction.FAILED_UNLOCK, actor, null, null, "wrong passphrase; recorded at the next unlock", attempt);
        }
        record(AuditAction.UNLOCK, null, null, channel);
    }

    public void locked(String reason) {
        record(AuditAction.LOCK, null, null, reason);
    }

    public void clientViewed(long clientId) {
        record(AuditAction.CLIENT_VIEWED, clientId, null, null);
    }

    public void noteCreated(long clientId, long noteId) {
        record(AuditAction.NOTE_CREATED, clientId, noteId, null);
    }

    /** Records the first edit of a note in this session and returns true; later edits return false. */
    public boolean noteEdited(long clientId, long noteId) {
        if (!editedThisSession.add(noteId)) {
            return false;
        }
        record(AuditAction.NOTE_EDITED, clientId, noteId, "first edit this session");
        return true;
    }

    public void noteSigned(long clientId, long noteId) {
        record(AuditAction.NOTE_SIGNED, clientId, noteId, null);
    }

    public void addendumAdded(long clientId, long noteId, long addendumId) {
        record(AuditAction.ADDENDUM_ADDED, clientId, noteId, "addendum " + addendumId);
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

    public void clientCreated(long clientId) {
        record(AuditAction.CLIENT_CREATED, clientId, null, null);
    }

    public void clientDischarged(long clientId) {
        record(AuditAction.CLIENT_DISCHARGED, clientId, null, null);
    }

    public List<AuditEvent> list(AuditFilter filter) {
        return repository.list(filter);
    }

    public ChainVerification verify() {
        return repository.verifyChain();
    }

    private void record(AuditAction action, @Nullable Long clientId, @Nullable Long noteId, @Nullable String detail) {
        repository.append(action, actor, clientId, noteId, detail, clock.instant());
    }

    private static String requireActor(String actor) {
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("an audit entry needs an actor");
        }
        return actor.strip();
    }

    /** What was exported. */
    public enum ExportKind { SUMMARY, RECORD, BATCH }
}

package org.goldseam.app.services;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.goldseam.search.SearchOutcome;
import org.goldseam.search.SearchService;
import org.goldseam.vault.Vault;

/**
 * Access to an open vault that leaves no change behind but must be on the record: the unlock itself
 * (the command line's as much as the app's) and searches that read the private psychotherapy notes.
 */
public final class VaultAccess {
    private final Audited audited;

    public VaultAccess(Vault vault, Clock clock) {
        this.audited = new Audited(vault, clock);
    }

    /** An {@code unlock} entry for {@code channel}, after one {@code failed_unlock} per earlier wrong passphrase. */
    public void unlocked(String actor, String channel, List<Instant> failedAttemptsBefore) {
        audited.change(actor, audit -> {
            audit.unlocked(channel, failedAttemptsBefore);
            return null;
        });
    }

    /** A {@code private_notes_searched} entry: a search in {@code where} is about to read the private notes. */
    public void privateNotesRead(String actor, String where) {
        audited.change(actor, audit -> {
            audit.privateNotesSearched(where);
            return null;
        });
    }

    /**
     * Searches the caseload. With {@code includePrivate} the private notes are read, so a
     * {@code private_notes_searched} entry (where from, never the query) is written first: nothing is
     * read that the trail does not show.
     */
    public SearchOutcome search(String actor, String where, SearchService search, String text, boolean includePrivate) {
        if (includePrivate) {
            privateNotesRead(actor, where);
        }
        return search.search(text, includePrivate);
    }
}

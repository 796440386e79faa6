package org.goldseam.integrity;

import java.util.ArrayList;
import java.util.List;
import org.goldseam.audit.ChainVerification;
import org.goldseam.audit.persistence.AuditRepository;
import org.goldseam.integrity.persistence.AuditGuardRepository;
import org.goldseam.integrity.persistence.ReferenceCheckRepository;
import org.goldseam.notes.NoteIntegrity;
import org.goldseam.notes.SessionNote;
import org.goldseam.notes.persistence.SessionNoteRepository;
import org.goldseam.vault.Vault;
import org.goldseam.vault.persistence.FullRead;
import org.goldseam.vault.persistence.RowSeals;
import org.goldseam.vault.persistence.VaultStore;

/**
 * Verifies an open vault: that every stored value and page reads back, schema version and migration
 * history, every foreign key, the hash of every signed note and the audit chain. Read-only.
 */
public final class VaultCheck {
    private VaultCheck() {
    }

    public static CheckReport run(Vault vault) {
        List<String> passed = new ArrayList<>();
        List<CheckFinding> findings = new ArrayList<>();
        step(findings, "stored data", () -> readEverything(vault, passed));
        step(findings, "row seals", () -> checkSeals(vault, passed, findings));
        step(findings, "schema", () -> checkSchema(vault, passed, findings));
        step(findings, "references", () -> checkReferences(vault, passed, findings));
        step(findings, "signed notes", () -> checkSignedNotes(vault, passed, findings));
        step(findings, "audit trail", () -> checkAuditChain(vault, passed, findings));
        return new CheckReport(passed, findings);
    }

    /**
     * Runs one check; stored data that cannot be read back (a damaged page) becomes a finding of
     * that area instead of stopping the whole check.
     */
    private static void step(List<CheckFinding> findings, String area, Runnable check) {
        try {
            check.run();
        } catch (RuntimeException error) {
            if (org.goldseam.vault.persistence.StoredDataErrors.unreadable(error).isEmpty()) {
                throw error;
            }
            findings.add(new CheckFinding(area, "part of the vault could not be read back as it was written: "
                    + "the file may be damaged; restore the newest backup"));
        }
    }

    /** Every row, every value and every page read back: damage anywhere fails the check, not a later command. */
    private static void readEverything(Vault vault, List<String> passed) {
        FullRead.Summary read = FullRead.readEverything(vault.database());
        // the storage maps' own entry counts vary with the engine's housekeeping: only the rows are reported
        passed.add("every value read back: " + read.rows() + " rows of " + read.tables() + " tables, and every page of the storage maps");
    }

    /** Every row's seal computed again from its values (ADR 0021); a table without seals is reported too. */
    private static void checkSeals(Vault vault, List<String> passed, List<CheckFinding> findings) {
        RowSeals.Verification seals = RowSeals.verify(vault.database());
        seals.broken().forEach(b -> findings.add(new CheckFinding("row seals", b + " no longer match their seals: "
                + "the file is damaged; restore the newest backup")));
        seals.unsealed().forEach(t -> findings.add(new CheckFinding("row seals", "table " + t.toLowerCase(java.util.Locale.ROOT)
                + " has no row seals")));
        if (seals.intact() && seals.unsealed().isEmpty()) {
            passed.add("every row of " + seals.tables() + " tables matches its seal (" + seals.rows() + " rows)");
        }
    }

    private static void checkSchema(Vault vault, List<String> passed, List<CheckFinding> findings) {
        VaultStore.SchemaStatus schema = VaultStore.schemaStatus(vault.database());
        schema.problems().forEach(p -> findings.add(new CheckFinding("schema", p)));
        if (schema.pending() > 0) {
            findings.add(new CheckFinding("schema", schema.pending() + " shipped migration(s) are not applied"));
        }
        if (schema.recordedVersion() != schema.appliedVersion()) {
            findings.add(new CheckFinding("schema", "the vault records schema version " + schema.recordedVersion()
                    + " but version " + schema.appliedVersion() + " is applied"));
        }
        if (schema.problems().isEmpty() && schema.pending() == 0 && schema.recordedVersion() == schema.appliedVersion()) {
            passed.add("schema at version " + schema.appliedVersion() + ", migration history intact");
        }
    }

    private static void checkReferences(Vault vault, List<String> passed, List<CheckFinding> findings) {
        var keys = new ReferenceCheckRepository(vault.database().dsl()).checkAllForeignKeys();
        int broken = 0;
        for (var key : keys) {
            if (key.orphans() > 0) {
                broken++;
                findings.add(new CheckFinding("references", key.orphans() + " row(s) of " + key.table()
                        + " point at nothing (" + key.key() + ")"));
            }
        }
        if (broken == 0) {
            passed.add(keys.size() + " foreign keys hold");
        }
    }

    private static void checkSignedNotes(Vault vault, List<String> passed, List<CheckFinding> findings) {
        int checked = 0;
        int altered = 0;
        try (var notes = new SessionNoteRepository(vault.database().dsl()).findSignedNotes()) {
            for (SessionNote note : (Iterable<SessionNote>) notes::iterator) {
                checked++;
                if (!NoteIntegrity.verify(note)) {
                    altered++;
                    // ids and dates only: a check report may be shown to support staff
                    findings.add(new CheckFinding("signed notes", "note " + note.id() + " of client " + note.clientId()
                            + " (session of " + note.startsAt().toLocalDate() + ") no longer matches the hash taken when it was signed"));
                }
            }
        }
        if (altered == 0) {
            passed.add(checked + " signed notes match their signatures");
        }
    }

    /** The guard is judged by its table, events, timing and class, and by trying a change that is rolled back. */
    private static void checkAuditGuard(Vault vault, List<String> passed, List<CheckFinding> findings) {
        List<String> problems = new AuditGuardRepository(vault.database().dsl()).guardProblems();
        if (problems.isEmpty()) {
            passed.add("the database refuses changes to the audit trail");
        }
        problems.forEach(p -> findings.add(new CheckFinding("audit trail", p)));
    }

    private static void checkAuditChain(Vault vault, List<String> passed, List<CheckFinding> findings) {
        checkAuditGuard(vault, passed, findings);
        ChainVerification chain = new AuditRepository(vault.database().dsl()).verifyChain();
        if (chain.intact()) {
            passed.add("audit trail of " + chain.checkedRows() + " events is unbroken");
        } else {
            findings.add(new CheckFinding("audit trail", "event " + chain.firstBrokenId()
                    + " was altered or an event before it was removed"));
        }
    }
}

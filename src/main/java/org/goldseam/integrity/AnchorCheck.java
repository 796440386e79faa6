package org.goldseam.integrity;

import java.util.ArrayList;
import java.util.List;
import org.goldseam.audit.AnchorVerification;
import org.goldseam.audit.AuditAnchor;
import org.goldseam.audit.ChainVerification;
import org.goldseam.audit.persistence.AuditRepository;
import org.goldseam.vault.Vault;
import org.jspecify.annotations.Nullable;

/**
 * {@code check --against}: whether the audit trail still begins with what an anchor kept outside
 * the vault saw. The chain must be intact (each entry hashes its id, content and predecessor) and
 * the entry at the anchor's length must carry the anchor's id and hash; then nothing the anchor saw
 * was removed, renumbered or rewritten, even by someone who recomputed every hash. Read-only.
 */
public final class AnchorCheck {
    private AnchorCheck() {
    }

    /**
     * @param anchorVaultId the vault the anchor was taken from, or null when its file does not say
     * @param source how to name the anchor's file in the report (no client data)
     */
    public static CheckReport run(Vault vault, @Nullable String anchorVaultId, AuditAnchor anchor, String source) {
        List<String> passed = new ArrayList<>();
        List<CheckFinding> findings = new ArrayList<>();
        String vaultId = vault.header().vaultId();
        if (anchorVaultId != null && !anchorVaultId.equals(vaultId)) {
            findings.add(new CheckFinding("audit anchor", "the " + source + " was made from another vault ("
                    + anchorVaultId + "), so it says nothing about this one"));
            return new CheckReport(passed, findings);
        }
        AuditRepository trail = new AuditRepository(vault.database().dsl());
        ChainVerification chain = trail.verifyChain();
        if (!chain.intact()) {
            findings.add(new CheckFinding("audit anchor", "the audit trail is broken at event " + chain.firstBrokenId()
                    + ", so it cannot continue what the " + source + " recorded"));
        }
        AnchorVerification against = trail.verifyAgainst(anchor);
        if (against.holds()) {
            if (chain.intact()) {
                passed.add("the audit trail continues, unchanged, the " + anchor.length() + " events the " + source
                        + " recorded (" + (against.currentLength() - anchor.length()) + " added since)");
            }
        } else {
            findings.add(new CheckFinding("audit anchor", "compared with the " + source + ": " + against.problem()));
        }
        return new CheckReport(passed, findings);
    }
}

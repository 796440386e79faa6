package org.goldseam.audit;

import java.util.Objects;

/**
 * The audit trail as it stood at one moment, written outside the vault (a backup's manifest, a
 * record export, a progress summary's PDF metadata) so that a later rewrite of the trail can be
 * caught by {@code goldseam check --against}. No client data: a count, a row id and a hash.
 *
 * @param length how many entries the trail held
 * @param lastId the row id of the entry at that length, or 0 for an empty trail
 * @param lastHash that entry's hash, or {@link AuditChain#GENESIS} for an empty trail
 */
public record AuditAnchor(long length, long lastId, String lastHash) {
    public AuditAnchor {
        Objects.requireNonNull(lastHash, "lastHash");
        if (length < 0 || lastId < 0 || !lastHash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not an audit anchor");
        }
    }

    /**
     * The word that starts an anchor in a PDF's keywords (document information, mirrored by PDF/A
     * into the XMP metadata), followed by the vault id and {@link #asText()}.
     */
    public static final String PDF_KEYWORD = "goldseam-audit-trail";

    /** The keywords text a PDF made from vault {@code vaultId} carries for this anchor. */
    public String pdfKeywords(String vaultId) {
        return PDF_KEYWORD + " " + vaultId + " " + asText();
    }

    /** One line for metadata fields that hold a single text (PDF document information). */
    public String asText() {
        return length + ":" + lastId + ":" + lastHash;
    }

    /** Reads {@link #asText()}; empty when the text is not an anchor. */
    public static java.util.Optional<AuditAnchor> parse(String text) {
        if (text == null) {
            return java.util.Optional.empty();
        }
        String[] parts = text.trim().split(":");
        try {
            return parts.length == 3
                    ? java.util.Optional.of(new AuditAnchor(Long.parseLong(parts[0]), Long.parseLong(parts[1]), parts[2]))
                    : java.util.Optional.empty();
        } catch (IllegalArgumentException notAnAnchor) {
            return java.util.Optional.empty();
        }
    }
}

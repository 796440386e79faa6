package org.goldseam.anchor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.goldseam.audit.AuditAnchor;
import org.goldseam.backup.BackupArchive;
import org.goldseam.backup.BackupManifest;
import org.goldseam.vault.VaultException;
import org.jspecify.annotations.Nullable;

/**
 * Reads the audit anchor that Goldseam wrote into a file it made outside the vault: a backup (its
 * manifest), a record export in JSON ({@code auditTrail}), or a PDF (record export or progress
 * summary, in its keywords, which PDF/A mirrors into the XMP metadata). See ADR 0016.
 */
public final class AnchorFiles {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MAX_JSON = 512L * 1024 * 1024;

    private AnchorFiles() {
    }

    /** An anchor and the vault it was taken from (null when the file does not say). */
    public record Found(@Nullable String vaultId, AuditAnchor anchor, String kind) {
    }

    /** Why a file gives no anchor, in words for the command line. */
    public static final class NoAnchor extends Exception {
        private static final long serialVersionUID = 1L;

        NoAnchor(String message) {
            super(message);
        }
    }

    public static Found read(Path file) throws NoAnchor {
        byte[] start;
        try (InputStream in = Files.newInputStream(file)) {
            start = in.readNBytes(5);
        } catch (IOException e) {
            throw new NoAnchor("the file " + file + " cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        if (start.length >= 2 && start[0] == 'P' && start[1] == 'K') {
            return fromBackup(file);
        }
        if (start.length >= 5 && new String(start, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-")) {
            return fromPdf(file);
        }
        return fromJson(file);
    }

    private static Found fromBackup(Path file) throws NoAnchor {
        BackupManifest manifest;
        try {
            manifest = BackupArchive.readManifest(file);
        } catch (VaultException e) {
            throw new NoAnchor("the file " + file.getFileName() + " is not a Goldseam backup that can be read");
        }
        if (manifest.auditAnchor() == null) {
            throw new NoAnchor("the backup " + file.getFileName() + " was made before Goldseam recorded the audit trail "
                    + "in backups; choose a newer backup or export");
        }
        return new Found(manifest.vaultId(), manifest.auditAnchor(), "backup of " + manifest.createdAt());
    }

    private static Found fromJson(Path file) throws NoAnchor {
        JsonNode trail;
        try {
            if (Files.size(file) > MAX_JSON) {
                throw new NoAnchor("the file " + file.getFileName() + " is not a backup, record export or summary");
            }
            JsonNode root = JSON.readTree(file.toFile());
            trail = root == null ? null : root.get("auditTrail");
            if (trail == null || !trail.isObject()) {
                throw new NoAnchor("the file " + file.getFileName() + " records no audit trail (it is not a Goldseam "
                        + "record export, or one made before the trail was recorded in exports)");
            }
            return new Found(trail.path("vaultId").isTextual() ? trail.path("vaultId").asText() : null,
                    new AuditAnchor(integral(trail, "length"), integral(trail, "lastId"), trail.path("lastHash").asText("")),
                    "record export");
        } catch (IOException | IllegalArgumentException e) {
            throw new NoAnchor("the file " + file.getFileName() + " is not a backup, record export or summary Goldseam can read");
        }
    }

    private static Found fromPdf(Path file) throws NoAnchor {
        String keywords;
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            keywords = pdf.getDocumentInformation().getKeywords();
        } catch (IOException | RuntimeException e) {
            throw new NoAnchor("the PDF " + file.getFileName() + " cannot be read");
        }
        Optional<Found> found = fromKeywords(keywords);
        return found.orElseThrow(() -> new NoAnchor("the PDF " + file.getFileName() + " records no audit trail (it was "
                + "not made by Goldseam, or before the trail was recorded in PDFs)"));
    }

    /** The anchor in a PDF's keywords, if they hold one. */
    public static Optional<Found> fromKeywords(String keywords) {
        if (keywords == null) {
            return Optional.empty();
        }
        String[] words = keywords.trim().split("\\s+");
        for (int i = 0; i + 2 < words.length; i++) {
            if (AuditAnchor.PDF_KEYWORD.equals(words[i])) {
                String vaultId = words[i + 1];
                return AuditAnchor.parse(words[i + 2]).map(a -> new Found(vaultId, a, "PDF"));
            }
        }
        return Optional.empty();
    }

    private static long integral(JsonNode node, String field) {
        if (!node.path(field).isIntegralNumber()) {
            throw new IllegalArgumentException("no " + field);
        }
        return node.path(field).asLong();
    }
}

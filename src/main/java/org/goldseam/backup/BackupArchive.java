package org.goldseam.backup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.goldseam.audit.AuditAnchor;
import org.goldseam.vault.Durable;
import org.goldseam.vault.VaultException;
import org.goldseam.vault.VaultFiles;
import org.goldseam.vault.VaultProblem;
import org.jspecify.annotations.Nullable;

/**
 * The backup file: a zip holding the vault's encrypted database exactly as H2 stores it, a copy of
 * the vault header (so the backup opens with the passphrase in use when it was made) and a
 * {@link BackupManifest}. Nothing in it is readable without that passphrase, except the manifest,
 * which holds no client data.
 */
public final class BackupArchive {
    static final String MANIFEST_ENTRY = "goldseam-backup.json";
    private static final String FILE_PREFIX = "goldseam-backup-";
    private static final String FILE_SUFFIX = ".zip";
    private static final String FORMAT = "goldseam-backup";
    private static final String DATABASE_ENTRY = VaultFiles.DATABASE_BASE_NAME + ".mv.db";
    /** A vault header is well under 1 KiB of JSON; a bigger one in a backup is not Goldseam's. */
    static final int HEADER_LIMIT = 64 * 1024;
    /**
     * How much larger the database may be unpacked than it is stored in the zip. Goldseam stores it
     * uncompressed (it is encrypted, so it would not shrink), so anything near deflate's 1,000 to 1 is
     * a zip bomb; the slack admits zip tools that compress what little they can.
     */
    static final int MAX_RATIO = 4;
    private static final long RATIO_SLACK = 1 << 20;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private BackupArchive() {
    }

    /** A new file name in {@code folder}: time, kind and the start of the vault id; never an existing name. */
    static Path newFile(Path folder, Instant at, BackupKind kind, String vaultId) {
        String base = FILE_PREFIX + STAMP.format(at) + "-" + kind.code() + "-" + vaultId.substring(0, Math.min(8, vaultId.length()));
        Path file = folder.resolve(base + FILE_SUFFIX);
        for (int n = 2; Files.exists(file); n++) {
            file = folder.resolve(base + "-" + n + FILE_SUFFIX);
        }
        return file;
    }

    static boolean looksLikeBackup(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(FILE_PREFIX) && name.endsWith(FILE_SUFFIX) && Files.isRegularFile(file);
    }

    /**
     * Writes a backup to {@code target}: first to a ".partial" sibling that is forced to the disk, then
     * renamed, so a backup file that exists is always complete.
     */
    static BackupManifest pack(InputStream database, long databaseSize, byte[] header, String vaultId, BackupKind kind,
            Instant at, String goldseamVersion, @Nullable AuditAnchor auditAnchor, Path target, BackupProgress progress) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        MessageDigest sha = sha256();
        long written = 0;
        // 0600: the file is encrypted, but a backup folder may be shared, and a copy is not to be taken
        try (FileChannel channel = FileChannel.open(partial, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                Durable.privateFile(partial))) {
            ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16));
            // the database is encrypted: compressing it would cost time and save nothing
            zip.setLevel(Deflater.NO_COMPRESSION);
            zip.putNextEntry(new ZipEntry(DATABASE_ENTRY));
            byte[] buffer = new byte[1 << 16];
            int read;
            while ((read = database.read(buffer)) >= 0) {
                zip.write(buffer, 0, read);
                sha.update(buffer, 0, read);
                written += read;
                progress.progress(BackupProgress.Phase.PACKING, written, databaseSize);
            }
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(VaultFiles.HEADER_NAME));
            zip.write(header);
            zip.closeEntry();
            BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT_VERSION, vaultId, at, kind, goldseamVersion,
                    written, HexFormat.of().formatHex(sha.digest()), HexFormat.of().formatHex(sha256().digest(header)), auditAnchor);
            zip.putNextEntry(new ZipEntry(MANIFEST_ENTRY));
            zip.write(manifestBytes(manifest));
            zip.closeEntry();
            zip.finish();
            zip.flush();
            channel.force(true);
            zip.close();
            Durable.move(partial, target);
            return manifest;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
    }

    /** The manifest of a backup file, read without unpacking it. */
    public static BackupManifest readManifest(Path backup) {
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            ZipEntry entry = zip.getEntry(MANIFEST_ENTRY);
            if (entry == null || zip.getEntry(VaultFiles.HEADER_NAME) == null
                    || zip.getEntry(DATABASE_ENTRY) == null) {
                throw notABackup(backup, "it lacks the parts of a Goldseam backup");
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return parseManifest(in.readNBytes(64 * 1024), backup);
            }
        } catch (NoSuchFileException e) {
            throw new VaultException(VaultProblem.NOT_FOUND, "There is no backup file " + backup + ".");
        } catch (IOException e) {
            throw notABackup(backup, "it cannot be read as a zip file");
        }
    }

    /**
     * Unpacks a backup into the (empty) vault folder {@code into}, checking the database against the
     * size and SHA-256 in the manifest and the header against its SHA-256: a damaged or altered backup
     * is refused before it is opened. A backup may come from anywhere, so nothing in it is trusted
     * further than it can be checked: the header must be small, the database may not unpack to more
     * than the manifest declares, and the manifest may not declare more than {@value #MAX_RATIO} times
     * what the zip stores. A zip bomb is thus refused having written at most a few MB.
     */
    static BackupManifest unpack(Path backup, VaultFiles into, BackupProgress progress) {
        BackupManifest manifest = readManifest(backup);
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            byte[] header;
            try (InputStream in = zip.getInputStream(zip.getEntry(VaultFiles.HEADER_NAME))) {
                header = in.readNBytes(HEADER_LIMIT + 1);
            }
            if (header.length > HEADER_LIMIT) {
                throw notABackup(backup, "its vault header is far larger than a Goldseam header");
            }
            if (manifest.headerSha256() != null
                    && !HexFormat.of().formatHex(sha256().digest(header)).equals(manifest.headerSha256())) {
                throw notABackup(backup, "its vault header does not match the checksum recorded when it was made");
            }
            ZipEntry entry = zip.getEntry(DATABASE_ENTRY);
            long declared = manifest.databaseSize();
            long stored = Math.max(entry.getCompressedSize(), 0);
            if ((entry.getSize() >= 0 && entry.getSize() != declared) || declared > stored * MAX_RATIO + RATIO_SLACK) {
                throw notABackup(backup, "its database does not match the size recorded when it was made");
            }
            Durable.writeAtomically(into.header(), header);
            MessageDigest sha = sha256();
            long copied = 0;
            try (InputStream in = new DigestInputStream(zip.getInputStream(entry), sha);
                 FileChannel channel = FileChannel.open(into.databaseFile(),
                         Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), Durable.privateFile(into.databaseFile()))) {
                OutputStream out = Channels.newOutputStream(channel);
                byte[] buffer = new byte[1 << 16];
                int read;
                while ((read = in.read(buffer, 0, (int) Math.min(buffer.length, declared - copied + 1))) >= 0) {
                    if (copied + read > declared) {
                        // more than declared: stop at once, before writing it
                        throw notABackup(backup, "its database is larger than the size recorded when it was made");
                    }
                    out.write(buffer, 0, read);
                    copied += read;
                    progress.progress(BackupProgress.Phase.UNPACKING, copied, declared);
                }
                channel.force(true);
            }
            if (copied != declared || !HexFormat.of().formatHex(sha.digest()).equals(manifest.databaseSha256())) {
                throw notABackup(backup, "its database does not match the checksum recorded when it was made");
            }
            return manifest;
        } catch (IOException e) {
            if (e.getMessage() != null && e.getMessage().toLowerCase(Locale.ROOT).contains("no space")) {
                throw new VaultException(VaultProblem.STORAGE, "The backup could not be unpacked: the disk is full. Nothing was replaced.", e);
            }
            throw notABackup(backup, "it cannot be unpacked (" + e.getClass().getSimpleName() + ")");
        }
    }

    static byte[] manifestBytes(BackupManifest manifest) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", manifest.formatVersion());
        root.put("vaultId", manifest.vaultId());
        root.put("createdAt", manifest.createdAt().toString());
        root.put("kind", manifest.kind().code());
        root.put("goldseamVersion", manifest.goldseamVersion());
        root.put("databaseSize", manifest.databaseSize());
        root.put("databaseSha256", manifest.databaseSha256());
        if (manifest.headerSha256() != null) {
            root.put("headerSha256", manifest.headerSha256());
        }
        if (manifest.auditAnchor() != null) {
            ObjectNode anchor = root.putObject("auditTrail");
            anchor.put("length", manifest.auditAnchor().length());
            anchor.put("lastId", manifest.auditAnchor().lastId());
            anchor.put("lastHash", manifest.auditAnchor().lastHash());
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    }

    /** Reads a manifest; anything but a well-formed one of a known version is "not a backup". */
    static BackupManifest parseManifest(byte[] bytes, Path backup) {
        try {
            JsonNode root = JSON.readTree(bytes);
            if (root == null || !FORMAT.equals(root.path("format").asText())) {
                throw notABackup(backup, "it is not a Goldseam backup");
            }
            int version = root.path("formatVersion").asInt(-1);
            if (version > BackupManifest.FORMAT_VERSION) {
                throw new VaultException(VaultProblem.TOO_NEW, "The backup " + backup.getFileName()
                        + " was made by a newer version of Goldseam. Install that version to restore it.");
            }
            long size = root.path("databaseSize").asLong(-1);
            String sha = root.path("databaseSha256").asText("");
            JsonNode headerSha = root.path("headerSha256");
            if (version < 1 || size < 0 || !sha.matches("[0-9a-f]{64}") || !root.path("vaultId").isTextual()
                    || root.path("vaultId").asText().isBlank()
                    || !(headerSha.isMissingNode() || (headerSha.isTextual() && headerSha.asText().matches("[0-9a-f]{64}")))) {
                throw notABackup(backup, "its description is incomplete");
            }
            JsonNode trail = root.path("auditTrail");
            // an anchor that is present must be whole: a damaged one is not silently ignored
            AuditAnchor anchor = trail.isMissingNode() ? null : new AuditAnchor(requireLong(trail, "length"),
                    requireLong(trail, "lastId"), trail.path("lastHash").asText(""));
            return new BackupManifest(version, root.path("vaultId").asText(), Instant.parse(root.path("createdAt").asText()),
                    BackupKind.fromCode(root.path("kind").asText()), root.path("goldseamVersion").asText("unknown"), size, sha,
                    headerSha.isMissingNode() ? null : headerSha.asText(), anchor);
        } catch (IOException | RuntimeException e) {
            if (e instanceof VaultException vault) {
                throw vault;
            }
            throw notABackup(backup, "its description cannot be read");
        }
    }

    private static long requireLong(JsonNode node, String field) {
        if (!node.path(field).isIntegralNumber()) {
            throw new IllegalArgumentException("no " + field);
        }
        return node.path(field).asLong();
    }

    private static VaultException notABackup(Path backup, String why) {
        return new VaultException(VaultProblem.DAMAGED, "The file " + backup.getFileName() + " cannot be restored: " + why
                + ". Choose another backup; nothing was replaced.");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}

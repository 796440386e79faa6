package org.goldseam.vault;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/** Reads and writes {@link VaultHeader} as a small JSON file, atomically. */
public final class VaultHeaderFile {
    static final String FORMAT_NAME = "goldseam-vault";
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String CLOSED_CHAIN = "closedAuditChain";
    static final String CLOSED_CONTENT = "closedContent";
    static final String CLOSED_FILE = "closedFile";
    /** A header is a few hundred bytes; anything near this size is not one. */
    private static final long MAX_HEADER_BYTES = 64 * 1024;

    private VaultHeaderFile() {
    }

    public static VaultHeader read(Path file) {
        String text;
        try {
            if (Files.size(file) > MAX_HEADER_BYTES) {
                throw damaged(file, "it is far larger than a vault header");
            }
            byte[] bytes = Files.readAllBytes(file);
            try {
                // strict: a flipped byte that is no longer UTF-8 is damage to the header, not a disk problem
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException notText) {
                throw damaged(file, "it is no longer readable text");
            }
        } catch (IOException e) {
            throw new VaultException(VaultProblem.STORAGE,
                    "The vault header " + file + " could not be read (" + e.getClass().getSimpleName()
                            + "). Check that the folder is readable.", e);
        }
        try {
            JsonNode root = JSON.readTree(text);
            if (root == null || !FORMAT_NAME.equals(root.path("format").asText())) {
                throw damaged(file, "it is not a Goldseam vault header");
            }
            int version = root.path("formatVersion").asInt(-1);
            if (version > VaultHeader.FORMAT_VERSION) {
                throw new VaultException(VaultProblem.TOO_NEW,
                        "This vault was created by a newer version of Goldseam (header format " + version
                                + "). Install the newer Goldseam to open it; nothing was changed.");
            }
            if (version < 1) {
                throw damaged(file, "its format version is missing");
            }
            JsonNode kdf = root.path("kdf");
            KdfParameters parameters = new KdfParameters(kdf.path("algorithm").asText(),
                    kdf.path("iterations").asInt(-1), Base64.getDecoder().decode(kdf.path("salt").asText()));
            return new VaultHeader(version, requireText(root, "vaultId", file),
                    Instant.parse(requireText(root, "createdAt", file)), parameters,
                    Base64.getDecoder().decode(requireText(root, "keyCheck", file)),
                    requireText(root, "databaseSalt", file),
                    root.path("closedSize").isIntegralNumber() ? Long.valueOf(root.path("closedSize").asLong()) : null,
                    closedChain(root, file), hexDigest(root, CLOSED_CONTENT, file), hexDigest(root, CLOSED_FILE, file));
        } catch (JsonProcessingException | IllegalArgumentException | DateTimeParseException e) {
            throw damaged(file, "it cannot be parsed");
        }
    }

    /** The audit mark of the last clean close; absent in headers written before ADR 0021 (older Goldseam ignores it). */
    private static @Nullable ChainMark closedChain(JsonNode root, Path file) {
        JsonNode chain = root.get(CLOSED_CHAIN);
        if (chain == null) {
            return null;
        }
        JsonNode length = chain.path("length");
        JsonNode hash = chain.path("lastHash");
        if (!length.isIntegralNumber() || length.asLong() < 1 || !hash.isTextual() || !hash.asText().matches("[0-9a-f]{64}")) {
            throw damaged(file, "the field '" + CLOSED_CHAIN + "' is not readable");
        }
        return new ChainMark(length.asLong(), hash.asText());
    }

    private static @Nullable String hexDigest(JsonNode root, String field, Path file) {
        JsonNode digest = root.get(field);
        if (digest == null) {
            return null;
        }
        if (!digest.isTextual() || !digest.asText().matches("[0-9a-f]{64}")) {
            throw damaged(file, "the field '" + field + "' is not readable");
        }
        return digest.asText();
    }

    private static String requireText(JsonNode root, String field, Path file) {
        JsonNode node = root.get(field);
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            throw damaged(file, "the field '" + field + "' is missing");
        }
        return node.asText();
    }

    private static VaultException damaged(Path file, String why) {
        return new VaultException(VaultProblem.DAMAGED,
                "The vault header " + file.getFileName() + " is damaged: " + why
                        + ". Restore the vault folder from a backup; nothing was changed.");
    }

    /** Writes the header through a temporary file and an atomic rename, so a crash never leaves half a header. */
    public static void write(Path file, VaultHeader header) throws IOException {
        Durable.writeAtomically(file, toBytes(header));
    }

    /** The header as the JSON bytes of its file, e.g. to put a copy into a backup. */
    public static byte[] toBytes(VaultHeader header) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT_NAME);
        root.put("formatVersion", header.formatVersion());
        root.put("vaultId", header.vaultId());
        root.put("createdAt", header.createdAt().toString());
        ObjectNode kdf = root.putObject("kdf");
        kdf.put("algorithm", header.kdf().algorithm());
        kdf.put("iterations", header.kdf().iterations());
        kdf.put("salt", Base64.getEncoder().encodeToString(header.kdf().salt()));
        root.put("keyCheck", Base64.getEncoder().encodeToString(header.keyCheck()));
        root.put("databaseSalt", header.databaseSalt());
        if (header.closedSize() != null) {
            root.put("closedSize", header.closedSize());
        }
        if (header.closedChain() != null) {
            ObjectNode chain = root.putObject(CLOSED_CHAIN);
            chain.put("length", header.closedChain().length());
            chain.put("lastHash", header.closedChain().lastHash());
        }
        if (header.closedContent() != null) {
            root.put(CLOSED_CONTENT, header.closedContent());
        }
        if (header.closedFile() != null) {
            root.put(CLOSED_FILE, header.closedFile());
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
    }
}

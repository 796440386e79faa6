package org.goldseam.vault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The small file that says how far a replacement of the vault's files got: {@code preparing} (the
 * live files are untouched; an interruption is undone), {@code committed} (the new files are
 * complete and verified; an interruption is finished), or {@code recovered} (an interrupted change
 * was undone or finished at the next start, and the clinician has not yet been told).
 */
record ReplacementJournal(Operation operation, State state, Instant startedAt, @Nullable Outcome outcome) {
    static final String FILE_NAME = "goldseam-replacement.json";
    private static final String FORMAT = "goldseam-replacement-journal";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd 'at' HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    enum Operation { PASSPHRASE_CHANGE, RESTORE }

    enum State { PREPARING, COMMITTED, RECOVERED }

    enum Outcome { UNDONE, COMPLETED }

    static Path file(VaultFiles files) {
        return files.folder().resolve(FILE_NAME);
    }

    ReplacementJournal with(State next, @Nullable Outcome result) {
        return new ReplacementJournal(operation, next, startedAt, result);
    }

    void write(VaultFiles files) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("operation", name(operation));
        root.put("state", name(state));
        root.put("startedAt", startedAt.toString());
        if (outcome != null) {
            root.put("outcome", name(outcome));
        }
        Durable.writeAtomically(file(files), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
    }

    /** The journal in the vault folder, or null when there is none. */
    static @Nullable ReplacementJournal read(VaultFiles files) {
        Path file = file(files);
        if (!Files.exists(file)) {
            return null;
        }
        try {
            JsonNode root = JSON.readTree(Files.readAllBytes(file));
            if (root == null || !FORMAT.equals(root.path("format").asText())) {
                throw unreadable(files);
            }
            String outcome = root.path("outcome").asText(null);
            return new ReplacementJournal(Operation.valueOf(constant(root, "operation")), State.valueOf(constant(root, "state")),
                    Instant.parse(root.path("startedAt").asText()), outcome == null ? null : Outcome.valueOf(constant(root, "outcome")));
        } catch (IOException | RuntimeException e) {
            if (e instanceof VaultException vault) {
                throw vault;
            }
            throw unreadable(files);
        }
    }

    /** What to tell the clinician after an interrupted change was undone or finished. */
    String notice() {
        String when = WHEN.format(startedAt);
        if (operation == Operation.PASSPHRASE_CHANGE) {
            return outcome == Outcome.COMPLETED
                    ? "A passphrase change started on " + when + " was interrupted after the new passphrase was fully set up, "
                            + "and it has now been completed: this vault opens with the NEW passphrase."
                    : "A passphrase change started on " + when + " was interrupted before it took effect, and it was undone: "
                            + "this vault still opens with the OLD passphrase.";
        }
        return outcome == Outcome.COMPLETED
                ? "A restore started on " + when + " was interrupted while the files were being swapped, and it has now been "
                        + "completed: this vault holds the restored backup (it opens with the passphrase the backup was made with)."
                : "A restore started on " + when + " was interrupted before it replaced anything, and it was undone: "
                        + "this vault is as it was before the restore.";
    }

    private static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static String constant(JsonNode root, String field) {
        return root.path(field).asText().toUpperCase(Locale.ROOT);
    }

    private static VaultException unreadable(VaultFiles files) {
        return new VaultException(VaultProblem.DAMAGED, "The vault folder " + files.folder() + " holds a record of an "
                + "unfinished restore or passphrase change (" + FILE_NAME + ") that cannot be read. Nothing was changed; "
                + "restore the vault from a backup, or ask for help before deleting that file.");
    }
}

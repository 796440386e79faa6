package org.goldseam.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The small plaintext files Goldseam reads before it can trust anything (the vault header and the
 * replacement journal) fed with damaged and hostile content: the only outcome besides a valid
 * value is a {@link VaultException} with a message, never another exception.
 */
class FileReaderFuzzTest {
    private static Path root;
    private static String validHeader;
    private static String validJournal;

    @BeforeContainer
    static void samples() throws Exception {
        root = Files.createTempDirectory("goldseam-reader-fuzz");
        VaultHeader header = new VaultHeader(1, "0b8c5a8e-1c1f-4a51-9c1e-0d7f3c2b9e11", Instant.parse("2026-11-21T10:00:00Z"),
                KdfParameters.withIterations(new SecureRandom(), 1000), new byte[32], "0011223344556677", 4096L);
        validHeader = new String(VaultHeaderFile.toBytes(header), StandardCharsets.UTF_8);
        Path folder = Files.createDirectories(root.resolve("journal"));
        new ReplacementJournal(ReplacementJournal.Operation.RESTORE, ReplacementJournal.State.COMMITTED,
                Instant.parse("2026-11-21T10:00:00Z"), null).write(new VaultFiles(folder));
        validJournal = Files.readString(ReplacementJournal.file(new VaultFiles(folder)));
    }

    @AfterContainer
    static void cleanUp() throws Exception {
        Durable.deleteTree(root);
    }

    @Property(tries = 500)
    void aDamagedHeaderIsRefusedWithAMessage(@ForAll("mutatedHeaders") String text) throws Exception {
        Path file = root.resolve("header.json");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Throwable thrown = catchThrowable(() -> VaultHeaderFile.read(file));
        if (thrown != null) {
            assertThat(thrown).isInstanceOf(VaultException.class).hasMessageContaining("header");
        }
    }

    @Property(tries = 300)
    void aDamagedJournalIsRefusedWithAMessage(@ForAll("mutatedJournals") String text) throws Exception {
        Path folder = Files.createDirectories(root.resolve("fuzzed"));
        Files.writeString(ReplacementJournal.file(new VaultFiles(folder)), text, StandardCharsets.UTF_8);
        Throwable thrown = catchThrowable(() -> ReplacementJournal.read(new VaultFiles(folder)));
        if (thrown != null) {
            assertThat(thrown).isInstanceOf(VaultException.class).hasMessageContaining("cannot be read");
        }
    }

    @Provide
    Arbitrary<String> mutatedHeaders() {
        return mutationsOf(validHeader);
    }

    @Provide
    Arbitrary<String> mutatedJournals() {
        return mutationsOf(validJournal);
    }

    /** Random text, or the valid file with a slice deleted, replaced or duplicated. */
    static Arbitrary<String> mutationsOf(String valid) {
        Arbitrary<String> junk = Arbitraries.strings().ofMaxLength(40);
        Arbitrary<String> mutated = net.jqwik.api.Combinators.combine(
                Arbitraries.integers().between(0, valid.length()), Arbitraries.integers().between(0, 30), junk,
                Arbitraries.of("delete", "replace", "insert", "duplicate")).as((at, length, text, how) -> {
                    int end = Math.min(valid.length(), at + length);
                    return switch (how) {
                        case "delete" -> valid.substring(0, at) + valid.substring(end);
                        case "replace" -> valid.substring(0, at) + text + valid.substring(end);
                        case "insert" -> valid.substring(0, at) + text + valid.substring(at);
                        default -> valid.substring(0, end) + valid.substring(at);
                    };
                });
        return Arbitraries.oneOf(mutated, mutated, Arbitraries.strings().ofMaxLength(200),
                Arbitraries.of("", "null", "[]", "{}", "{\"format\":\"goldseam-vault\",\"formatVersion\":99}",
                        "{\"format\":\"goldseam-vault\",\"formatVersion\":1,\"kdf\":{\"iterations\":\"many\"}}"));
    }
}

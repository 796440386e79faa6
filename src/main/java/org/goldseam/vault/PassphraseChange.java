package org.goldseam.vault;

import java.io.IOException;
import java.nio.CharBuffer;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import org.goldseam.vault.persistence.Reencryption;

/**
 * Re-keys a closed vault under a new passphrase, so that if the process dies at any moment exactly
 * one of the two passphrases opens a complete vault.
 *
 * <p>The database is copied into the staging folder of a {@link VaultReplacement}, re-encrypted
 * there with keys from the new passphrase and a fresh salt, given a matching header, and opened
 * with the new passphrase for the caller's {@link Inspector} (which runs {@code check} and writes
 * the audit event). Only then is the replacement committed. Before the commit point the old
 * passphrase opens the untouched vault; after it, the new one opens the re-keyed vault, and an
 * interrupted swap is finished at the next start, which then says so.
 *
 * <p>Backups made before the change keep the passphrase they were made under.
 */
public final class PassphraseChange {
    private final Vaults vaults;
    private final Clock clock;

    PassphraseChange(Vaults vaults, Clock clock) {
        this.vaults = vaults;
        this.clock = clock;
    }

    /** Looks at the re-keyed vault, open, before it replaces the old one; throws to refuse it. */
    @FunctionalInterface
    public interface Inspector {
        void inspect(Vault rekeyed);
    }

    /**
     * A finished passphrase change.
     *
     * @param vaultId the vault that was re-keyed
     * @param changedAt when the new passphrase took effect
     */
    public record Result(String vaultId, Instant changedAt) {
    }

    Result run(VaultFiles live, char[] current, char[] next, Inspector inspector, Checkpoints checkpoints) {
        PassphrasePolicy.require(next);
        if (normalized(current).equals(normalized(next))) {
            throw new VaultException(VaultProblem.WEAK_PASSPHRASE,
                    "The new passphrase is the same as the current one. Nothing was changed.");
        }
        // settles an earlier interrupted change, and refuses a vault that is missing or damaged
        VaultReplacement.recover(live);
        if (!live.headerExists() || !live.databaseExists()) {
            throw new VaultException(VaultProblem.NOT_FOUND, "There is no complete vault in " + live.folder() + ".");
        }
        VaultHeader header = VaultHeaderFile.read(live.header());
        vaults.requireSaneKdf(live, header);
        VaultKeys oldKeys = VaultKeys.derive(current, header.kdf(), header.vaultId());
        KdfParameters kdf = vaults.freshKdf();
        VaultKeys newKeys = VaultKeys.derive(next, kdf, header.vaultId());
        try {
            if (!oldKeys.matches(header.keyCheck())) {
                throw new VaultException(VaultProblem.WRONG_PASSPHRASE,
                        "The current passphrase you gave does not open this vault. Nothing was changed.");
            }
            VaultReplacement replacement = VaultReplacement.begin(live, ReplacementJournal.Operation.PASSPHRASE_CHANGE,
                    clock, checkpoints);
            try {
                VaultFiles staged = replacement.staged();
                Durable.copy(live.databaseFile(), staged.databaseFile(), Durable.ByteProgress.NONE);
                checkpoints.reached("database copied");
                Reencryption.reencrypt(staged, oldKeys, newKeys);
                checkpoints.reached("database re-encrypted");
                String salt = DatabaseFileSalt.read(staged.databaseFile()).orElseThrow(
                        () -> new IllegalStateException("the re-encrypted file has no encryption header"));
                VaultHeaderFile.write(staged.header(), new VaultHeader(header.formatVersion(), header.vaultId(),
                        header.createdAt(), kdf, newKeys.keyCheck(), salt, null,
                        // the re-encrypted file holds the same rows and trail: the marks still hold for it
                        header.closedChain(), header.closedContent(), null));
                checkpoints.reached("header written");
                try (Vault rekeyed = vaults.open(staged.folder(), next)) {
                    inspector.inspect(rekeyed);
                }
                replacement.commit();
                return new Result(header.vaultId(), clock.instant());
            } catch (IOException e) {
                replacement.abandon();
                throw new VaultException(VaultProblem.STORAGE, "The passphrase could not be changed: " + Vaults.reason(e)
                        + ". Nothing was changed: the vault still opens with the current passphrase.", e);
            } catch (RuntimeException e) {
                replacement.abandon();
                throw e;
            } finally {
                replacement.release();
            }
        } finally {
            oldKeys.destroy();
            newKeys.destroy();
        }
    }

    private static String normalized(char[] passphrase) {
        return Normalizer.normalize(CharBuffer.wrap(passphrase), Normalizer.Form.NFC);
    }
}

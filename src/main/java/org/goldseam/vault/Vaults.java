package org.goldseam.vault;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.goldseam.vault.persistence.VaultDatabase;
import org.goldseam.vault.persistence.VaultStore;
import org.jspecify.annotations.Nullable;

/** Creates and opens vaults. */
public final class Vaults {
    /**
     * Folders open in this JVM. H2 shares one database between connections of the same process, so
     * a second open here would not be refused by the file lock; this set refuses it instead.
     */
    private static final Set<Path> OPEN_IN_THIS_PROCESS = ConcurrentHashMap.newKeySet();

    private final Clock clock;
    private final SecureRandom random;
    private final int iterations;
    /** Copies a vault before its structure is updated; none in tests that do not ask for it. */
    private final @Nullable UpgradeBackup upgradeBackup;

    public Vaults(Clock clock) {
        this(clock, new SecureRandom(), KdfParameters.DEFAULT_ITERATIONS);
    }

    private Vaults(Vaults base, @Nullable UpgradeBackup upgradeBackup) {
        this.clock = base.clock;
        this.random = base.random;
        this.iterations = base.iterations;
        this.upgradeBackup = upgradeBackup;
    }

    /**
     * The same factory, taking a verified backup with {@code backup} before it updates the structure
     * of a vault made by an older Goldseam (the desktop app and the command line do; see ADR 0019).
     */
    public Vaults withUpgradeBackup(UpgradeBackup backup) {
        return new Vaults(this, backup);
    }

    /** For tests that create many vaults: a lower iteration count keeps the suite fast. */
    public Vaults(Clock clock, SecureRandom random, int iterations) {
        if (iterations < 1 || iterations > KdfParameters.MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations must be 1 to " + KdfParameters.MAX_ITERATIONS);
        }
        this.clock = clock;
        this.random = random;
        this.iterations = iterations;
        this.upgradeBackup = null;
    }

    /** The clock vaults are created and opened by (what a vault's first records are dated with). */
    public Clock clock() {
        return clock;
    }

    /**
     * Creates a new, empty vault in {@code folder} (made if missing) and returns it open. The folder's
     * lock is taken before anything is written, so two creations in one folder at once cannot both
     * pass the "no vault here yet" test and then undo each other: the second is told the folder is in
     * use, or, once the first has finished, that a vault is already there.
     */
    public Vault create(Path folder, char[] passphrase) {
        PassphrasePolicy.require(passphrase);
        VaultFiles files = new VaultFiles(folder);
        requireNoVault(files);
        createFolder(files.folder());
        VaultReplacement.MaintenanceLock lock = VaultReplacement.MaintenanceLock.acquire(files, false,
                "Another Goldseam is creating, restoring or re-keying a vault in " + files.folder()
                        + " right now. Wait until it has finished, then open that vault; nothing was changed.");
        try {
            requireNoVault(files); // again, under the lock: another creator may have finished meanwhile
            Vault vault = createLocked(files, passphrase);
            lock.handOverReservation(); // the open vault keeps the folder reserved until it is closed
            return vault;
        } finally {
            lock.release();
        }
    }

    private static void requireNoVault(VaultFiles files) {
        if (files.headerExists() || files.databaseExists()) {
            throw new VaultException(VaultProblem.ALREADY_EXISTS,
                    "There is already a vault in " + files.folder() + ". Open it, or choose another folder.");
        }
    }

    /** Creates the vault; the caller holds the folder's lock and its reservation in this process. */
    private Vault createLocked(VaultFiles files, char[] passphrase) {
        String vaultId = UUID.randomUUID().toString();
        KdfParameters kdf = KdfParameters.withIterations(random, iterations);
        VaultKeys keys = VaultKeys.derive(passphrase, kdf, vaultId);
        VaultDatabase database = null;
        try {
            database = VaultStore.create(files, keys, vaultId, clock);
            restrictToOwner(files.databaseFile());
            String salt = DatabaseFileSalt.read(files.databaseFile())
                    .orElseThrow(() -> new IllegalStateException("H2 did not write an encrypted file"));
            VaultHeader header = new VaultHeader(VaultHeader.FORMAT_VERSION, vaultId, clock.instant(), kdf,
                    keys.keyCheck(), salt, null);
            VaultHeaderFile.write(files.header(), header);
            return new Vault(files, header, database, keys.copy(), null, this::closed);
        } catch (IOException e) {
            if (database != null) {
                database.close();
            }
            deleteQuietly(files.databaseFile());
            throw storage(files, e);
        } catch (RuntimeException e) {
            if (database != null) {
                database.close();
            }
            if (!files.headerExists()) {
                // a vault that never got its header cannot be opened: do not leave half of one behind
                deleteQuietly(files.databaseFile());
            }
            throw e;
        } finally {
            keys.destroy();
        }
    }

    /** The vault's files are the clinician's alone, also in a folder others may list. */
    private static void restrictToOwner(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    /**
     * Opens the vault in {@code folder}. Every refusal leaves every byte of the vault as it was,
     * except that a restore or passphrase change interrupted earlier is first undone or finished
     * (see {@link VaultReplacement}); {@link Vault#recoveryNotice()} then says which.
     *
     * @throws VaultException with the {@link VaultProblem} that explains the refusal
     */
    public Vault open(Path folder, char[] passphrase) {
        VaultFiles files = new VaultFiles(folder);
        try {
            Optional<String> notice = VaultReplacement.recover(files);
            VaultHeader vaultHeader = readPresentHeader(files);
            requireSaneKdf(files, vaultHeader);
            VaultKeys keys = VaultKeys.derive(passphrase, vaultHeader.kdf(), vaultHeader.vaultId());
            try {
                if (!keys.matches(vaultHeader.keyCheck())) {
                    throw new VaultException(VaultProblem.WRONG_PASSPHRASE,
                            "That passphrase does not open this vault. Check Caps Lock and the keyboard layout, then try again."
                                    + notice.map(n -> " " + n).orElse(""));
                }
                return openWithKeys(files, vaultHeader, keys, notice.orElse(null), true);
            } finally {
                keys.destroy();
            }
        } catch (VaultException e) {
            throw e.problem() == VaultProblem.DAMAGED ? e.inFolder(files.folder()) : e;
        }
    }

    /**
     * Opens a copy of an open vault (a backup unpacked into {@code folder}) with the keys of
     * {@code unlocked}, so that a backup can be verified without asking for the passphrase again.
     *
     * @throws VaultException {@link VaultProblem#WRONG_PASSPHRASE} if the copy is of another vault or
     *     was made under another passphrase
     */
    public Vault openCopy(Path folder, Vault unlocked) {
        VaultFiles files = new VaultFiles(folder);
        VaultHeader header = readPresentHeader(files);
        requireSaneKdf(files, header);
        VaultKeys keys = unlocked.keys().copy();
        try {
            if (!header.vaultId().equals(unlocked.header().vaultId()) || !keys.matches(header.keyCheck())) {
                throw new VaultException(VaultProblem.WRONG_PASSPHRASE,
                        "The copy in " + files.folder() + " does not open with this vault's passphrase.");
            }
            return openWithKeys(files, header, keys, null, false);
        } finally {
            keys.destroy();
        }
    }

    /**
     * Re-keys the vault in {@code folder} under a new passphrase; see {@link PassphraseChange}.
     * {@code inspector} sees the re-keyed copy open before it replaces the vault, and may refuse it.
     */
    public PassphraseChange.Result changePassphrase(Path folder, char[] current, char[] next,
            PassphraseChange.Inspector inspector, Checkpoints checkpoints) {
        if (upgradeBackup != null) {
            updateBeforeRekeying(new VaultFiles(folder), current);
        }
        return new PassphraseChange(this, clock).run(new VaultFiles(folder), current, next, inspector, checkpoints);
    }

    /**
     * Opens the vault once with the current passphrase before it is re-keyed, so that a vault an older
     * Goldseam left is backed up and updated here, as on any open: otherwise its re-keyed copy would be
     * the first to migrate it, with no backup of it as it was.
     */
    private void updateBeforeRekeying(VaultFiles files, char[] current) {
        if (!files.headerExists() || !files.databaseExists()) {
            return; // the change itself says what is missing
        }
        try {
            open(files.folder(), current).close();
        } catch (VaultException e) {
            if (e.problem() == VaultProblem.WRONG_PASSPHRASE) {
                throw new VaultException(VaultProblem.WRONG_PASSPHRASE,
                        "The current passphrase you gave does not open this vault. Nothing was changed.", e);
            }
            throw e;
        }
    }

    /**
     * Starts replacing the files of the vault in {@code folder} by a restored backup: see
     * {@link VaultReplacement}. The caller stages and verifies the new files, then commits.
     */
    public VaultReplacement beginRestore(Path folder, Checkpoints checkpoints) {
        return VaultReplacement.begin(new VaultFiles(folder), ReplacementJournal.Operation.RESTORE, clock, checkpoints);
    }

    private static VaultHeader readPresentHeader(VaultFiles files) {
        boolean header = files.headerExists();
        boolean database = files.databaseExists();
        if (!header && !database) {
            throw new VaultException(VaultProblem.NOT_FOUND,
                    "There is no vault in " + files.folder() + ". Create one with 'goldseam init', or choose the folder that holds your vault.");
        }
        if (!header) {
            throw new VaultException(VaultProblem.DAMAGED,
                    "The vault in " + files.folder() + " has lost its header file (" + VaultFiles.HEADER_NAME
                            + "), without which it cannot be unlocked. Restore the folder from a backup; nothing was changed.");
        }
        if (!database) {
            throw new VaultException(VaultProblem.DAMAGED,
                    "The vault in " + files.folder() + " has a header but no database file. Restore the folder from a backup; nothing was changed.");
        }
        return VaultHeaderFile.read(files.header());
    }

    /**
     * Opens a vault whose key check has passed with {@code keys}; the keys stay the caller's. When the
     * vault's structure is older than this Goldseam's and {@code mayBackUp}, a verified backup is taken
     * first (see {@link UpgradeBackup}) and the notice says where it is.
     */
    private Vault openWithKeys(VaultFiles files, VaultHeader vaultHeader, VaultKeys keys, @Nullable String notice,
            boolean mayBackUp) {
        String salt = DatabaseFileSalt.read(files.databaseFile()).orElseThrow(() -> new VaultException(
                VaultProblem.DAMAGED, "The file " + files.databaseFile().getFileName()
                        + " is damaged: it is no longer an encrypted Goldseam database. Restore the vault from a backup; nothing was changed."));
        if (!salt.equals(vaultHeader.databaseSalt())) {
            throw new VaultException(VaultProblem.DAMAGED, VaultStore.HEADER_MISMATCH);
        }
        requireNotTruncated(files, vaultHeader);
        reserve(files);
        try {
            String[] upgraded = new String[1];
            VaultDatabase db = VaultStore.open(files, keys, vaultHeader.vaultId(), vaultHeader.closedChain(),
                    vaultHeader.closedContent(), !unchangedSinceClose(files, vaultHeader), clock, upgrade -> {
                        if (mayBackUp && upgradeBackup != null && !isStaging(files)) {
                            Path kept = upgradeBackup.keep(files, vaultHeader.vaultId(), upgrade,
                                    copy -> VaultStore.verifyCopy(new VaultFiles(copy), keys, vaultHeader.vaultId()));
                            upgraded[0] = upgradeNotice(upgrade, kept);
                        }
                    });
            // size and content change as the vault is used: only a clean close records them again
            VaultHeader open = vaultHeader.withClosedSize(null).withClosedContent(null).withClosedFile(null);
            writeHeaderQuietly(files, open);
            VaultReplacement.acknowledge(files);
            String said = notice == null ? upgraded[0] : upgraded[0] == null ? notice : notice + "\n\n" + upgraded[0];
            return new Vault(files, open, db, keys.copy(), said, this::closed);
        } catch (RuntimeException e) {
            release(files);
            throw e;
        }
    }

    /**
     * A copy being built by a restore or a passphrase change (inside the vault folder): its source is a
     * backup or the vault itself, and a backup of it would land inside the vault folder.
     */
    private static boolean isStaging(VaultFiles files) {
        Path name = files.folder().getFileName();
        return name != null && name.toString().equals(VaultReplacement.STAGING_NAME);
    }

    /** Said once, on the open that updated the vault: the next open has nothing to update. */
    static String upgradeNotice(SchemaUpgrade upgrade, Path backup) {
        return "This version of Goldseam updated the vault's structure (from version " + upgrade.fromVersion() + " to "
                + upgrade.toVersion() + "). Before the update it made a backup, checked that it opens with your passphrase, "
                + "and kept it as " + backup.getFileName() + " in " + backup.getParent()
                + ". To go back to the earlier Goldseam, restore that backup there.";
    }

    /**
     * Refuses a header whose key stretching is outside what Goldseam writes, before any is done: a
     * header asking for two billion rounds (damaged, or planted in a backup) would otherwise hold
     * the unlock for hours, and one asking for a handful would make a weak key. The floor is
     * {@link KdfParameters#MIN_ITERATIONS}, or this factory's own count where a test set it lower.
     */
    void requireSaneKdf(VaultFiles files, VaultHeader header) {
        int rounds = header.kdf().iterations();
        int floor = Math.min(KdfParameters.MIN_ITERATIONS, iterations);
        if (rounds < floor || rounds > KdfParameters.MAX_ITERATIONS) {
            throw new VaultException(VaultProblem.DAMAGED, "The vault header " + files.header().getFileName() + " in "
                    + files.folder() + " asks for " + rounds + " rounds of key stretching; Goldseam uses "
                    + String.format(java.util.Locale.ROOT, "%,d to %,d", KdfParameters.MIN_ITERATIONS, KdfParameters.MAX_ITERATIONS)
                    + ". The header is damaged or was not written by Goldseam. Restore the vault from a backup; nothing was changed.");
        }
    }

    /** Fresh key-derivation parameters with this factory's iteration count. */
    KdfParameters freshKdf() {
        return KdfParameters.withIterations(random, iterations);
    }

    static void reserve(VaultFiles files) {
        if (!OPEN_IN_THIS_PROCESS.add(files.folder())) {
            throw new VaultException(VaultProblem.IN_USE,
                    "This vault is already open in this Goldseam. Switch to the window that has it open.");
        }
    }

    /**
     * H2 silently falls back to an older state when the end of its file is missing, so the size at
     * the last clean close is the only witness of a truncation.
     */
    private static void requireNotTruncated(VaultFiles files, VaultHeader header) {
        if (header.closedSize() == null) {
            return; // open elsewhere, or the last session crashed: the size is not known
        }
        try {
            long size = Files.size(files.databaseFile());
            if (size < header.closedSize()) {
                throw new VaultException(VaultProblem.DAMAGED, "The vault's database file "
                        + files.databaseFile().getFileName() + " is damaged: it is shorter than when it was last closed (" + size
                        + " of " + header.closedSize() + " bytes): it was cut off. Restore the vault from a backup; nothing was changed.");
            }
        } catch (IOException e) {
            throw storage(files, e);
        }
    }

    /**
     * True when the database file is byte for byte the one Goldseam last closed cleanly: then its rows
     * are the ones sealed and counted at that close, and the open skips reading every row to verify
     * them (ADR 0021). After a crash, a restore, or any change to the file, every row is verified.
     */
    private static boolean unchangedSinceClose(VaultFiles files, VaultHeader header) {
        if (header.closedFile() == null) {
            return false;
        }
        try {
            return header.closedFile().equals(Durable.sha256(files.databaseFile()));
        } catch (IOException e) {
            throw storage(files, e);
        }
    }

    /** After a clean close, remember the file's size and how far the audit trail had come in the header. */
    private void closed(Vault vault) {
        VaultFiles files = vault.files();
        try {
            VaultHeader closed = vault.header().withClosedSize(Files.size(files.databaseFile()));
            ChainMark mark = vault.chainAtClose();
            // no mark read (the trail could not be read at close): the last one stays, a lower bound still
            writeHeaderQuietly(files, (mark == null ? closed : closed.withClosedChain(mark)).withClosedContent(vault.contentAtClose())
                    .withClosedFile(vault.contentAtClose() == null ? null : Durable.sha256(files.databaseFile())));
        } catch (IOException e) {
            // the header keeps "size unknown": the vault still opens, only the truncation check is skipped
        } finally {
            release(files);
        }
    }

    private static void writeHeaderQuietly(VaultFiles files, VaultHeader header) {
        try {
            VaultHeaderFile.write(files.header(), header);
        } catch (IOException e) {
            // the previous header stays in place (the write is atomic); it opens the vault just as well
        }
    }

    static void release(VaultFiles files) {
        OPEN_IN_THIS_PROCESS.remove(files.folder());
    }

    private static void createFolder(Path folder) {
        try {
            // a folder Goldseam makes is the clinician's alone; one that exists keeps its mode
            Durable.createPrivateFolder(folder);
        } catch (IOException e) {
            throw new VaultException(VaultProblem.STORAGE,
                    "The folder " + folder + " could not be created: " + reason(e) + ". Choose another folder or fix its permissions.", e);
        }
    }

    private static VaultException storage(VaultFiles files, IOException e) {
        return new VaultException(VaultProblem.STORAGE,
                "The vault in " + files.folder() + " could not be written: " + reason(e) + ".", e);
    }

    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String message = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
        if (message != null && message.toLowerCase(java.util.Locale.ROOT).contains("no space")) {
            return "the disk is full";
        }
        return message == null ? e.getClass().getSimpleName() : message;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // best effort: the caller reports the original failure
        }
    }
}

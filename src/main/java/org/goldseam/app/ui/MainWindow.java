package org.goldseam.app.ui;

import java.awt.AWTEvent;
import java.awt.CardLayout;
import java.awt.Dimension;
import java.awt.Toolkit;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.WindowConstants;
import org.goldseam.app.audit.ui.AuditLogWindow;
import org.goldseam.app.lock.ui.LockGuard;
import org.goldseam.app.preferences.AppPreferences;
import org.goldseam.app.preferences.PreferenceStore;
import org.goldseam.app.services.VaultServices;
import org.goldseam.app.tasks.BackgroundTasks;
import org.goldseam.app.ui.common.Html;
import org.goldseam.app.ui.common.SwingScheduler;
import org.goldseam.app.workspace.AutoLock;
import org.goldseam.app.workspace.UnlockAttempts;
import org.goldseam.app.workspace.ui.Place;
import org.goldseam.app.workspace.ui.WorkspacePanel;
import org.goldseam.audit.AuditService;
import org.goldseam.clinician.ClinicianIdentity;
import org.goldseam.app.services.Clinicians;
import org.goldseam.vault.ShutdownClose;
import org.goldseam.vault.Vault;
import org.goldseam.vault.Vaults;
import org.jspecify.annotations.Nullable;

/**
 * The one window of the app. It shows the unlock screen or the workspace; locking (by hand or
 * after idle minutes) saves what is pending, remembers where the clinician was, drops every client
 * datum from the components, closes the vault, and shows the unlock screen again.
 */
public final class MainWindow {
    private static final String UNLOCK = "unlock";
    private static final String WORKSPACE = "workspace";

    private final JFrame frame = new JFrame("Goldseam");
    private final CardLayout cards = new CardLayout();
    private final JPanel root = new JPanel(cards);
    private final PreferenceStore store;
    private final Clock clock;
    private final JMenu menu = new JMenu("Goldseam");
    private final JMenuBar menuBar = menuBar(menu);
    private final UnlockPanel unlock;
    private final UnlockAttempts attempts;
    private final AutoLock autoLock;
    private AppPreferences preferences;
    // vault and tasks are set at the unlock, workspace and backups once the workspace shows; vault,
    // workspace and backups are cleared together when the vault closes, tasks is kept until the next unlock
    private @Nullable Vault vault;
    /** Who signs, from the open vault; null while locked, or while the vault has no clinician yet. */
    private @Nullable ClinicianIdentity clinician;
    private @Nullable BackgroundTasks tasks;
    private @Nullable WorkspacePanel workspace;
    private org.goldseam.app.workspace.@Nullable VaultBackups backups;
    private final Vaults vaults;
    /** Where the clinician was when the vault last locked; null before the first lock. */
    private @Nullable Place lastPlace;
    /** The vault that locked last: drafts kept at its lock are offered only when it is unlocked again. */
    private @Nullable String lockedVaultId;
    private @Nullable AuditLogWindow auditLog;
    private boolean closing;
    /** Kept here: {@link ShutdownClose} holds it weakly, for as long as this window lives. */
    private final java.util.function.Consumer<Duration> saveBeforeShutdown = this::saveBeforeShutdown;
    /** A lock has begun (forms closed) and waits for the note to be saved. */
    private boolean locking;
    /** The damaged-vault message is shown once per unlock, not once per failed read. */
    private boolean damageReported;

    public MainWindow(Path folder, Vaults vaults, Clock clock, PreferenceStore store) {
        this(folder, vaults, clock, store, store.load());
    }

    /** With the preferences the caller has just read (to choose the theme): start-up reads them once. */
    public MainWindow(Path folder, Vaults vaults, Clock clock, PreferenceStore store, AppPreferences preferences) {
        this.store = store;
        this.clock = clock;
        this.preferences = preferences;
        this.vaults = vaults;
        this.attempts = new UnlockAttempts(clock);
        this.unlock = new UnlockPanel(folder, vaults, attempts, new RestoreLauncher(vaults, clock, () -> preferences),
                this::unlocked, BackgroundTasks.withWorkerThread(SwingUtilities::invokeLater));
        this.autoLock = new AutoLock(clock, Duration.ofMinutes(preferences.autoLockMinutes()),
                () -> lock("after " + preferences.autoLockMinutes() + " idle minutes", () -> { }));
        root.add(unlock, UNLOCK);
        frame.setContentPane(root);
        frame.setIconImages(AppIcons.all()); // dialogs owned by the window show it too
        frame.setJMenuBar(menuBar);
        frame.setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                quit();
            }
        });
        Toolkit.getDefaultToolkit().addAWTEventListener(e -> autoLock.activity(),
                AWTEvent.KEY_EVENT_MASK | AWTEvent.MOUSE_EVENT_MASK | AWTEvent.MOUSE_WHEEL_EVENT_MASK);
        ShutdownClose.beforeClosing(saveBeforeShutdown);
        new Timer(5_000, e -> idleCheck()).start();
    }

    public void show() {
        frame.setMinimumSize(new Dimension(760, 520));
        store.windowBounds().ifPresentOrElse(b -> frame.setBounds(b[0], b[1], b[2], b[3]), () -> {
            frame.setSize(1280, 820);
            frame.setLocationRelativeTo(null);
        });
        cards.show(root, UNLOCK);
        if (Boolean.getBoolean("goldseam.bench.startupProbe")) {
            // for `goldseam bench`: the moment the window is on screen, timed from outside the process
            frame.addWindowListener(new WindowAdapter() {
                @Override
                public void windowOpened(WindowEvent e) {
                    System.out.println("goldseam-window-shown " + System.currentTimeMillis());
                }
            });
        }
        frame.setVisible(true);
        // the menu's items (and their shortcuts) a moment after the window shows: building them
        // delayed the first paint by ~20 ms, and nothing can be chosen before the window is there
        SwingUtilities.invokeLater(() -> fillMenu(menu));
    }

    JFrame frame() {
        return frame;
    }

    /** Locks if the idle limit has passed on the clock: every five seconds, and from tests at once. */
    void idleCheck() {
        if (workspace != null) {
            autoLock.tick();
        }
    }

    private static JMenuBar menuBar(JMenu menu) {
        JMenuBar bar = new JMenuBar();
        menu.setMnemonic('G');
        bar.add(menu);
        return bar;
    }

    /** The commands that need a client or a draft: enabled only while the workspace can carry them out. */
    private final FollowingAction newNote = new FollowingAction("New note",
            KeyStroke.getKeyStroke(KeyEvent.VK_N, InputEvent.CTRL_DOWN_MASK), WorkspacePanel::newNoteAction);
    private final FollowingAction signNote = new FollowingAction("Sign note…",
            KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, InputEvent.CTRL_DOWN_MASK), WorkspacePanel::signAction);
    private final FollowingAction progressSummary = new FollowingAction("Progress summary…", null,
            WorkspacePanel::summaryAction);

    /** Points the workspace commands at {@code open} (after an unlock) or at nothing (locked). */
    private void followWorkspace(@Nullable WorkspacePanel open) {
        for (FollowingAction command : new FollowingAction[] {newNote, signNote, progressSummary}) {
            command.follow(open);
        }
    }

    private void fillMenu(JMenu file) {
        file.add(item("New client…", KeyEvent.VK_N, InputEvent.CTRL_DOWN_MASK | InputEvent.SHIFT_DOWN_MASK,
                () -> whenOpen(w -> w.newClient())));
        file.add(new JMenuItem(newNote));
        file.add(item("Find client", KeyEvent.VK_F, InputEvent.CTRL_DOWN_MASK, () -> whenOpen(w -> w.findClient())));
        file.addSeparator();
        file.add(item("Save now", KeyEvent.VK_S, InputEvent.CTRL_DOWN_MASK, () -> whenOpen(w -> w.saveNow())));
        file.add(new JMenuItem(signNote));
        file.addSeparator();
        file.add(item("Search caseload…", KeyEvent.VK_F, InputEvent.CTRL_DOWN_MASK | InputEvent.SHIFT_DOWN_MASK,
                () -> whenOpen(w -> w.openSearch())));
        file.add(new JMenuItem(progressSummary));
        file.add(item("Export summaries for many clients…", 0, 0, () -> whenOpen(w -> w.openBatchExport())));
        file.add(item("Back up now", 0, 0, this::backUpNow));
        file.add(item("Restore from backup\u2026", 0, 0, this::restoreFromBackup));
        file.add(item("Audit log\u2026", 0, 0, this::openAuditLog));
        file.add(item("Taxonomy…", KeyEvent.VK_T, InputEvent.CTRL_DOWN_MASK | InputEvent.SHIFT_DOWN_MASK,
                () -> whenOpen(w -> w.openTaxonomy())));
        file.add(item("Preferences…", KeyEvent.VK_COMMA, InputEvent.CTRL_DOWN_MASK, this::editPreferences));
        file.add(item("Clinician\u2026", 0, 0, this::editClinician));
        file.addSeparator();
        file.add(item(DesktopWords.get("menu.about"), 0, 0, this::showAbout));
        file.addSeparator();
        file.add(item("Lock", KeyEvent.VK_L, InputEvent.CTRL_DOWN_MASK, this::lock));
        file.add(item("Quit", KeyEvent.VK_Q, InputEvent.CTRL_DOWN_MASK, this::quit));
    }

    private static JMenuItem item(String text, int key, int modifiers, Runnable action) {
        JMenuItem item = new JMenuItem(text);
        if (key != 0) {
            item.setAccelerator(KeyStroke.getKeyStroke(key, modifiers));
        }
        item.addActionListener(e -> action.run());
        return item;
    }

    private void whenOpen(java.util.function.Consumer<WorkspacePanel> action) {
        if (workspace != null) {
            action.accept(workspace);
        }
    }

    private void unlocked(Vault opened) {
        if (!opened.header().vaultId().equals(lockedVaultId)) {
            LockGuard.drafts().clear(); // drafts belong to the vault that locked, never to another one
        }
        vault = opened;
        BackgroundTasks started = BackgroundTasks.withWorkerThread(SwingUtilities::invokeLater);
        tasks = started;
        // who signs comes from the vault; one without a clinician yet (older than schema 6) asks first
        Clinicians clinicians = new Clinicians(opened, clock);
        started.run(clinicians::current, found -> named(opened, clinicians, found.orElse(null), started),
                error -> named(opened, clinicians, null, started));
    }

    /**
     * The vault's clinician is known ({@code found}), or is asked for now, before the workspace shows
     * and so before anything can be signed. Cancelling leaves the vault unnamed: signing then says how
     * to name it (Goldseam > Clinician…), and audit entries name the operating-system account until then.
     */
    private void named(Vault opened, Clinicians clinicians, @Nullable ClinicianIdentity found, BackgroundTasks tasks) {
        clinician = found;
        if (found == null) {
            Optional<ClinicianIdentity> given = ClinicianDialog.ask(frame, "Who signs these notes?",
                    "This vault does not yet know who signs its notes. " + ClinicianDialog.WHY,
                    preferences.clinicianName(), preferences.credentials());
            if (given.isPresent()) {
                tasks.run(() -> {
                    clinicians.set(given.get());
                    return given.get();
                }, saved -> {
                    clinician = saved;
                    showWorkspace(opened, tasks);
                }, error -> {
                    JOptionPane.showMessageDialog(frame, org.goldseam.app.workspace.Problems.describe(error),
                            "Goldseam", JOptionPane.WARNING_MESSAGE);
                    showWorkspace(opened, tasks);
                });
                return;
            }
        }
        showWorkspace(opened, tasks);
    }

    /** Who audit entries name: the vault's clinician, or the operating-system account only while it has none. */
    private String actor() {
        return clinician != null ? clinician.signature() : AuditService.systemActor();
    }

    /** The preferences as the workspace sees them: the clinician's name and credentials from the vault. */
    private AppPreferences workspacePreferences() {
        return preferences.withClinician(clinician);
    }

    private void showWorkspace(Vault opened, BackgroundTasks tasks) {
        damageReported = false;
        tasks.onDamage(this::storedDataDamaged);
        VaultServices services = VaultServices.of(opened, clock, this::actor);
        // failed attempts could not be written while the vault was locked: they go in now, before the unlock
        attempts.recordUnlock(services.auditTrail(actor()), tasks, e -> { });
        // the full-text index builds on a thread of its own: on a large vault it takes a while, and
        // autosaves on the vault worker must not wait behind it
        // the index reports its own failure through the search service
        var unused = services.search().startIndexing(tasks.jobExecutor(), status -> { });
        workspace = new WorkspacePanel(services, tasks, new SwingScheduler(), this::workspacePreferences, frame);
        followWorkspace(workspace);
        backups = new org.goldseam.app.workspace.VaultBackups(opened, vaults, clock, actor(),
                preferences.backupFolder());
        backups.startDaily(tasks, message -> JOptionPane.showMessageDialog(frame,
                "The daily backup failed: " + message, "Backup failed", JOptionPane.WARNING_MESSAGE));
        // an interrupted restore or passphrase change was finished or undone while opening: say which
        opened.recoveryNotice().ifPresent(notice -> SwingUtilities.invokeLater(() ->
                JOptionPane.showMessageDialog(frame, notice, "Goldseam", JOptionPane.INFORMATION_MESSAGE)));
        root.add(workspace, WORKSPACE);
        cards.show(root, WORKSPACE);
        workspace.restore(lastPlace);
        autoLock.rearm();
        offerDrafts();
    }

    /** Forms that were open when the vault locked kept what was typed: say so, once the place is back. */
    private void offerDrafts() {
        if (LockGuard.drafts().isEmpty()) {
            return;
        }
        String forms = String.join(", ", LockGuard.drafts().titles());
        SwingUtilities.invokeLater(() -> JOptionPane.showMessageDialog(frame, "<html><body style='width: 380px'>"
                + "When Goldseam locked, these forms were not finished: " + Html.escape(forms) + ". What you had "
                + "typed was kept (in memory only). Open the same form again for the same client or note and it "
                + "is filled in. Quitting Goldseam discards it.</body></html>", "Unfinished forms kept",
                JOptionPane.INFORMATION_MESSAGE));
    }

    /**
     * A read found a page or value of the open vault that no longer reads back: say it is damaged
     * (once per unlock) and offer its newest backup, as the unlock screen does for a vault that does
     * not open. Restoring locks first, so the damaged vault is closed before it is replaced.
     */
    private void storedDataDamaged(org.goldseam.vault.VaultException damaged) {
        if (damageReported || vault == null || tasks == null) {
            return;
        }
        damageReported = true;
        Path vaultFolder = vault.files().folder();
        Path configured = preferences.backupFolder();
        tasks.run(() -> org.goldseam.app.restore.DamagedVaultBackups.newest(vaultFolder, configured),
                newest -> showDamaged(damaged, newest), error -> showDamaged(damaged, java.util.Optional.empty()));
    }

    private void showDamaged(org.goldseam.vault.VaultException damaged,
            java.util.Optional<org.goldseam.backup.BackupFile> newest) {
        if (newest.isEmpty()) {
            JOptionPane.showMessageDialog(frame, damaged.getMessage(), "Vault damaged", JOptionPane.ERROR_MESSAGE);
            return;
        }
        Object[] options = {"Restore newest backup\u2026", "Close"};
        int chosen = JOptionPane.showOptionDialog(frame, damaged.getMessage() + "\n\n"
                        + org.goldseam.app.restore.RestoreWords.offer(newest.get(), clock.getZone()),
                "Vault damaged", JOptionPane.DEFAULT_OPTION, JOptionPane.ERROR_MESSAGE, null, options, options[1]);
        if (chosen == 0) {
            Path backup = newest.get().path();
            lock("to restore a backup of a damaged vault", () -> unlock.openRestore(backup));
        }
    }

    /** Saves, remembers the place, forgets client data, closes the vault. Safe to call when locked. */
    void lock() {
        lock("by hand", () -> { });
    }

    /**
     * Locks, recording {@code reason} in the audit trail, and runs {@code whenClosed} once the vault
     * is really closed (its worker has finished), e.g. to restore a backup over it.
     */
    private void lock(String reason, Runnable whenClosed) {
        if (workspace == null || locking) {
            return;
        }
        locking = true;
        // every form and window with client data closes now: a complete client form is saved, any
        // other typing is kept as an in-memory draft; questions and choosers answer "cancel"
        LockGuard.closeEverything(frame);
        // the closed forms' callers return (queueing their saves) before this runs
        SwingUtilities.invokeLater(() -> finishLock(reason, whenClosed));
    }

    private void finishLock(String reason, Runnable whenClosed) {
        if (workspace == null || tasks == null) {
            locking = false;
            return;
        }
        WorkspacePanel closingWorkspace = workspace;
        BackgroundTasks closingTasks = tasks;
        closingWorkspace.flush(saved -> {
            if (!saved && !confirmLockWithoutSaving()) {
                locking = false;
                return;
            }
            lastPlace = closingWorkspace.place();
            closingTasks.whenDone(whenClosed);
            closeVault(closingWorkspace, reason, () -> {
                unlock.showLocked();
                cards.show(root, UNLOCK);
            });
        });
    }

    private boolean confirmLockWithoutSaving() {
        return JOptionPane.showConfirmDialog(frame,
                "The last changes to this note could not be saved (see the status line). Lock anyway? "
                        + "Unsaved text will be lost.", "Unsaved changes", JOptionPane.YES_NO_OPTION,
                JOptionPane.WARNING_MESSAGE) == JOptionPane.YES_OPTION;
    }

    private void closeVault(WorkspacePanel closingWorkspace, String reason, Runnable then) {
        closeVault(closingWorkspace, reason, false, then);
    }

    private void closeVault(WorkspacePanel closingWorkspace, String reason, boolean finalBackup, Runnable then) {
        org.goldseam.app.workspace.VaultBackups closingBackups = backups;
        Vault closingVault = vault;
        BackgroundTasks closingTasks = tasks;
        if (closingBackups == null || closingVault == null || closingTasks == null) {
            throw new IllegalStateException("a workspace is only ever open with its vault, tasks and backups");
        }
        backups = null;
        workspace = null;
        followWorkspace(null);
        locking = false;
        LockGuard.closeEverything(frame); // anything that opened while the forms closed
        LockGuard.setScope("");
        if (auditLog != null) {
            auditLog.close(); // it shows client names
            auditLog = null;
        }
        closingWorkspace.clear();
        root.remove(closingWorkspace);
        lockedVaultId = closingVault.header().vaultId();
        VaultServices services = closingWorkspace.services();
        String actor = actor();
        vault = null;
        clinician = null;
        // the lock screen shows at once, but unlocking waits ("Finishing…") until the files are free
        // again: opening the vault while this close still runs would be refused as "already open"
        unlock.setClosing(true);
        // the in-memory index holds note text: it goes with the vault, and a build still running stops
        services.search().close();
        // after every save, render, export and backup still queued or running has finished, so the
        // vault never closes under them; work submitted from now on is refused with a message
        closingTasks.closeWhenIdle(() -> {
            services.auditTrail(actor).locked(reason);
            String failed = closingBackups.stop(finalBackup);
            closingVault.close();
            return failed;
        }, failed -> {
            unlock.setClosing(false);
            if (failed != null) {
                JOptionPane.showMessageDialog(frame, "The closing backup failed: " + failed
                        + " Your notes are safe in the vault; make a backup with 'Back up now' next time.",
                        "Backup failed", JOptionPane.WARNING_MESSAGE);
            }
        }, error -> {
            closingVault.close();
            unlock.setClosing(false);
        });
        SwingUtilities.invokeLater(then);
    }

    /**
     * SIGTERM or the desktop session ending: the text still waiting for its autosave is written
     * before {@link ShutdownClose} closes the vault. Runs on the shutdown thread; waits at most {@code limit}.
     */
    private void saveBeforeShutdown(Duration limit) {
        java.util.concurrent.CountDownLatch saved = new java.util.concurrent.CountDownLatch(1);
        SwingUtilities.invokeLater(() -> {
            if (workspace == null) {
                saved.countDown();
            } else {
                workspace.flush(ok -> saved.countDown());
            }
        });
        try {
            saved.await(limit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void quit() {
        if (closing) {
            return;
        }
        closing = true;
        store.saveWindowBounds(frame.getX(), frame.getY(), frame.getWidth(), frame.getHeight());
        // forms are closed as on a lock; drafts are not kept, as the vault will not be unlocked again
        LockGuard.closeEverything(frame);
        if (workspace == null) {
            LockGuard.drafts().clear();
            frame.dispose();
            return;
        }
        SwingUtilities.invokeLater(this::finishQuit);
    }

    private void finishQuit() {
        if (workspace == null || tasks == null) {
            LockGuard.drafts().clear();
            frame.dispose();
            return;
        }
        WorkspacePanel closingWorkspace = workspace;
        BackgroundTasks closingTasks = tasks;
        closingWorkspace.flush(saved -> {
            if (!saved && !confirmLockWithoutSaving()) {
                closing = false;
                return;
            }
            LockGuard.drafts().clear();
            // the window goes once the worker has closed the vault; the JVM then ends by itself.
            // Meanwhile the window says it is finishing (the closing backup can take a moment).
            closingTasks.whenDone(frame::dispose);
            closeVault(closingWorkspace, "quit", true, () -> {
                unlock.showQuitting();
                cards.show(root, UNLOCK);
            });
        });
    }

    /** Locks first (saving the note, closing the vault), then offers the backups; without a vault open, at once. */
    private void restoreFromBackup() {
        if (workspace == null) {
            unlock.openRestore(null);
            return;
        }
        lock("to restore a backup", () -> {
            LockGuard.drafts().clear(); // the vault's content is about to be replaced
            unlock.openRestore(null);
        });
    }

    /** Only while unlocked: the trail is inside the vault. */
    private void openAuditLog() {
        if (workspace == null || tasks == null) {
            return;
        }
        if (auditLog != null && auditLog.isShowing()) {
            auditLog.toFront();
            return;
        }
        auditLog = AuditLogWindow.show(frame, workspace.services(), tasks, actor());
    }

    private void backUpNow() {
        if (workspace == null || backups == null || tasks == null) {
            return;
        }
        org.goldseam.app.workspace.VaultBackups current = backups;
        tasks.run(current::backUpNow, result -> JOptionPane.showMessageDialog(frame,
                "Backed up and checked: " + result.file().getFileName() + "\nin " + result.file().getParent(),
                "Backup done", JOptionPane.INFORMATION_MESSAGE), error -> JOptionPane.showMessageDialog(frame,
                org.goldseam.app.workspace.Problems.describe(error), "Backup failed", JOptionPane.WARNING_MESSAGE));
    }

    /** Names or renames who signs (only while unlocked: the name is kept in the vault). */
    private void editClinician() {
        if (workspace == null || vault == null || tasks == null) {
            return;
        }
        Vault named = vault;
        BackgroundTasks running = tasks;
        ClinicianDialog.ask(frame, "Clinician", "Your name and credentials. " + ClinicianDialog.WHY,
                clinician == null ? preferences.clinicianName() : clinician.name(),
                clinician == null ? preferences.credentials() : clinician.credentials()).ifPresent(given -> running.run(() -> {
                    new Clinicians(named, clock).set(given);
                    return given;
                }, saved -> clinician = saved, error -> JOptionPane.showMessageDialog(frame,
                        org.goldseam.app.workspace.Problems.describe(error), "Clinician", JOptionPane.WARNING_MESSAGE)));
    }

    /** The vault folder shown is the open vault's, or while locked the one the unlock screen will open. */
    private void showAbout() {
        AboutDialog.show(frame, vault != null ? vault.files().folder() : unlock.folder());
    }

    private void editPreferences() {
        PreferencesDialog.edit(frame, preferences).ifPresent(updated -> {
            boolean look = updated.theme() != preferences.theme() || updated.fontSize() != preferences.fontSize();
            preferences = updated;
            store.save(updated);
            autoLock.setIdleLimit(Duration.ofMinutes(updated.autoLockMinutes()));
            if (look) {
                Themes.apply(updated.theme(), updated.fontSize());
            }
        });
    }
}

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
import org.goldseam.app.persistence.VaultServices;
import org.goldseam.app.preferences.AppPreferences;
import org.goldseam.app.preferences.PreferenceStore;
import org.goldseam.app.tasks.BackgroundTasks;
import org.goldseam.app.workspace.AutoLock;
import org.goldseam.app.workspace.UnlockAttempts;
import org.goldseam.app.workspace.ui.Place;
import org.goldseam.app.workspace.ui.WorkspacePanel;
import org.goldseam.audit.AuditService;
import org.goldseam.vault.ShutdownClose;
import org.goldseam.vault.Vault;
import org.goldseam.vault.Vaults;
import org.jspecify.annotations.NullUnmarked;
import org.jspecify.annotations.Nullable;

/**
 * The one window of the app. It shows the unlock screen or the workspace; locking (by hand or
 * after idle minutes) saves what is pending, remembers where the clinician was, drops every client
 * datum from the components, closes the vault, and shows the unlock screen again.
 */
@NullUnmarked // NullAway findings here are not fixed yet: see ADR 0016
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
    private @Nullable Vault vault;
    private @Nullable BackgroundTasks tasks;
    private @Nullable WorkspacePanel workspace;
    private org.goldseam.app.workspace.@Nullable VaultBackups backups;
    private final Vaults vaults;
    private @Nullable Place lastPlace;
    private @Nullable AuditLogWindow auditLog;
    private boolean closing;
    /** Kept here: {@link ShutdownClose} holds it weakly, for as long as this window lives. */
    private final java.util.function.Consumer<Duration> saveBeforeShutdown = this::saveBeforeShutdown;

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
                this::unlocked);
        this.autoLock = new AutoLock(clock, Duration.ofMinutes(preferences.autoLockMinutes()),
                () -> lock("after " + preferences.autoLockMinutes() + " idle minutes", () -> { }));
        root.add(unlock, UNLOCK);
        frame.setContentPane(root);
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
        new Timer(5_000, e -> {
            if (workspace != null) {
                autoLock.tick();
            }
        }).start();
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

    private static JMenuBar menuBar(JMenu menu) {
        JMenuBar bar = new JMenuBar();
        menu.setMnemonic('G');
        bar.add(menu);
        return bar;
    }

    private void fillMenu(JMenu file) {
        file.add(item("New client…", KeyEvent.VK_N, InputEvent.CTRL_DOWN_MASK | InputEvent.SHIFT_DOWN_MASK,
                () -> whenOpen(w -> w.newClient())));
        file.add(item("New note", KeyEvent.VK_N, InputEvent.CTRL_DOWN_MASK, () -> whenOpen(w -> w.newNote())));
        file.add(item("Find client", KeyEvent.VK_F, InputEvent.CTRL_DOWN_MASK, () -> whenOpen(w -> w.findClient())));
        file.addSeparator();
        file.add(item("Save now", KeyEvent.VK_S, InputEvent.CTRL_DOWN_MASK, () -> whenOpen(w -> w.saveNow())));
        file.add(item("Sign note…", KeyEvent.VK_ENTER, InputEvent.CTRL_DOWN_MASK, () -> whenOpen(w -> w.sign())));
        file.addSeparator();
        file.add(item("Search caseload…", KeyEvent.VK_F, InputEvent.CTRL_DOWN_MASK | InputEvent.SHIFT_DOWN_MASK,
                () -> whenOpen(w -> w.openSearch())));
        file.add(item("Progress summary…", 0, 0, () -> whenOpen(w -> w.openSummary())));
        file.add(item("Export summaries for many clients…", 0, 0, () -> whenOpen(w -> w.openBatchExport())));
        file.add(item("Back up now", 0, 0, this::backUpNow));
        file.add(item("Restore from backup\u2026", 0, 0, this::restoreFromBackup));
        file.add(item("Audit log\u2026", 0, 0, this::openAuditLog));
        file.add(item("Taxonomy…", KeyEvent.VK_T, InputEvent.CTRL_DOWN_MASK | InputEvent.SHIFT_DOWN_MASK,
                () -> whenOpen(w -> w.openTaxonomy())));
        file.add(item("Preferences…", KeyEvent.VK_COMMA, InputEvent.CTRL_DOWN_MASK, this::editPreferences));
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
        vault = opened;
        tasks = BackgroundTasks.withWorkerThread(SwingUtilities::invokeLater);
        VaultServices services = VaultServices.of(opened, clock);
        // failed attempts could not be written while the vault was locked: they go in now, before the unlock
        attempts.recordUnlock(new AuditService(services.audit(), preferences.signature(), clock), tasks, e -> { });
        // the full-text index builds on a thread of its own: on a large vault it takes a while, and
        // autosaves on the vault worker must not wait behind it
        java.util.concurrent.ExecutorService indexing = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "goldseam-search-index");
            thread.setDaemon(true);
            return thread;
        });
        // the index reports its own failure through the search service; this only ends the thread
        var unused = services.search().startIndexing(indexing, status -> { }).whenComplete((done, error) -> indexing.shutdown());
        workspace = new WorkspacePanel(services, tasks, new SwingScheduler(), () -> preferences, frame);
        backups = new org.goldseam.app.workspace.VaultBackups(opened, vaults, clock, preferences.signature(),
                preferences.backupFolder());
        backups.startDaily(message -> SwingUtilities.invokeLater(() -> JOptionPane.showMessageDialog(frame,
                "The daily backup failed: " + message, "Backup failed", JOptionPane.WARNING_MESSAGE)));
        // an interrupted restore or passphrase change was finished or undone while opening: say which
        opened.recoveryNotice().ifPresent(notice -> SwingUtilities.invokeLater(() ->
                JOptionPane.showMessageDialog(frame, notice, "Goldseam", JOptionPane.INFORMATION_MESSAGE)));
        root.add(workspace, WORKSPACE);
        cards.show(root, WORKSPACE);
        workspace.restore(lastPlace);
        autoLock.rearm();
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
        if (workspace == null) {
            return;
        }
        WorkspacePanel closingWorkspace = workspace;
        closingWorkspace.flush(saved -> {
            if (!saved && !confirmLockWithoutSaving()) {
                return;
            }
            lastPlace = closingWorkspace.place();
            tasks.whenDone(whenClosed);
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
        backups = null;
        workspace = null;
        if (auditLog != null) {
            auditLog.close(); // it shows client names
            auditLog = null;
        }
        closingWorkspace.clear();
        root.remove(closingWorkspace);
        Vault closingVault = vault;
        VaultServices services = closingWorkspace.services();
        String actor = preferences.signature();
        vault = null;
        // the lock screen shows at once, but unlocking waits until the files are free again: opening
        // the vault while this close still runs would be refused as "already open"
        unlock.setClosing(true);
        // queued behind any save still on the worker, so the vault closes after the last write
        tasks.run(() -> {
            new AuditService(services.audit(), actor, clock).locked(reason);
            String failed = closingBackups.stop(finalBackup);
            services.search().close(); // the in-memory index holds note text: it goes with the vault
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
            services.search().close();
            closingVault.close();
            unlock.setClosing(false);
        });
        tasks.shutdownWhenDone();
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
        if (workspace == null) {
            frame.dispose();
            return;
        }
        WorkspacePanel closingWorkspace = workspace;
        closingWorkspace.flush(saved -> {
            if (!saved && !confirmLockWithoutSaving()) {
                closing = false;
                return;
            }
            // the window goes once the worker has closed the vault; the JVM then ends by itself
            tasks.whenDone(frame::dispose);
            closeVault(closingWorkspace, "quit", true, () -> { });
        });
    }

    /** Locks first (saving the note, closing the vault), then offers the backups; without a vault open, at once. */
    private void restoreFromBackup() {
        if (workspace == null) {
            unlock.openRestore(null);
            return;
        }
        lock("to restore a backup", () -> unlock.openRestore(null));
    }

    /** Only while unlocked: the trail is inside the vault. */
    private void openAuditLog() {
        if (workspace == null) {
            return;
        }
        if (auditLog != null && auditLog.isShowing()) {
            auditLog.toFront();
            return;
        }
        auditLog = AuditLogWindow.show(frame, workspace.services(), tasks, preferences.signature());
    }

    private void backUpNow() {
        if (workspace == null || backups == null) {
            return;
        }
        org.goldseam.app.workspace.VaultBackups current = backups;
        tasks.run(current::backUpNow, result -> JOptionPane.showMessageDialog(frame,
                "Backed up and checked: " + result.file().getFileName() + "\nin " + result.file().getParent(),
                "Backup done", JOptionPane.INFORMATION_MESSAGE), error -> JOptionPane.showMessageDialog(frame,
                org.goldseam.app.workspace.Problems.describe(error), "Backup failed", JOptionPane.WARNING_MESSAGE));
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

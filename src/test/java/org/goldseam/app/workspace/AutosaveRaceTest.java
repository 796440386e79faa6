package org.goldseam.app.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import org.goldseam.app.services.VaultServices;
import org.goldseam.app.tasks.BackgroundTasks;
import org.goldseam.clients.ClientDetails;
import org.goldseam.notes.NoteFormat;
import org.goldseam.notes.Section;
import org.goldseam.testing.FakeScheduler;
import org.goldseam.testing.TestVaults;
import org.goldseam.vault.Vault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A save of one note that finishes while another note is on screen must not count as a save of
 * the note on screen. The worker and the event thread are two queues the test steps through by
 * hand, in the order the real app would run them.
 */
class AutosaveRaceTest {
    private static final OffsetDateTime SESSION = OffsetDateTime.of(2026, 11, 19, 15, 0, 0, 0, ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Vault vault;
    private VaultServices services;
    private final FakeScheduler timer = new FakeScheduler();
    private final Deque<Runnable> worker = new ArrayDeque<>();
    private final Deque<Runnable> eventThread = new ArrayDeque<>();
    private NoteEditorPresenter editor;
    private long noteA;
    private long noteB;

    @BeforeEach
    void twoNotesOfOneClient() {
        vault = TestVaults.create(dir.resolve("vault"));
        services = VaultServices.of(vault, TestVaults.CLOCK);
        long clientId = new org.goldseam.clients.persistence.ClientRepository(vault.database().dsl()).insert(ClientDetails.of("Zoë Łukasz-Ørsted", SESSION.toLocalDate()));
        noteB = new org.goldseam.notes.persistence.SessionNoteRepository(vault.database().dsl()).createDraft(clientId, NoteContents.blank(SESSION.minusDays(7), NoteFormat.DAP));
        editor = new NoteEditorPresenter(services, new BackgroundTasks(worker::add, eventThread::add), timer,
                () -> "Dr Imaginary, LCSW", () -> { });
        editor.create(clientId, NoteContents.blank(SESSION, NoteFormat.DAP));
        drain();
        noteA = editor.note().id();
    }

    @AfterEach
    void close() {
        vault.close();
    }

    @Test
    void aSaveOfTheNoteLeftDoesNotMarkTheNoteOpenedAsSaved() {
        type(Section.DATA, "first words in A");
        timer.advance(NoteEditorPresenter.AUTOSAVE_DELAY);   // A's first save is queued
        runWorker();                                         // ...and written; its result waits for the event thread
        type(Section.DATA, "first words in A, and more");     // typed while A was saving
        editor.open(noteB);                                  // the clinician clicks B in the list
        runEventThread();                                    // A's result: newer text, so A saves again (behind B's load)
        runWorker();                                         // B is loaded
        runEventThread();                                    // B is shown
        assertThat(editor.note().id()).isEqualTo(noteB);

        type(Section.DATA, "B: one");
        type(Section.DATA, "B: one two");
        timer.advance(NoteEditorPresenter.AUTOSAVE_DELAY);
        runWorker();                                         // A's second save
        runEventThread();

        // whatever the status says now, "Saved" must mean B's text is in the vault
        if (editor.status().state() == SaveStatus.State.SAVED) {
            assertThat(stored(noteB)).isEqualTo("B: one two");
        }
        drain();
        assertThat(stored(noteA)).isEqualTo("first words in A, and more");
        assertThat(stored(noteB)).isEqualTo("B: one two");
        assertThat(editor.status().state()).isEqualTo(SaveStatus.State.SAVED);
        assertThat(editor.hasUnsavedChanges()).isFalse();
    }

    @Test
    void aNoteOpenedWhileAnotherSavesIsNotRewrittenWithoutAnEdit() {
        type(Section.DATA, "A text");
        timer.advance(NoteEditorPresenter.AUTOSAVE_DELAY);
        runWorker();
        type(Section.DATA, "A text, longer");
        editor.open(noteB);
        runEventThread();
        runWorker();
        runEventThread();
        drain();
        long updatesOfB = services.notes().findById(noteB).orElseThrow().updatedAt().toEpochSecond();
        for (int i = 0; i < 5; i++) {
            drain();
        }
        assertThat(worker).as("no save keeps queuing itself").isEmpty();
        assertThat(services.notes().findById(noteB).orElseThrow().updatedAt().toEpochSecond()).isEqualTo(updatesOfB);
        assertThat(stored(noteB)).isEmpty();
        assertThat(stored(noteA)).isEqualTo("A text, longer");
    }

    private void type(Section section, String text) {
        editor.edit(c -> NoteContents.withSection(c, section, text));
    }

    private String stored(long noteId) {
        return services.notes().findById(noteId).orElseThrow().sectionText(Section.DATA);
    }

    private void runWorker() {
        Runnable next = worker.poll();
        if (next != null) {
            next.run();
        }
    }

    private void runEventThread() {
        while (!eventThread.isEmpty()) {
            eventThread.poll().run();
        }
    }

    /** Runs everything queued and due, as a patient clinician would let it, with a bound against loops. */
    private void drain() {
        for (int round = 0; round < 50 && !(worker.isEmpty() && eventThread.isEmpty() && timer.waiting() == 0); round++) {
            runEventThread();
            runWorker();
            runEventThread();
            timer.advance(NoteEditorPresenter.AUTOSAVE_DELAY);
        }
    }
}

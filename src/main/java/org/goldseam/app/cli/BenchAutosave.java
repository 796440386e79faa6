package org.goldseam.app.cli;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.goldseam.app.services.VaultServices;
import org.goldseam.app.tasks.BackgroundTasks;
import org.goldseam.app.workspace.NoteEditorPresenter;
import org.goldseam.app.workspace.SaveStatus;
import org.goldseam.app.workspace.Scheduler;
import org.goldseam.bench.AutosaveProbe;
import org.goldseam.bench.BenchException;
import org.goldseam.bench.Stats;
import org.goldseam.notes.Attendance;
import org.goldseam.notes.Modality;
import org.goldseam.notes.NoteContent;
import org.goldseam.notes.NoteFormat;
import org.goldseam.notes.NoteSectionText;
import org.goldseam.notes.Section;
import org.goldseam.notes.SessionType;
import org.goldseam.vault.Vault;

/**
 * Autosave as the app does it: the real {@link NoteEditorPresenter}, its single vault worker, and a
 * real timer, on a stand-in UI thread (no Swing, so the command stays headless). Every task on that
 * thread is timed, which shows how long typing could be held up. Leaves one invented draft note in
 * the (demo) vault.
 */
final class BenchAutosave implements AutosaveProbe {
    private static final String TYPED = "Rehearsed the talk until two in the morning, sure that one slip would expose her. ";

    @Override
    public Result measure(Vault vault, Clock clock, int bursts, int keystrokes, int intervalMillis) {
        ScheduledExecutorService ui = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "bench-ui");
            thread.setDaemon(true);
            return thread;
        });
        AtomicLong longest = new AtomicLong();
        Executor timedUi = work -> ui.execute(timed(work, longest));
        Scheduler scheduler = (delay, action) -> {
            ScheduledFuture<?> future = ui.schedule(timed(action, longest), delay.toMillis(), TimeUnit.MILLISECONDS);
            return () -> future.cancel(false);
        };
        BackgroundTasks tasks = BackgroundTasks.withWorkerThread(timedUi);
        VaultServices services = VaultServices.of(vault, clock);
        NoteEditorPresenter editor = new NoteEditorPresenter(services, tasks, scheduler, () -> "Bench Clinician, LCSW", () -> { });
        try {
            long clientId = services.clients().listAll().get(0).id();
            CountDownLatch opened = new CountDownLatch(1);
            editor.addListener(NoteEditorPresenter.Property.NOTE, e -> opened.countDown());
            ui.execute(() -> editor.create(clientId, draft(clock)));
            await(opened);
            AtomicReference<CountDownLatch> saved = new AtomicReference<>();
            AtomicLong savedAt = new AtomicLong();
            editor.addListener(NoteEditorPresenter.Property.SAVE_STATUS, e -> {
                CountDownLatch waiting = saved.get();
                if (waiting != null && editor.status() != null && editor.status().state() == SaveStatus.State.SAVED && !editor.hasUnsavedChanges()) {
                    savedAt.set(System.nanoTime());
                    waiting.countDown();
                }
            });
            longest.set(0);
            List<Double> delays = new ArrayList<>();
            for (int burst = 0; burst < bursts; burst++) {
                AtomicLong lastKey = new AtomicLong();
                CountDownLatch typed = new CountDownLatch(keystrokes);
                for (int k = 0; k < keystrokes; k++) {
                    char c = TYPED.charAt((burst * keystrokes + k) % TYPED.length());
                    boolean last = k == keystrokes - 1;
                    var unused = ui.schedule(timed(() -> {
                        if (last) {
                            saved.set(new CountDownLatch(1));
                            lastKey.set(System.nanoTime());
                        }
                        editor.edit(content -> append(content, c));
                        typed.countDown();
                    }, longest), (long) k * intervalMillis, TimeUnit.MILLISECONDS);
                }
                await(typed);
                await(java.util.Objects.requireNonNull(saved.get(), "the last keystroke sets the latch"));
                delays.add((savedAt.get() - lastKey.get()) / 1e6);
            }
            return new Result(Stats.of(delays), longest.get() / 1e6, NoteEditorPresenter.AUTOSAVE_DELAY.toMillis());
        } finally {
            CountDownLatch drained = new CountDownLatch(1);
            tasks.whenDone(drained::countDown);
            tasks.shutdownWhenDone();
            await(drained);
            ui.shutdownNow();
        }
    }

    private static NoteContent draft(Clock clock) {
        return new NoteContent(OffsetDateTime.now(clock), 50, SessionType.INDIVIDUAL, Modality.IN_PERSON, Attendance.ATTENDED,
                NoteFormat.DAP, "Benchmark draft (invented)", List.of(new NoteSectionText(Section.DATA, "")), null,
                List.of(), List.of(), List.of());
    }

    private static NoteContent append(NoteContent c, char typed) {
        List<NoteSectionText> sections = c.sections().stream()
                .map(s -> s.section() == Section.DATA ? new NoteSectionText(Section.DATA, s.text() + typed) : s).toList();
        return new NoteContent(c.startsAt(), c.durationMinutes(), c.type(), c.modality(), c.attendance(), c.format(),
                c.summaryLine(), sections, c.privateNotes(), c.observations(), c.interventions(), c.goalProgress());
    }

    private static Runnable timed(Runnable work, AtomicLong longest) {
        return () -> {
            long start = System.nanoTime();
            try {
                work.run();
            } finally {
                longest.accumulateAndGet(System.nanoTime() - start, Math::max);
            }
        };
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new BenchException("Autosave did not finish within 60 s.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchException("The bench was interrupted.");
        }
    }
}

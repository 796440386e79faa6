package org.goldseam.app.summary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.goldseam.app.preferences.AppPreferences;
import org.goldseam.app.workspace.ObservableState;
import org.goldseam.app.workspace.Problems;
import org.goldseam.summary.CancellationFlag;
import org.goldseam.summary.PaperSize;
import org.goldseam.summary.ProgressListener;
import org.goldseam.summary.SummaryException;
import org.goldseam.summary.SummaryOptions;
import org.goldseam.summary.SummarySection;
import org.jspecify.annotations.Nullable;

/**
 * What the one-client summary and the batch export have in common: the period, the sections, initials
 * only, the state of the job, its progress and cancel.
 *
 * <p>Rendering runs on {@code renderer}, never on the vault worker: a long batch must not hold up
 * autosaves. The summary reads through its own connection from the vault's pool, which H2 serves
 * concurrently. Results come back through {@code deliver} (the event thread in the app, the calling
 * thread in tests); a result that arrives after {@link #clear()} is dropped.
 */
public abstract class ExportForm extends ObservableState<SummaryProperty> {
    private final Executor renderer;
    private final Executor deliver;
    protected final Clock clock;
    private final AppPreferences preferences;
    private PeriodChoice period;
    private Set<SummarySection> sections = SummarySection.all();
    private boolean initialsOnly;
    private boolean replaceExisting;
    private RenderState state = RenderState.EDITING;
    private Progress progress = Progress.NONE;
    private @Nullable String message;
    private CancellationFlag cancel = new CancellationFlag();
    private long ticket;

    protected ExportForm(Clock clock, AppPreferences preferences, Executor renderer, Executor deliver) {
        this.clock = Objects.requireNonNull(clock);
        this.preferences = Objects.requireNonNull(preferences);
        this.renderer = Objects.requireNonNull(renderer);
        this.deliver = Objects.requireNonNull(deliver);
        this.period = PeriodChoice.of(PeriodPreset.LAST_6_MONTHS, today());
    }

    protected final LocalDate today() {
        return LocalDate.now(clock);
    }

    public final PeriodChoice period() {
        return period;
    }

    public final void choosePreset(PeriodPreset preset) {
        setPeriod(period.with(preset, today()));
    }

    public final void setCustomPeriod(LocalDate from, LocalDate to) {
        setPeriod(period.withCustom(from, to));
    }

    private void setPeriod(PeriodChoice choice) {
        PeriodChoice old = period;
        period = choice;
        if (fire(SummaryProperty.PERIOD, old, choice)) {
            periodChanged();
        }
        if (state == RenderState.EDITING) {
            setMessage(choice.problem().orElse(null));
        }
    }

    /** Called after the period changed, e.g. to follow it in a default file name. */
    protected void periodChanged() {
    }

    public final Set<SummarySection> sections() {
        return sections;
    }

    public final void include(SummarySection section, boolean included) {
        EnumSet<SummarySection> chosen = sections.isEmpty() ? EnumSet.noneOf(SummarySection.class) : EnumSet.copyOf(sections);
        if (included) {
            chosen.add(section);
        } else {
            chosen.remove(section);
        }
        Set<SummarySection> old = sections;
        sections = Collections.unmodifiableSet(chosen);
        fire(SummaryProperty.SECTIONS, old, sections);
    }

    public final boolean initialsOnly() {
        return initialsOnly;
    }

    public final void setInitialsOnly(boolean initials) {
        boolean old = initialsOnly;
        initialsOnly = initials;
        fire(SummaryProperty.INITIALS_ONLY, old, initials);
    }

    public final boolean replaceExisting() {
        return replaceExisting;
    }

    public final void setReplaceExisting(boolean replace) {
        boolean old = replaceExisting;
        replaceExisting = replace;
        fire(SummaryProperty.REPLACE_EXISTING, old, replace);
    }

    /** The options the summaries are made with; the clinician's name and credentials come from preferences. */
    public final SummaryOptions options() {
        return new SummaryOptions(initialsOnly, false, sections, preferences.clinicianName(), preferences.credentials(),
                paperFor(java.util.Locale.getDefault()), replaceExisting);
    }

    /** US Letter where it is the custom (the United States and Canada), A4 everywhere else. */
    static PaperSize paperFor(java.util.Locale locale) {
        String country = locale.getCountry();
        return country.equals("US") || country.equals("CA") ? PaperSize.LETTER : PaperSize.A4;
    }

    public final RenderState state() {
        return state;
    }

    public final Progress progress() {
        return progress;
    }

    public final @Nullable String message() {
        return message;
    }

    /** Asks the running job to stop at its next step; the state turns CANCELLED when it has. */
    public final void cancel() {
        cancel.cancel();
    }

    /** Back to the form after a finished job, keeping every choice. */
    public final void editAgain() {
        if (state.finished()) {
            resetOutcome();
            setProgress(Progress.NONE);
            setMessage(null);
            setState(RenderState.EDITING);
        }
    }

    /**
     * Forgets everything about the clients (the vault is locking): cancels a running job, drops its
     * result, and ignores whatever it still delivers.
     */
    public void clear() {
        ticket++;
        cancel.cancel();
        resetOutcome();
        setProgress(Progress.NONE);
        setMessage(null);
        setState(RenderState.EDITING);
    }

    /** Drops the finished job's result (and any client data in it). */
    protected abstract void resetOutcome();

    /**
     * Runs {@code work} on the renderer with a fresh cancel flag, showing its progress; {@code done}
     * receives the result on the delivery executor unless the presenter was cleared meanwhile.
     * A failure ends in FAILED with a sentence for the clinician, a cancel in CANCELLED.
     */
    protected final <T> void start(Job<T> work, Consumer<T> done) {
        if (state == RenderState.RENDERING) {
            return;
        }
        if (state.finished()) {
            resetOutcome();
        }
        long mine = ++ticket;
        CancellationFlag flag = new CancellationFlag();
        cancel = flag;
        setMessage(null);
        setProgress(new Progress(0, 0, "Starting"));
        setState(RenderState.RENDERING);
        ProgressListener listener = (d, total, text) -> deliver.execute(() -> {
            if (mine == ticket && state == RenderState.RENDERING) {
                setProgress(new Progress(d, total, text));
            }
        });
        renderer.execute(() -> {
            T result;
            try {
                result = work.run(listener, flag);
            } catch (Throwable error) {
                deliver.execute(() -> {
                    if (mine == ticket) {
                        failed(error);
                    }
                });
                return;
            }
            deliver.execute(() -> {
                if (mine == ticket) {
                    done.accept(result);
                }
            });
        });
    }

    private void failed(Throwable error) {
        if (error instanceof SummaryException summary
                && summary.problem() == org.goldseam.summary.SummaryProblem.CANCELLED) {
            setMessage("Cancelled; no file was written.");
            setState(RenderState.CANCELLED);
        } else {
            setMessage(describe(error));
            setState(RenderState.FAILED);
        }
    }

    /** A sentence for the clinician: the summary's own message, or a plain one; never a stack trace. */
    static @Nullable String describe(Throwable error) {
        if (error instanceof SummaryException summary) {
            return summary.getMessage();
        }
        return Problems.describe(error);
    }

    /** Work run on the renderer thread. */
    @FunctionalInterface
    protected interface Job<T> {
        T run(ProgressListener listener, CancellationFlag cancel) throws Exception;
    }

    /**
     * A quick read for the form itself (not a job: no progress, no state change); {@code done} gets the
     * value on the delivery executor unless the presenter was cleared meanwhile.
     */
    protected final <T> void read(Callable<T> work, Consumer<T> done) {
        long mine = ticket;
        renderer.execute(() -> {
            try {
                T value = work.call();
                deliver.execute(() -> {
                    if (mine == ticket) {
                        done.accept(value);
                    }
                });
            } catch (Exception error) {
                deliver.execute(() -> {
                    if (mine == ticket) {
                        setMessage(describe(error));
                    }
                });
            }
        });
    }

    /** Ends a job the subclass has judged, e.g. DONE with its result already set. */
    protected final void finish(RenderState outcome, @Nullable String sentence) {
        setProgress(outcome == RenderState.DONE ? new Progress(progress.total(), progress.total(), "Done") : progress);
        setMessage(sentence);
        setState(outcome);
    }

    /** Refuses to start, with the reason shown beside the button. */
    protected final void refuse(String sentence) {
        setMessage(sentence);
    }

    private void setState(RenderState newState) {
        RenderState old = state;
        state = newState;
        fire(SummaryProperty.STATE, old, newState);
    }

    private void setProgress(Progress newProgress) {
        Progress old = progress;
        progress = newProgress;
        fire(SummaryProperty.PROGRESS, old, newProgress);
    }

    private void setMessage(@Nullable String newMessage) {
        String old = message;
        message = newMessage;
        fire(SummaryProperty.MESSAGE, old, newMessage);
    }
}

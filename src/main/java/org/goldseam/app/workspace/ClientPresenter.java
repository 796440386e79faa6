package org.goldseam.app.workspace;

import java.util.Objects;
import java.util.function.LongConsumer;
import org.goldseam.app.services.VaultServices;
import org.goldseam.app.tasks.BackgroundTasks;
import org.jspecify.annotations.Nullable;

/**
 * The common life of a workspace tab's presenter: show a client (read in the background), refresh,
 * clear on lock, and run changes followed by a fresh read on the vault worker.
 *
 * <p>Every read carries a ticket; a result that arrives after the clinician has moved to another
 * client (or locked) is dropped, so one client's data can never appear under another's name.
 */
public abstract class ClientPresenter<D> extends ObservableState<PresenterProperty> {
    /** Vault work for one client that may throw; runs on the worker thread. */
    @FunctionalInterface
    protected interface ClientWork {
        void run(long clientId) throws Exception;
    }

    protected final VaultServices services;
    protected final BackgroundTasks tasks;
    private @Nullable Long clientId;
    private LoadState state = LoadState.EMPTY;
    private @Nullable D data;
    private @Nullable String message;
    private long ticket;
    private LongConsumer changeListener = id -> { };

    protected ClientPresenter(VaultServices services, BackgroundTasks tasks) {
        this.services = Objects.requireNonNull(services);
        this.tasks = Objects.requireNonNull(tasks);
    }

    /** Reads the tab's data for one client; called on the vault worker, never on the event thread. */
    protected abstract D read(long clientId) throws Exception;

    /** Told the client's id after this presenter changed the client's record, so other views can reload. */
    public final void onClientChanged(LongConsumer listener) {
        this.changeListener = Objects.requireNonNull(listener);
    }

    public final void showClient(long id) {
        if (clientId == null || clientId != id) {
            clientId = id;
            setData(null);
        }
        load(id);
    }

    /** Reads the shown client again; what is shown stays until the new data arrives. */
    public final void refresh() {
        if (clientId != null) {
            load(clientId);
        }
    }

    /** Forgets the client and everything read about it (the vault is locking). */
    public void clear() {
        ticket++;
        clientId = null;
        setData(null);
        setMessage(null);
        setState(LoadState.EMPTY);
    }

    public final @Nullable Long clientId() {
        return clientId;
    }

    public final LoadState state() {
        return state;
    }

    public final @Nullable D data() {
        return data;
    }

    public final @Nullable String message() {
        return message;
    }

    public final void dismissMessage() {
        setMessage(null);
    }

    private void load(long id) {
        long mine = ++ticket;
        setState(LoadState.LOADING);
        tasks.run(() -> read(id), loaded -> {
            if (mine == ticket) {
                setData(loaded);
                setMessage(null);
                setState(LoadState.READY);
            }
        }, failure -> {
            if (mine == ticket) {
                setMessage(Problems.describe(failure));
                setState(data == null ? LoadState.FAILED : LoadState.READY);
            }
        });
    }

    /**
     * Runs a change for the shown client, then reads again in the same worker task so the view
     * shows the stored result. A refused change leaves the data as shown and sets the message.
     */
    protected final void change(ClientWork work) {
        if (clientId == null) {
            return;
        }
        long mine = ++ticket;
        long id = clientId;
        setState(LoadState.LOADING);
        tasks.run(() -> {
            work.run(id);
            return read(id);
        }, loaded -> {
            if (mine == ticket) {
                setData(loaded);
                setMessage(null);
                setState(LoadState.READY);
            }
            changeListener.accept(id);
        }, failure -> {
            if (mine == ticket) {
                setMessage(Problems.describe(failure));
                setState(data == null ? LoadState.FAILED : LoadState.READY);
            }
        });
    }

    /** Called after new data is set, before listeners hear of it; presenters derive view state here. */
    protected void dataChanged(@Nullable D newData) {
    }

    private void setState(LoadState newState) {
        LoadState old = state;
        state = newState;
        fire(PresenterProperty.STATE, old, newState);
    }

    private void setData(@Nullable D newData) {
        D old = data;
        data = newData;
        dataChanged(newData);
        fire(PresenterProperty.DATA, old, newData);
    }

    protected final void setMessage(@Nullable String newMessage) {
        String old = message;
        message = newMessage;
        fire(PresenterProperty.MESSAGE, old, newMessage);
    }

    /** Announces a change of a presentation option; subclasses hold the option itself. */
    protected final void optionsChanged(@Nullable Object oldValue, @Nullable Object newValue) {
        fire(PresenterProperty.OPTIONS, oldValue, newValue);
    }
}

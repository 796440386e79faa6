package org.goldseam.app.workspace;

import java.text.Collator;
import java.text.Normalizer;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.goldseam.app.services.VaultServices;
import org.goldseam.app.tasks.BackgroundTasks;
import org.goldseam.clients.ClientStatus;
import org.goldseam.clients.ClientSummary;

/** The client list: loaded off the event thread, filtered as the clinician types. */
public final class ClientListPresenter extends ObservableModel<ClientListPresenter.Property> {
    public enum Property { ROWS, FILTER, STATUS_FILTER, LOADING }

    /** Which clients the list shows; active ones by default. */
    public enum StatusFilter { ACTIVE, PAUSED, DISCHARGED, ALL }

    private final VaultServices services;
    private final BackgroundTasks tasks;
    private final ZoneId zone;
    private List<ClientRow> all = List.of();
    private List<ClientRow> rows = List.of();
    private String filter = "";
    private StatusFilter statusFilter = StatusFilter.ACTIVE;
    private boolean loading;

    public ClientListPresenter(VaultServices services, BackgroundTasks tasks, ZoneId zone) {
        this.services = services;
        this.tasks = tasks;
        this.zone = zone;
    }

    public void load() {
        setLoading(true);
        tasks.run(() -> {
            Set<Long> flagged = services.framework().risk().clientsWithOpenFlags();
            List<ClientRow> loaded = new ArrayList<>();
            for (ClientSummary c : services.clients().listAll()) {
                loaded.add(row(c, flagged));
            }
            // as people read names: Ángel beside Arjun, Łukasz beside Lucia
            Collator collator = Collator.getInstance();
            loaded.sort(Comparator.comparing(ClientRow::fullName, collator));
            return List.copyOf(loaded);
        }, loaded -> {
            all = loaded;
            setLoading(false);
            apply();
        }, error -> setLoading(false));
    }

    private ClientRow row(ClientSummary c, Set<Long> flagged) {
        return new ClientRow(c.id(), c.fullName(), c.preferredName(), c.status(),
                c.lastSessionStartsAt() == null ? null : c.lastSessionDate(zone), flagged.contains(c.id()));
    }

    /**
     * Reloads the one row of {@code clientId} after its notes changed (a note created, signed, its
     * date or attendance edited), so its last session is current. The list is announced only when
     * the row really changed: an autosave of the text alone redraws nothing.
     */
    public void refreshRow(long clientId) {
        tasks.run(() -> services.clients().summary(clientId)
                .map(c -> row(c, services.framework().risk().clientsWithOpenFlags())), fresh -> {
            if (fresh.isEmpty() || all.stream().noneMatch(r -> r.id() == clientId) || all.contains(fresh.get())) {
                return; // gone, not listed (it comes with the next load), or unchanged
            }
            all = all.stream().map(r -> r.id() == clientId ? fresh.get() : r).toList();
            apply();
        }, error -> { });
    }

    public void setFilter(String text) {
        String old = filter;
        filter = text == null ? "" : text;
        changed(Property.FILTER, old, filter);
        apply();
    }

    public void setStatusFilter(StatusFilter status) {
        StatusFilter old = statusFilter;
        statusFilter = status;
        changed(Property.STATUS_FILTER, old, status);
        apply();
    }

    private void apply() {
        String needle = fold(filter.strip());
        List<ClientRow> old = rows;
        rows = all.stream()
                .filter(row -> statusFilter == StatusFilter.ALL || row.status() == ClientStatus.valueOf(statusFilter.name()))
                .filter(row -> needle.isEmpty() || fold(row.fullName()).contains(needle)
                        || (row.preferredName() != null && fold(row.preferredName()).contains(needle)))
                .toList();
        changed(Property.ROWS, old, rows);
    }

    /** Case- and accent-insensitive: typing "zoe" finds Zoë, "lukasz" finds Łukasz. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.replace('ł', 'l').replace('Ł', 'L').replace('ø', 'o').replace('Ø', 'O')
                .replace('đ', 'd').replace('Đ', 'D').replace("ß", "ss").toLowerCase(Locale.ROOT);
    }

    private void setLoading(boolean value) {
        boolean old = loading;
        loading = value;
        changed(Property.LOADING, old, value);
    }

    public List<ClientRow> rows() {
        return rows;
    }

    public Optional<ClientRow> row(long clientId) {
        return all.stream().filter(r -> r.id() == clientId).findFirst();
    }

    public String filter() {
        return filter;
    }

    public StatusFilter statusFilter() {
        return statusFilter;
    }

    public boolean isLoading() {
        return loading;
    }

    /** Forget every name: the vault is locking. */
    public void clear() {
        all = List.of();
        List<ClientRow> old = rows;
        rows = List.of();
        changed(Property.ROWS, old, rows);
    }
}

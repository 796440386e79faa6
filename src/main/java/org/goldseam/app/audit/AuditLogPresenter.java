package org.goldseam.app.audit;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.goldseam.app.tasks.BackgroundTasks;
import org.goldseam.app.workspace.ObservableModel;
import org.goldseam.app.workspace.Problems;
import org.goldseam.audit.AuditAction;
import org.goldseam.audit.AuditCsv;
import org.goldseam.audit.AuditEvent;
import org.goldseam.audit.AuditFilter;
import org.goldseam.audit.AuditService;
import org.goldseam.audit.ChainVerification;
import org.goldseam.clients.ClientSummary;
import org.goldseam.app.services.ClientService;
import org.goldseam.clients.persistence.ClientRepository;
import org.jspecify.annotations.Nullable;

/**
 * The state behind the audit log viewer: the filter (days, action, client), the entries matching it,
 * the result of checking the hash chain, and the CSV export of exactly the entries shown. Swing-free;
 * called on the event thread, with every read and the file writing on {@link BackgroundTasks}.
 *
 * <p>A date that cannot be read, or a range that ends before it starts, is reported and leaves the
 * last list in place: nothing typed is thrown away and nothing is queried for it.
 */
public final class AuditLogPresenter extends ObservableModel<AuditLogPresenter.Property> {
    public enum Property { ROWS, CHAIN, CLIENTS, LOADING, PROBLEM, NOTICE }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", Locale.ENGLISH);

    private final AuditService audit;
    private final ClientService clients;
    private final BackgroundTasks tasks;
    private final ZoneId zone;

    private @Nullable LocalDate from;
    private @Nullable LocalDate until;
    private String fromText = "";
    private String untilText = "";
    private @Nullable AuditAction action;
    private @Nullable Long clientId;

    private Map<Long, String> names = Map.of();
    private List<AuditEvent> events = List.of();
    private List<AuditRow> rows = List.of();
    private List<ClientChoice> clientChoices = List.of(ClientChoice.ALL);
    private @Nullable String chain;
    private boolean loading;
    private @Nullable String problem;
    private @Nullable String notice;
    /** Bumped by every reload and by {@link #clear}: answers to an older query are dropped. */
    private long generation;
    private boolean cleared;

    public AuditLogPresenter(AuditService audit, ClientService clients, BackgroundTasks tasks, ZoneId zone) {
        this.audit = Objects.requireNonNull(audit);
        this.clients = Objects.requireNonNull(clients);
        this.tasks = Objects.requireNonNull(tasks);
        this.zone = Objects.requireNonNull(zone);
    }

    private record Opened(Map<Long, String> names, List<AuditEvent> events, ChainVerification chain) {
    }

    /** Reads the client names, the whole trail (nothing is filtered yet) and checks the chain. */
    public void open() {
        long mine = ++generation;
        setLoading(true);
        AuditFilter filter = filter();
        tasks.run(() -> {
            Map<Long, String> byId = new HashMap<>();
            for (ClientSummary client : clients.listAll()) {
                byId.put(client.id(), client.fullName());
            }
            return new Opened(byId, audit.list(filter), audit.verify());
        }, opened -> {
            if (mine != generation) {
                return;
            }
            names = Map.copyOf(opened.names());
            setClientChoices(choices(opened.names(), opened.events()));
            setChain(AuditWords.chain(opened.chain()));
            show(opened.events());
        }, this::failed);
    }

    // ---- the filter

    /** The first day shown, as typed: year-month-day, or empty for no limit. */
    public void setFromText(String text) {
        String value = text == null ? "" : text.strip();
        if (!value.equals(fromText)) {
            fromText = value;
            filterChanged();
        }
    }

    /** The last day shown (including it), as typed. */
    public void setUntilText(String text) {
        String value = text == null ? "" : text.strip();
        if (!value.equals(untilText)) {
            untilText = value;
            filterChanged();
        }
    }

    /** Null for all actions. */
    public void setAction(@Nullable AuditAction value) {
        if (!Objects.equals(action, value)) {
            action = value;
            filterChanged();
        }
    }

    /** Null for all clients. */
    public void setClient(@Nullable Long value) {
        if (!Objects.equals(clientId, value)) {
            clientId = value;
            filterChanged();
        }
    }

    private void filterChanged() {
        LocalDate newFrom;
        LocalDate newUntil;
        try {
            newFrom = day(fromText, "From");
            newUntil = day(untilText, "Until");
        } catch (IllegalArgumentException unreadable) {
            setProblem(unreadable.getMessage());
            return;
        }
        if (newFrom != null && newUntil != null && newUntil.isBefore(newFrom)) {
            setProblem("The \u201cuntil\u201d day " + newUntil + " is before the \u201cfrom\u201d day " + newFrom
                    + ": no entry could match. Change one of them.");
            return;
        }
        setProblem(null);
        from = newFrom;
        until = newUntil;
        reload();
    }

    private static @Nullable LocalDate day(String text, String which) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\u201c" + which + "\u201d: write the day as year-month-day, e.g. 2026-11-21 "
                    + "(\u201c" + text + "\u201d cannot be read). Leave it empty for no limit.");
        }
    }

    /** The filter as the trail understands it: whole days in the clinician's time zone. */
    public AuditFilter filter() {
        Instant start = from == null ? null : from.atStartOfDay(zone).toInstant();
        Instant end = until == null ? null : until.plusDays(1).atStartOfDay(zone).toInstant();
        return new AuditFilter(start, end, action, clientId, null);
    }

    private void reload() {
        if (cleared) {
            return;
        }
        long mine = ++generation;
        setLoading(true);
        setNotice(null);
        AuditFilter filter = filter();
        tasks.run(() -> audit.list(filter), found -> {
            if (mine == generation) {
                show(found);
            }
        }, this::failed);
    }

    // ---- export

    /**
     * Writes exactly the entries shown to {@code file} as CSV (the columns of {@code goldseam audit
     * --format csv}). The file appears complete or not at all: it is written beside and then moved.
     */
    public void exportCsv(Path file) {
        List<AuditEvent> shown = events;
        tasks.run(() -> {
            Path parent = file.toAbsolutePath().getParent();
            Path partial = Files.createTempFile(parent, ".goldseam-audit-", ".partial");
            try {
                try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                    AuditCsv.write(shown, out);
                }
                try {
                    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING); // e.g. some network drives
                }
            } finally {
                Files.deleteIfExists(partial);
            }
            return shown.size();
        }, count -> {
            setProblem(null);
            setNotice("Wrote " + (count == 1 ? "1 entry" : count + " entries") + " to " + file.getFileName() + " in "
                    + file.toAbsolutePath().getParent() + ".");
        }, error -> setProblem(error instanceof IOException
                ? "The file " + file.getFileName() + " could not be written (" + error.getClass().getSimpleName()
                        + "): is the folder writable and the disk not full? Nothing else was changed."
                : Problems.describe(error)));
    }

    /** A file name for the export that says what it holds: "goldseam-audit-2026-11-21.csv". */
    public String suggestedFileName(LocalDate today) {
        return "goldseam-audit-" + today + ".csv";
    }

    /** Forgets every entry and name (the vault is locking); answers still on their way are dropped. */
    public void clear() {
        cleared = true;
        generation++;
        events = List.of();
        names = Map.of();
        setRows(List.of());
        setClientChoices(List.of(ClientChoice.ALL));
        setChain(null);
        setNotice(null);
        setProblem(null);
        setLoading(false);
    }

    // ---- reading the state

    public List<AuditRow> rows() {
        return rows;
    }

    /** "All clients", then the clients there are by name, then the ids of deleted clients found in the trail. */
    public List<ClientChoice> clientChoices() {
        return clientChoices;
    }

    /** What checking the hash chain found, in words; null until checked. */
    public @Nullable String chain() {
        return chain;
    }

    public boolean loading() {
        return loading;
    }

    /** Why the filter or the export could not be used, null when all is well. */
    public @Nullable String problem() {
        return problem;
    }

    /** What the last export wrote, null before one. */
    public @Nullable String notice() {
        return notice;
    }

    public String fromText() {
        return fromText;
    }

    public String untilText() {
        return untilText;
    }

    // ---- inside

    private void show(List<AuditEvent> found) {
        if (cleared) {
            return;
        }
        events = List.copyOf(found);
        List<AuditRow> shown = new ArrayList<>(found.size());
        for (AuditEvent e : found) {
            shown.add(new AuditRow(e.id(), TIME.format(e.occurredAt().atZoneSameInstant(zone)), AuditWords.action(e.action()),
                    e.actor(), client(e.clientId()), e.noteId() == null ? "" : e.noteId().toString(),
                    e.detail() == null ? "" : e.detail()));
        }
        setRows(shown);
        setLoading(false);
    }

    private String client(Long id) {
        if (id == null) {
            return "";
        }
        String name = names.get(id);
        return name == null ? id.toString() : id + " \u2014 " + name;
    }

    private static List<ClientChoice> choices(Map<Long, String> names, List<AuditEvent> events) {
        List<ClientChoice> list = new ArrayList<>();
        list.add(ClientChoice.ALL);
        names.entrySet().stream()
                .sorted(Map.Entry.<Long, String>comparingByValue(String.CASE_INSENSITIVE_ORDER).thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> list.add(new ClientChoice(e.getKey(), e.getValue() + " (" + e.getKey() + ")")));
        TreeSet<Long> gone = new TreeSet<>(Comparator.naturalOrder());
        for (AuditEvent e : events) {
            if (e.clientId() != null && !names.containsKey(e.clientId())) {
                gone.add(e.clientId());
            }
        }
        gone.forEach(id -> list.add(new ClientChoice(id, "Client " + id + " (deleted)")));
        return List.copyOf(list);
    }

    private void failed(Throwable error) {
        if (!cleared) {
            setLoading(false);
            setProblem(Problems.describe(error));
        }
    }

    private void setRows(List<AuditRow> value) {
        List<AuditRow> old = rows;
        rows = List.copyOf(value);
        changed(Property.ROWS, old, rows);
    }

    private void setClientChoices(List<ClientChoice> value) {
        List<ClientChoice> old = clientChoices;
        clientChoices = value;
        changed(Property.CLIENTS, old, value);
    }

    private void setChain(@Nullable String value) {
        String old = chain;
        chain = value;
        changed(Property.CHAIN, old, value);
    }

    private void setLoading(boolean value) {
        boolean old = loading;
        loading = value;
        changed(Property.LOADING, old, value);
    }

    private void setProblem(@Nullable String value) {
        String old = problem;
        problem = value;
        changed(Property.PROBLEM, old, value);
    }

    private void setNotice(@Nullable String value) {
        String old = notice;
        notice = value;
        changed(Property.NOTICE, old, value);
    }
}

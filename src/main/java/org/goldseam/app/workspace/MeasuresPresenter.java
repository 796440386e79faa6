package org.goldseam.app.workspace;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.goldseam.app.services.VaultServices;
import org.goldseam.app.tasks.BackgroundTasks;
import org.goldseam.framework.ClinicalFramework;
import org.goldseam.framework.measure.Administration;
import org.goldseam.framework.measure.Instrument;
import org.goldseam.framework.model.RiskFlag;
import org.jspecify.annotations.Nullable;

/**
 * The Measures tab: every active instrument with the client's administrations, the instrument the
 * clinician is looking at, and entering a new administration.
 */
public final class MeasuresPresenter extends ClientPresenter<MeasuresPresenter.Measures> {
    /** One instrument and its administrations for the client, oldest first. */
    public record InstrumentHistory(Instrument instrument, List<Administration> administrations) {
        public InstrumentHistory {
            Objects.requireNonNull(instrument);
            administrations = List.copyOf(administrations);
        }
    }

    /** Everything the tab shows; {@code openFlags} are unreviewed PHQ-9 item-9 flags. */
    public record Measures(List<InstrumentHistory> instruments, List<RiskFlag> openFlags) {
        public Measures {
            instruments = List.copyOf(instruments);
            openFlags = List.copyOf(openFlags);
        }

        public Optional<InstrumentHistory> of(String key) {
            return instruments.stream().filter(i -> i.instrument().key().equals(key)).findFirst();
        }
    }

    private @Nullable String selected;

    public MeasuresPresenter(VaultServices services, BackgroundTasks tasks) {
        super(services, tasks);
    }

    @Override
    protected Measures read(long clientId) {
        ClinicalFramework framework = services.framework();
        List<InstrumentHistory> histories = framework.measures().instruments().stream()
                .map(i -> new InstrumentHistory(i, framework.measures().history(clientId, i.key())))
                .toList();
        return new Measures(histories, framework.risk().openFlags(clientId));
    }

    /** Keeps the chosen instrument if it still exists, else the first with entries, else PHQ-9 (the most used). */
    @Override
    protected void dataChanged(@Nullable Measures measures) {
        String old = selected;
        if (measures == null) {
            selected = null;
        } else if (selected == null || measures.of(selected).isEmpty()) {
            selected = measures.instruments().stream().filter(h -> !h.administrations().isEmpty())
                    .findFirst().or(() -> measures.of(Instrument.PHQ9))
                    .or(() -> measures.instruments().stream().findFirst())
                    .map(h -> h.instrument().key()).orElse(null);
        }
        optionsChanged(old, selected);
    }

    /** The key of the instrument shown, or null when nothing is loaded. */
    public @Nullable String selected() {
        return selected;
    }

    public Optional<InstrumentHistory> selectedHistory() {
        return data() == null || selected == null ? Optional.empty() : data().of(selected);
    }

    public void select(String instrumentKey) {
        if (data() == null || data().of(instrumentKey).isEmpty()) {
            throw new IllegalArgumentException("no instrument " + instrumentKey);
        }
        String old = selected;
        selected = instrumentKey;
        optionsChanged(old, instrumentKey);
    }

    /** A fresh form for the instrument, dated today in the clinician's time zone. */
    public MeasureForm newForm(String instrumentKey) {
        Instrument instrument = Optional.ofNullable(data()).flatMap(d -> d.of(instrumentKey)).orElseThrow().instrument();
        return new MeasureForm(instrument, LocalDate.now(services.clock()));
    }

    /**
     * Stores the form as an administration. Today's entries carry the current time; a back-dated
     * entry is placed at noon of its day, so it sorts on the day the clinician chose in any zone.
     */
    public void enter(MeasureForm.Entry entry) {
        Objects.requireNonNull(entry);
        if (entry.date().isAfter(LocalDate.now(services.clock()))) {
            setMessage("A measure cannot be dated in the future; choose today or an earlier day.");
            return;
        }
        select(entry.instrumentKey());
        ZoneId zone = services.clock().getZone();
        OffsetDateTime now = OffsetDateTime.now(services.clock());
        OffsetDateTime at = entry.date().equals(now.atZoneSameInstant(zone).toLocalDate())
                ? now
                : entry.date().atTime(LocalTime.NOON).atZone(zone).toOffsetDateTime();
        change(clientId -> services.framework().measures().administer(clientId, entry.instrumentKey(), null, at,
                entry.answers()));
    }
}

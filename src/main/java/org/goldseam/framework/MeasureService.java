package org.goldseam.framework;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.goldseam.framework.measure.Administration;
import org.goldseam.framework.measure.Instrument;
import org.goldseam.framework.measure.Score;
import org.goldseam.framework.measure.Scoring;
import org.goldseam.framework.model.RiskFlag;
import org.goldseam.framework.persistence.AdministrationRepository;
import org.goldseam.framework.persistence.InstrumentRepository;
import org.jspecify.annotations.Nullable;

/** Instruments (built-in and custom) and administrations, scored as they are stored. */
public final class MeasureService {
    private static final int PHQ9_RISK_ITEM = 9;

    private final InstrumentRepository instruments;
    private final AdministrationRepository administrations;

    public MeasureService(InstrumentRepository instruments, AdministrationRepository administrations) {
        this.instruments = Objects.requireNonNull(instruments);
        this.administrations = Objects.requireNonNull(administrations);
    }

    public Instrument instrument(String key) {
        return instruments.byKey(key).orElseThrow(() -> new FrameworkException("There is no instrument " + key + "."));
    }

    public List<Instrument> instruments() {
        return instruments.active();
    }

    /** Stores a clinician-defined instrument; its key must be new. */
    public Instrument defineCustom(Instrument definition, OffsetDateTime createdAt) {
        if (definition.builtin()) {
            throw new FrameworkException("Only Goldseam ships built-in instruments; define this one as custom.");
        }
        if (instruments.exists(definition.key())) {
            throw new FrameworkException("An instrument with the key " + definition.key() + " already exists.");
        }
        instruments.insertCustom(definition, createdAt);
        return instrument(definition.key());
    }

    /**
     * Scores and stores one administration. An incomplete form is stored without total or band. A
     * PHQ-9 item 9 answer above 0 raises a risk flag even on an incomplete form: the answer itself
     * calls for a risk assessment, whatever else is missing. It may be linked to a draft note of the
     * session, never to a signed one: a signed note shows the measures it was signed with.
     */
    public Administration administer(long clientId, String instrumentKey, @Nullable Long noteId, OffsetDateTime administeredAt,
                                     Map<Integer, Integer> answers) {
        if (noteId != null && administrations.noteSigned(noteId)) {
            throw new FrameworkException("That session note is signed, so no questionnaire can be linked to it any more. "
                    + "Record the questionnaire without a session, or add an addendum to the note.");
        }
        Instrument instrument = instrument(instrumentKey);
        Score score = Scoring.score(instrument, answers);
        Integer riskAnswer = answers.get(PHQ9_RISK_ITEM);
        String risk = Instrument.PHQ9.equals(instrument.key()) && riskAnswer != null && riskAnswer > 0
                ? RiskFlag.PHQ9_ITEM9 : null;
        long id = administrations.insert(clientId, instruments.idOf(instrumentKey), noteId, administeredAt, answers, score, risk);
        return history(clientId, instrumentKey).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    /** Every administration of the client, of every instrument (retired ones included), by instrument key then date. */
    public List<Administration> allHistory(long clientId) {
        return administrations.instrumentKeysUsedBy(clientId).stream().flatMap(key -> history(clientId, key).stream()).toList();
    }

    /** Administrations of an instrument for a client, oldest first. */
    public List<Administration> history(long clientId, String instrumentKey) {
        return administrations.byClient(clientId, instrumentKey);
    }
}

package org.goldseam.framework;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.goldseam.framework.model.FormulationDraft;
import org.goldseam.framework.model.FormulationRole;
import org.goldseam.framework.model.FormulationVersion;
import org.goldseam.framework.persistence.FormulationRepository;
import org.goldseam.framework.persistence.TaxonomyRepository;

/** The client's shame cycle (trigger -> core belief -> defense -> cost), kept as dated versions. */
public final class FormulationService {
    private final FormulationRepository repository;
    private final TaxonomyRepository taxonomy;
    private final Clock clock;

    public FormulationService(FormulationRepository repository, TaxonomyRepository taxonomy, Clock clock) {
        this.repository = Objects.requireNonNull(repository);
        this.taxonomy = Objects.requireNonNull(taxonomy);
        this.clock = Objects.requireNonNull(clock);
    }

    public FormulationVersion recordVersion(long clientId, FormulationDraft draft) {
        Map<FormulationRole, List<Long>> ids = new EnumMap<>(FormulationRole.class);
        for (FormulationRole role : FormulationRole.values()) {
            ids.put(role, EntryKeys.resolve(taxonomy, draft.keys(role), role.category()));
        }
        int version = repository.insertVersion(clientId, OffsetDateTime.now(clock), draft.narrative(), ids);
        return history(clientId).stream().filter(v -> v.version() == version).findFirst().orElseThrow();
    }

    public Optional<FormulationVersion> current(long clientId) {
        List<FormulationVersion> all = history(clientId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** All versions, oldest first. */
    public List<FormulationVersion> history(long clientId) {
        return repository.versions(clientId);
    }
}

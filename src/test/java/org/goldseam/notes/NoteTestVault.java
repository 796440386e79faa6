package org.goldseam.notes;

import java.nio.file.Path;
import java.time.LocalDate;
import org.goldseam.clients.ClientDetails;
import org.goldseam.clients.persistence.ClientRepository;
import org.goldseam.notes.persistence.SessionNoteRepository;
import org.goldseam.testing.TaxonomyFixtures;
import org.goldseam.testing.TestVaults;
import org.goldseam.vault.Vault;
import org.jooq.DSLContext;

/** A fresh encrypted vault with one client and a few taxonomy entries, for the note tests. */
final class NoteTestVault implements AutoCloseable {
    final Vault vault;
    final DSLContext dsl;
    final ClientRepository clients;
    final SessionNoteRepository notes;
    final long clientId;
    final long trigger;
    final long belief;
    final long defense;
    final long cost;
    final long intervention;
    final long goal;

    NoteTestVault(Path folder) {
        vault = TestVaults.create(folder);
        dsl = vault.database().dsl();
        clients = new ClientRepository(dsl, TestVaults.CLOCK);
        notes = new SessionNoteRepository(dsl, TestVaults.CLOCK);
        clientId = clients.insert(ClientDetails.of("Zoë Łukasz-Ørsted", LocalDate.of(2025, 3, 14)));
        trigger = TaxonomyFixtures.entry(dsl, "trigger", "trigger.public_mistake");
        belief = TaxonomyFixtures.entry(dsl, "core_belief", "core_belief.unlovable");
        defense = TaxonomyFixtures.entry(dsl, "defense", "defense.people_pleasing");
        cost = TaxonomyFixtures.entry(dsl, "cost", "cost.exhaustion");
        intervention = TaxonomyFixtures.entry(dsl, "intervention", "intervention.chair_work");
        goal = TaxonomyFixtures.goal(dsl, clientId, "Reduce weekly hours of checking work");
    }

    @Override
    public void close() {
        vault.close();
    }
}

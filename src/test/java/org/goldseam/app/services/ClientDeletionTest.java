package org.goldseam.app.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.goldseam.db.Tables.NOTE_SECTION;
import static org.goldseam.db.Tables.PRIVATE_NOTE;
import static org.goldseam.db.Tables.SESSION_NOTE;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.goldseam.clients.ClientDetails;
import org.goldseam.audit.AuditAction;
import org.goldseam.audit.AuditEvent;
import org.goldseam.audit.AuditFilter;
import org.goldseam.audit.persistence.AuditRepository;
import org.goldseam.clients.persistence.ClientRepository;
import org.goldseam.integrity.VaultCheck;
import org.goldseam.notes.persistence.SessionNoteRepository;
import org.goldseam.testing.NoteSamples;
import org.goldseam.testing.TestVaults;
import org.goldseam.vault.Vault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientDeletionTest {
    @TempDir
    Path dir;

    @Test
    void onlyTheTypedFullNameDeletesAndTheAuditKeepsTheIdOnly() {
        try (Vault vault = TestVaults.create(dir.resolve("vault"))) {
            var dsl = vault.database().dsl();
            ClientRepository clients = new ClientRepository(dsl);
            long zoe = clients.insert(ClientDetails.of("Zoë Łukasz-Ørsted", LocalDate.of(2026, 1, 5)));
            long other = clients.insert(ClientDetails.of("Amara Okafor", LocalDate.of(2026, 1, 6)));
            var notes = new SessionNoteRepository(dsl);
            for (long client : new long[] {zoe, other}) {
                notes.createDraft(client, NoteSamples.dapWith(OffsetDateTime.of(2026, 2, 2, 9, 0, 0, 0, ZoneOffset.UTC), List.of()));
            }
            List<Long> heard = new ArrayList<>();
            ClientDeletion deletion = new ClientDeletion(vault, TestVaults.CLOCK, "Dr Imaginary", List.of(heard::add));

            assertThatThrownBy(() -> deletion.delete(zoe, "Zoe Lukasz-Orsted"))
                    .isInstanceOf(ClientDeletion.ConfirmationMismatch.class).hasMessageContaining("Nothing was deleted")
                    .hasMessageNotContaining("Zoë");
            assertThatThrownBy(() -> deletion.delete(zoe, "zoë łukasz-ørsted")).isInstanceOf(ClientDeletion.ConfirmationMismatch.class);
            assertThat(clients.findById(zoe)).isPresent();

            // the same name composed differently (e + combining diaeresis) and with stray spaces is accepted
            deletion.delete(zoe, "  Zoe\u0308  Łukasz-Ørsted ");

            assertThat(clients.findById(zoe)).isEmpty();
            assertThat(dsl.fetchCount(SESSION_NOTE, SESSION_NOTE.CLIENT_ID.eq(zoe))).isZero();
            assertThat(dsl.fetchCount(NOTE_SECTION)).isEqualTo(3);
            assertThat(dsl.fetchCount(PRIVATE_NOTE)).isEqualTo(1);
            assertThat(clients.findById(other)).isPresent();
            assertThat(heard).containsExactly(zoe);
            List<AuditEvent> trail = new AuditRepository(dsl).list(AuditFilter.forClient(zoe));
            assertThat(trail).singleElement().satisfies(e -> {
                assertThat(e.action()).isEqualTo(AuditAction.CLIENT_DELETED);
                assertThat(e.detail()).isNull();
            });
            assertThat(VaultCheck.run(vault).sound()).isTrue();
        }
    }
}

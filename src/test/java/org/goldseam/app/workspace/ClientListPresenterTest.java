package org.goldseam.app.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.goldseam.app.services.VaultServices;
import org.goldseam.app.tasks.BackgroundTasks;
import org.goldseam.clients.ClientDetails;
import org.goldseam.testing.TestVaults;
import org.goldseam.vault.Vault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientListPresenterTest {
    @TempDir
    Path dir;

    @Test
    void filtersAsYouTypeIgnoringCaseAndAccentsAndByStatus() {
        try (Vault vault = TestVaults.create(dir.resolve("v"))) {
            VaultServices services = VaultServices.of(vault, TestVaults.CLOCK);
            LocalDate intake = LocalDate.of(2026, 1, 5);
            services.clients().create("Dr Imaginary", ClientDetails.of("Zoë Łukasz-Ørsted", intake));
            services.clients().create("Dr Imaginary", ClientDetails.of("Søren Berg", intake));
            long discharged = services.clients().create("Dr Imaginary", ClientDetails.of("李静", intake));
            services.clients().discharge("Dr Imaginary", discharged, LocalDate.of(2026, 6, 1));

            ClientListPresenter list = new ClientListPresenter(services, BackgroundTasks.synchronous(), ZoneOffset.UTC);
            list.load();
            assertThat(list.rows()).extracting(ClientRow::fullName).containsExactly("Søren Berg", "Zoë Łukasz-Ørsted");

            list.setFilter("zoe lukasz");
            assertThat(list.rows()).extracting(ClientRow::fullName).containsExactly("Zoë Łukasz-Ørsted");

            list.setFilter("李");
            assertThat(list.rows()).isEmpty();
            list.setStatusFilter(ClientListPresenter.StatusFilter.ALL);
            assertThat(list.rows()).extracting(ClientRow::fullName).containsExactly("李静");

            list.clear();
            assertThat(list.rows()).isEmpty();
        }
    }
}

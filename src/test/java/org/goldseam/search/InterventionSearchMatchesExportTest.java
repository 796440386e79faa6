package org.goldseam.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.goldseam.app.cli.CliRun;
import org.goldseam.clients.ClientSummary;
import org.goldseam.clients.persistence.ClientRepository;
import org.goldseam.export.ClientRecordExport;
import org.goldseam.export.RecordExportService;
import org.goldseam.testing.TestVaults;
import org.goldseam.vault.Vault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a demo caseload, {@code goldseam search 'intervention:KEY min:2' --format json} names exactly
 * the clients whose record export shows that intervention in at least two attended sessions.
 */
class InterventionSearchMatchesExportTest {
    @TempDir
    Path dir;

    @Test
    void searchAndRecordExportAgreeOnEveryClient() throws Exception {
        Path demo = DemoSearchVault.write(dir);
        for (String key : new String[] {"intervention.emdr", "intervention.hypnotherapy", "intervention.self_compassion"}) {
            CliRun run = CliRun.run("search", "--data-dir", demo.toString(), "--passphrase-file",
                    CliRun.defaultPassphraseFile(dir).toString(), "--format", "json", "intervention:" + key + " min:2");
            assertThat(run.exitCode()).as(run.err()).isZero();
            Set<Long> searched = new TreeSet<>();
            for (JsonNode client : new ObjectMapper().readTree(run.out()).path("clients")) {
                searched.add(client.path("clientId").asLong());
            }

            Set<Long> exported = new TreeSet<>();
            try (Vault vault = TestVaults.open(demo)) {
                RecordExportService export = new RecordExportService(vault, TestVaults.CLOCK, "test");
                for (ClientSummary client : new ClientRepository(vault.database().dsl()).listAll()) {
                    ClientRecordExport record = export.collect(client.id(), false);
                    long sessions = record.notes().stream()
                            .filter(n -> n.attendance().equals("attended"))
                            .filter(n -> n.interventions().stream().anyMatch(i -> i.key().equals(key)))
                            .count();
                    if (sessions >= 2) {
                        exported.add(client.id());
                    }
                }
            }
            assertThat(exported).as(key + " in the record exports").isNotEmpty();
            assertThat(searched).as(key).isEqualTo(exported);
        }
    }
}

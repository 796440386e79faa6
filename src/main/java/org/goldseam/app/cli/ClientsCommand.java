package org.goldseam.app.cli;

import java.time.ZoneId;
import java.util.concurrent.Callable;
import org.goldseam.clients.ClientSummary;
import org.goldseam.app.services.ClientService;
import org.goldseam.audit.AuditService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "clients", mixinStandardHelpOptions = true,
        description = "List clients with id, name, status and the date of their last attended session.")
final class ClientsCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    VaultOptions options;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Spec
    CommandSpec spec;

    ClientsCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ZoneId zone = context.clock().getZone();
        Tabular table = options.withVault(context, vault -> {
            Tabular.Builder rows = Tabular.of("id", "name", "preferred_name", "status", "last_session");
            // sorted as people read names (Ángel beside Arjun, not after Zoë), the same on every machine
            java.text.Collator collator = java.text.Collator.getInstance(java.util.Locale.ROOT);
            java.util.List<ClientSummary> sorted = new java.util.ArrayList<>(
                    new ClientService(vault, context.clock(), null).listCaseload(AuditService.systemActor(), "command line: clients"));
            sorted.sort(java.util.Comparator.comparing(ClientSummary::fullName, collator).thenComparingLong(ClientSummary::id));
            for (ClientSummary client : sorted) {
                rows.row(client.id(), client.fullName(), client.preferredName(), client.status().dbValue(),
                        client.lastSessionStartsAt() == null ? null : client.lastSessionDate(zone));
            }
            return rows.build();
        });
        format.write(table, spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}

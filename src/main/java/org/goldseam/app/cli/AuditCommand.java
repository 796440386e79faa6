package org.goldseam.app.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import org.goldseam.audit.AuditAction;
import org.goldseam.audit.AuditCsv;
import org.goldseam.audit.AuditEvent;
import org.goldseam.audit.AuditFilter;
import org.goldseam.audit.ChainVerification;
import org.goldseam.audit.persistence.AuditRepository;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Print the audit trail: who unlocked, viewed, wrote, signed, exported, backed up or restored, and when.",
                "Entries name clients and notes by id only. Times are in UTC."})
final class AuditCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    VaultOptions options;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--client", paramLabel = "ID", description = "Only entries about this client.")
    @Nullable Long clientId;

    @Option(names = "--action", paramLabel = "ACTION", description = "Only this kind of entry, e.g. export or note_signed.")
    @Nullable String action;

    @Option(names = "--from", paramLabel = "DATE", description = "From this day on (e.g. 2026-11-01).")
    @Nullable LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Up to and including this day.")
    @Nullable LocalDate to;

    @Spec
    CommandSpec spec;

    AuditCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (from != null && to != null && to.isBefore(from)) {
            throw new UsageException("--to " + to + " is before --from " + from + ".");
        }
        AuditFilter filter = new AuditFilter(startOf(from), to == null ? null : startOf(to.plusDays(1)), parseAction(),
                clientId, null);
        Result result = options.withVault(context, vault -> {
            AuditRepository audit = new AuditRepository(vault.database().dsl());
            return new Result(audit.list(filter), audit.verifyChain());
        });
        Tabular.Builder rows = Tabular.of(AuditCsv.COLUMNS.toArray(String[]::new));
        for (AuditEvent e : result.events()) {
            rows.row(AuditCsv.row(e).toArray());
        }
        format.write(rows.build(), spec.commandLine().getOut());
        if (!result.chain().intact()) {
            spec.commandLine().getErr().println("goldseam: warning: the audit trail was altered at or before event "
                    + result.chain().firstBrokenId() + "; run 'goldseam check'.");
        }
        return ExitCodes.OK;
    }

    private @Nullable Instant startOf(@Nullable LocalDate day) {
        ZoneId zone = context.clock().getZone();
        return day == null ? null : day.atStartOfDay(zone).toInstant();
    }

    private @Nullable AuditAction parseAction() {
        if (action == null) {
            return null;
        }
        try {
            return AuditAction.fromDb(action.trim().toLowerCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new UsageException("There is no audit action '" + action + "'. Known actions: "
                    + String.join(", ", java.util.Arrays.stream(AuditAction.values()).map(AuditAction::dbValue).toList()) + ".");
        }
    }

    private record Result(List<AuditEvent> events, ChainVerification chain) {
    }
}

package org.goldseam.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import org.goldseam.app.services.Exports;
import org.goldseam.audit.AuditService;
import org.goldseam.summary.BatchItem;
import org.goldseam.summary.BatchReport;
import org.goldseam.summary.BatchRequest;
import org.goldseam.summary.CancellationFlag;
import org.goldseam.summary.PaperSize;
import org.goldseam.summary.SummaryException;
import org.goldseam.summary.SummaryOptions;
import org.goldseam.summary.SummaryPeriod;
import org.goldseam.summary.SummaryRequest;
import org.goldseam.summary.SummaryResult;
import org.goldseam.summary.SummarySection;
import org.goldseam.summary.SummaryService;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "summary", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write progress summaries as archival, accessible PDF files (PDF/A-3a, PDF/UA-1).",
                "One client: --client ID --out FILE.pdf. Every active client: --all-active --out-dir DIR.",
                "Private psychotherapy notes are never included, whatever the options."})
final class SummaryCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    VaultOptions options;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    static final class Target {
        @Option(names = "--client", paramLabel = "ID", description = "The client to summarise (see `goldseam clients`).")
        @Nullable Long clientId;

        @Option(names = "--all-active", description = "Summarise every active client, one file each.")
        boolean allActive;
    }

    @Option(names = "--from", paramLabel = "DATE", required = true, description = "First day of the period, e.g. 2026-05-01.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", required = true, description = "Last day of the period (included).")
    LocalDate to;

    @Option(names = "--out", paramLabel = "FILE", description = "The PDF to write (with --client).")
    @Nullable Path out;

    @Option(names = "--out-dir", paramLabel = "DIR", description = "The folder to write into (with --all-active); created if missing.")
    @Nullable Path outDir;

    @Option(names = "--initials-only", description = "Name the client by initials only, on the page and in the file's metadata.")
    boolean initialsOnly;

    @Option(names = "--date-of-birth", description = "Show the client's date of birth in the header.")
    boolean dateOfBirth;

    @Option(names = "--clinician", paramLabel = "NAME", description = "Your name for the header and signature block.")
    @Nullable String clinician;

    @Option(names = "--credentials", paramLabel = "TEXT", description = "Your credentials, e.g. \"LCSW\" or \"PsyD\".")
    @Nullable String credentials;

    @Option(names = "--omit", paramLabel = "SECTION", split = ",",
            description = "Sections to leave out: attendance, measures, themes, shame, formulation, attachment, goals, "
                    + "inner-critic, sessions, risk.")
    List<String> omit = List.of();

    @Option(names = "--paper", paramLabel = "SIZE", defaultValue = "a4", description = "a4 or letter (default: ${DEFAULT-VALUE}).")
    String paper;

    @Option(names = "--replace", description = "Replace files that already exist instead of refusing.")
    boolean replace;

    @Spec
    CommandSpec spec;

    SummaryCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        SummaryOptions summaryOptions = summaryOptions();
        SummaryPeriod period = period();
        if (target.allActive ? outDir == null || out != null : out == null || outDir != null) {
            throw new UsageException(target.allActive ? "--all-active writes into a folder: give --out-dir DIR (and no --out)."
                    : "--client writes one file: give --out FILE.pdf (and no --out-dir).");
        }
        return options.withVault(context, vault -> {
            SummaryService service = Exports.summaries(vault, context.clock(), org.goldseam.app.services.Clinicians.auditActor(vault));
            return target.allActive ? batch(service, period, summaryOptions) : single(service, period, summaryOptions);
        });
    }

    private int single(SummaryService service, SummaryPeriod period, SummaryOptions summaryOptions) {
        PrintWriter outWriter = spec.commandLine().getOut();
        // call() has refused a single summary without --client and --out
        long clientId = Objects.requireNonNull(target.clientId, "--client");
        Path file = Objects.requireNonNull(out, "--out");
        try {
            SummaryResult result = service.render(new SummaryRequest(clientId, period, summaryOptions, file),
                    (done, total, message) -> { }, new CancellationFlag());
            outWriter.printf("Wrote %s (%d pages, %d KB).%n", result.file(), result.pages(), (result.bytes() + 1023) / 1024);
            return ExitCodes.OK;
        } catch (SummaryException e) {
            spec.commandLine().getErr().println("goldseam: " + e.getMessage());
            return exitCode(e);
        }
    }

    private int batch(SummaryService service, SummaryPeriod period, SummaryOptions summaryOptions) {
        PrintWriter outWriter = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path folder = Objects.requireNonNull(outDir, "--out-dir"); // call() has refused --all-active without it
        List<Long> ids = service.activeClientIds();
        BatchReport report;
        try {
            report = service.renderBatch(new BatchRequest(ids, period, summaryOptions, folder), (done, total, message) -> {
                if (done < total) {
                    err.printf("%s%n", message);
                    err.flush();
                }
            }, new CancellationFlag());
        } catch (SummaryException e) {
            err.println("goldseam: " + e.getMessage());
            return exitCode(e);
        }
        outWriter.printf("Wrote %d of %d summaries to %s.%n", report.written().size(), ids.size(), folder.toAbsolutePath());
        if (!report.failed().isEmpty()) {
            outWriter.printf("%d could not be written:%n", report.failed().size());
            for (BatchItem item : report.failed()) {
                outWriter.printf("  client %d (%s): %s%n", item.clientId(), item.clientName(), item.message());
            }
        }
        return report.allWritten() ? ExitCodes.OK : ExitCodes.SUMMARY_FAILED;
    }

    private SummaryPeriod period() {
        try {
            return new SummaryPeriod(from, to);
        } catch (SummaryException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private SummaryOptions summaryOptions() {
        Set<SummarySection> sections = EnumSet.allOf(SummarySection.class);
        for (String name : omit) {
            try {
                sections.remove(SummarySection.fromOptionName(name));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--omit does not know the section \"" + name.strip() + "\". Sections: "
                        + String.join(", ", EnumSet.allOf(SummarySection.class).stream().map(SummarySection::optionName).toList()) + ".");
            }
        }
        PaperSize size = switch (paper.toLowerCase(Locale.ROOT)) {
            case "a4" -> PaperSize.A4;
            case "letter" -> PaperSize.LETTER;
            default -> throw new UsageException("--paper is a4 or letter, not \"" + paper + "\".");
        };
        return new SummaryOptions(initialsOnly, dateOfBirth, sections, clinician, credentials, size, replace);
    }

    private static int exitCode(SummaryException e) {
        return switch (e.problem()) {
            case INVALID_PERIOD, NO_SUCH_CLIENT, OUTPUT_EXISTS -> ExitCodes.USAGE;
            case UNRENDERABLE_TEXT -> ExitCodes.SUMMARY_FAILED;
            case OUTPUT_FAILED -> ExitCodes.STORAGE;
            case CANCELLED, UNEXPECTED -> ExitCodes.UNEXPECTED;
        };
    }
}

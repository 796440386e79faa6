package org.goldseam.app.cli;

import java.io.PrintWriter;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import org.goldseam.search.ClientMatch;
import org.goldseam.search.SearchOutcome;
import org.goldseam.search.SearchResult;
import org.goldseam.search.SearchService;
import org.goldseam.app.services.VaultAccess;
import org.goldseam.audit.AuditService;
import org.goldseam.search.model.SparkPoint;
import org.goldseam.search.TextMatch;
import org.goldseam.search.query.ParseResult;
import org.goldseam.search.query.QueryParser;
import org.goldseam.search.text.Snippet;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Find clients by recurring themes and by what was written or said in their sessions.",
                "Example: goldseam search 'theme:core_belief.fraud min:3 last:5 \"not enough\" status:active'",
                "The README's \"Search query language\" section lists every filter."})
final class SearchCommand implements Callable<Integer> {
    private static final String BARS = "▁▂▃▄▅▆▇█";

    private final CliContext context;

    @Mixin
    VaultOptions options;

    @Parameters(arity = "1..*", paramLabel = "QUERY",
            description = "The search; several arguments are joined with spaces.")
    List<String> query;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--include-private",
            description = "Also search psychotherapy notes, and show passages from them. Off by default.")
    boolean includePrivate;

    @Spec
    CommandSpec spec;

    SearchCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        String text = String.join(" ", query);
        // a malformed query is reported before the passphrase is asked for
        ParseResult parsed = QueryParser.parse(text);
        if (!parsed.ok()) {
            throw new UsageException("this search cannot be read. " + parsed.problem().describe(text));
        }
        SearchOutcome outcome = options.withVault(context, vault -> {
            try (SearchService search = SearchService.open(vault, context.clock())) {
                if (parsed.validQuery().hasText()) {
                    search.buildIndex(status -> { });
                }
                SearchOutcome answer = new VaultAccess(vault, context.clock())
                        .search(org.goldseam.app.services.Clinicians.auditActor(vault), "command line: search", search, text, includePrivate);
                // every row is printed, so every row needs its passage, not only the first page's
                return answer instanceof SearchOutcome.Found rows ? new SearchOutcome.Found(search.withAllPassages(rows.result()))
                        : answer;
            }
        });
        if (outcome instanceof SearchOutcome.Invalid invalid) {
            throw new UsageException(invalid.error().describe(text));
        }
        if (!(outcome instanceof SearchOutcome.Found found)) {
            throw new IllegalStateException("the index was built before searching");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            out.println(SearchJson.write(found.result()));
            out.flush();
        } else {
            format.write(table(found.result(), context.clock().getZone()), out);
        }
        return ExitCodes.OK;
    }

    static Tabular table(SearchResult result, ZoneId zone) {
        Tabular.Builder rows = Tabular.of("client_id", "client", "status", "sessions", "themes", "first", "last",
                "mean_intensity", "trend", "trend_meaning", "sparkline", "passage");
        for (ClientMatch m : result.clients()) {
            StringJoiner themes = new StringJoiner(", ");
            m.themeCounts().forEach((key, count) -> themes.add(key + " " + count));
            rows.row(m.clientId(), m.clientName(), m.status().dbValue(), m.matchingSessions(), themes.toString(),
                    date(m.firstOccurrence(), zone), date(m.lastOccurrence(), zone),
                    m.meanIntensity() == null ? null : Math.round(m.meanIntensity() * 10) / 10.0,
                    m.trend() == null ? null : m.trend().code(),
                    m.trendMeaning() == null || m.trendMeaning().word().isEmpty() ? null : m.trendMeaning().word(),
                    sparkline(m.sparkline()), passage(m.textMatches()));
        }
        return rows.build();
    }

    private static java.time.@Nullable LocalDate date(@Nullable OffsetDateTime at, ZoneId zone) {
        return at == null ? null : at.atZoneSameInstant(zone).toLocalDate();
    }

    /** One block per window session, its height the intensity (0–10); a dot where the session does not match. */
    static String sparkline(List<SparkPoint> points) {
        StringBuilder line = new StringBuilder();
        for (SparkPoint p : points) {
            line.append(p.intensity() == null ? '·' : BARS.charAt(Math.min(BARS.length() - 1, p.intensity() * BARS.length() / 11)));
        }
        return line.toString();
    }

    private static @Nullable String passage(List<TextMatch> matches) {
        for (TextMatch match : matches) {
            for (Snippet snippet : match.snippets()) {
                return snippet.marked("[", "]");
            }
        }
        return null;
    }
}

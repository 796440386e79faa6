package org.goldseam.app.cli;

import java.util.concurrent.Callable;
import org.goldseam.framework.persistence.wiring.FrameworkWiring;
import org.goldseam.framework.ClinicalFramework;
import org.goldseam.framework.model.TaxonomyReportRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "taxonomy", mixinStandardHelpOptions = true,
        description = "Print the clinical taxonomy: keys, categories, labels, whether active, and how often each entry is used.")
final class TaxonomyCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    VaultOptions options;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Spec
    CommandSpec spec;

    TaxonomyCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Tabular table = options.withVault(context, vault -> {
            Tabular.Builder rows = Tabular.of("key", "category", "label", "active", "builtin", "use_count");
            for (TaxonomyReportRow row : FrameworkWiring.of(vault, context.clock()).taxonomy().report()) {
                rows.row(row.key(), row.category(), row.label(), row.active(), row.builtin(), row.useCount());
            }
            return rows.build();
        });
        format.write(table, spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}

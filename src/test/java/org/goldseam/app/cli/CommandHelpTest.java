package org.goldseam.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code goldseam --help} lists every command with the first line of its description. A clinician
 * reads that list to find the right command, so each entry must be a whole sentence, not the first
 * half of one cut at a comma or semicolon (as backup, restore, passphrase, export and bench were).
 */
class CommandHelpTest {

    @Test
    void everyCommandInTheListIsDescribedByAWholeSentence() {
        CliRun help = CliRun.run("--help");
        assertThat(help.exitCode()).isZero();
        Map<String, String> summaries = commandSummaries(help.out());

        assertThat(summaries).containsKeys("init", "check", "clients", "backup", "restore", "passphrase", "export", "bench");
        List<String> cut = new ArrayList<>();
        summaries.forEach((command, summary) -> {
            if (!summary.endsWith(".")) {
                cut.add(command + ": \"" + summary + "\"");
            }
        });
        assertThat(cut).as("command summaries that stop mid-sentence").isEmpty();
    }

    @Test
    void eachCommandsOwnHelpEndsItsParagraphsWithAFullStop() {
        for (String command : commandSummaries(CliRun.run("--help").out()).keySet()) {
            CliRun help = CliRun.run(command, "--help");
            assertThat(help.exitCode()).as(command).isZero();
            String description = help.out().lines()
                    .dropWhile(line -> line.startsWith("Usage:") || line.startsWith(" "))
                    .takeWhile(line -> !line.isBlank() && !line.startsWith(" ") && !line.startsWith("  -"))
                    .reduce("", (a, b) -> a + " " + b).strip();
            assertThat(description).as("the description of %s", command).isNotEmpty().endsWith(".");
        }
    }

    /** The "Commands:" block of the help, each command's wrapped description joined into one line. */
    private static Map<String, String> commandSummaries(String help) {
        Map<String, String> summaries = new LinkedHashMap<>();
        String current = null;
        boolean inCommands = false;
        for (String line : help.lines().toList()) {
            if (line.equals("Commands:")) {
                inCommands = true;
                continue;
            }
            if (!inCommands) {
                continue;
            }
            if (line.isBlank() || !line.startsWith(" ")) {
                break;
            }
            String trimmed = line.strip();
            if (line.startsWith("  ") && !line.startsWith("   ")) {
                int space = trimmed.indexOf(' ');
                current = space < 0 ? trimmed : trimmed.substring(0, space);
                summaries.put(current, space < 0 ? "" : trimmed.substring(space).strip());
            } else if (current != null) {
                summaries.merge(current, trimmed, (a, b) -> a + " " + b);
            }
        }
        return summaries;
    }
}

package org.goldseam.bench;

import java.util.List;

/**
 * One realistic search, as Goldseam's query and as the nearest {@code grep -rl} a clinician with plain
 * text files could type. grep does less: it cannot count sessions, keep a window or see a trend, so
 * the comparison flatters grep.
 */
record BenchQuery(String label, String query, boolean text, List<String> grepOptions, String grepPattern) {
    static final List<BenchQuery> ALL = List.of(
            new BenchQuery("theme: fraud belief in ≥3 of the last 5 sessions", "theme:core_belief.fraud min:3 last:5",
                    false, List.of("-F"), "core_belief.fraud"),
            new BenchQuery("theme: control with being evaluated, ≥3 sessions", "all:defense.control,trigger.being_evaluated min:3",
                    false, List.of("-F"), "defense.control"),
            new BenchQuery("theme: anxiety rising over the last 8 sessions", "theme:cost.anxiety trend:rising last:8",
                    false, List.of("-F"), "cost.anxiety"),
            // words that occur in the demo notes' sections but in no theme key, so grep's hits are the notes' own
            new BenchQuery("text: careless (all forms)", "careless",
                    true, List.of("-i", "-E"), "\\bcareless"),
            new BenchQuery("text: \"found out\"", "\"found out\"",
                    true, List.of("-i", "-F"), "found out"),
            new BenchQuery("text: exam*", "exam*",
                    true, List.of("-i", "-E"), "\\bexam"));

    static List<String> queries() {
        return ALL.stream().map(BenchQuery::query).toList();
    }
}

package org.goldseam.bench;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The rows of one bench run and the notes that explain them, printed as Markdown. */
public final class BenchReport {
    private final List<BenchRow> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    void add(BenchRow row) {
        rows.add(row);
    }

    void note(String note) {
        notes.add(note);
    }

    public List<BenchRow> rows() {
        return List.copyOf(rows);
    }

    public List<String> notes() {
        return List.copyOf(notes);
    }

    /** A GitHub-flavoured Markdown table, then the notes as a list. */
    public String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("| area | measure | vault | Goldseam | baseline | ratio | goal | |\n");
        out.append("|---|---|---|---|---|---|---|---|\n");
        for (BenchRow row : rows) {
            out.append("| ").append(cell(row.area()))
                    .append(" | ").append(cell(row.measure()))
                    .append(" | ").append(cell(row.size()))
                    .append(" | ").append(cell(row.value()))
                    .append(" | ").append(cell(row.baseline()))
                    .append(" | ").append(cell(row.ratio()))
                    .append(" | ").append(cell(row.goal()))
                    .append(" | ").append(row.verdict()).append(" |\n");
        }
        if (!notes.isEmpty()) {
            out.append('\n');
            for (String note : notes) {
                out.append("- ").append(note).append('\n');
            }
        }
        return out.toString();
    }

    private static String cell(@Nullable String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
    }
}

package org.goldseam.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OutputFormatTest {
    private static final Tabular CLIENTS = Tabular.of("id", "name", "last_session")
            .row(1L, "李静", LocalDate.of(2026, 11, 2))
            .row(2L, "Søren \"Sø\" Berg, Jr.", null)
            .build();

    private static String write(OutputFormat format) {
        StringWriter text = new StringWriter();
        format.write(CLIENTS, new PrintWriter(text));
        return text.toString();
    }

    @Test
    void tableColumnsLineUpWhenNamesUseDoubleWidthCharacters() {
        String[] lines = write(OutputFormat.TABLE).split("\n");
        // 李静 takes four terminal columns, so the date column starts at the same place on each line
        assertThat(lines[0]).startsWith("ID  NAME");
        int header = DisplayWidth.of(lines[0].substring(0, lines[0].indexOf("LAST SESSION")));
        int row = DisplayWidth.of(lines[1].substring(0, lines[1].indexOf("2026-11-02")));
        assertThat(row).isEqualTo(header);
    }

    @Test
    void csvQuotesCommasAndQuotes() {
        assertThat(write(OutputFormat.CSV)).isEqualTo(
                "id,name,last_session\r\n1,李静,2026-11-02\r\n2,\"Søren \"\"Sø\"\" Berg, Jr.\",\r\n");
    }

    @Test
    void jsonKeepsNumbersAndNullsAndWritesDatesAsIsoText() {
        String json = write(OutputFormat.JSON);
        assertThat(json).contains("\"id\" : 1,").contains("\"last_session\" : \"2026-11-02\"")
                .contains("\"last_session\" : null").contains("Søren \\\"Sø\\\" Berg, Jr.");
    }
}

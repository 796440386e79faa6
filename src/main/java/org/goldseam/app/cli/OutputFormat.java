package org.goldseam.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** How a command prints its rows: aligned text for people, JSON or CSV for other programs. */
public enum OutputFormat {
    TABLE, JSON, CSV;

    /**
     * Built on first use: picocli initialises this enum for every command that has a --format
     * option, and a mapper loads some 370 Jackson classes that a table or CSV never needs.
     */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    public void write(Tabular data, PrintWriter out) {
        switch (this) {
            case TABLE -> writeTable(data, out);
            case JSON -> writeJson(data, out);
            case CSV -> writeCsv(data, out);
        }
        out.flush();
    }

    private static void writeJson(Tabular data, PrintWriter out) {
        List<Map<String, Object>> objects = new ArrayList<>();
        for (List<Object> row : data.rows()) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (int i = 0; i < data.columns().size(); i++) {
                Object cell = row.get(i);
                // dates and times as ISO-8601 text; numbers, booleans and null as JSON's own
                boolean plain = cell == null || cell instanceof Number || cell instanceof Boolean || cell instanceof String;
                object.put(data.columns().get(i), plain ? cell : cell.toString());
            }
            objects.add(object);
        }
        try {
            StringWriter text = new StringWriter();
            Json.MAPPER.writeValue(text, objects);
            out.println(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeCsv(Tabular data, PrintWriter out) {
        try {
            CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                    .setHeader(data.columns().toArray(String[]::new)).get());
            for (List<Object> row : data.rows()) {
                printer.printRecord(row.stream().map(Tabular::text).toList());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeTable(Tabular data, PrintWriter out) {
        int columns = data.columns().size();
        int[] widths = new int[columns];
        for (int i = 0; i < columns; i++) {
            widths[i] = DisplayWidth.of(header(data.columns().get(i)));
        }
        for (List<Object> row : data.rows()) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], DisplayWidth.of(cell(row.get(i))));
            }
        }
        List<String> headers = data.columns().stream().map(OutputFormat::header).toList();
        out.println(line(headers, widths));
        for (List<Object> row : data.rows()) {
            out.println(line(row.stream().map(OutputFormat::cell).toList(), widths));
        }
        if (data.rows().isEmpty()) {
            out.println("(none)");
        }
    }

    private static String header(String column) {
        return column.replace('_', ' ').toUpperCase(java.util.Locale.ROOT);
    }

    private static String cell(Object value) {
        // one line per row: a newline inside a cell would break the table's columns
        return Tabular.text(value).replaceAll("\\R", " ");
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            line.append(cell);
            if (i < cells.size() - 1) {
                line.append(" ".repeat(widths[i] - DisplayWidth.of(cell) + 2));
            }
        }
        return line.toString().stripTrailing();
    }
}

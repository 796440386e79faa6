package org.goldseam.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;

/** The record as JSON, valid against {@code docs/record-export.schema.json}; absent values are left out. */
public final class JsonRecordWriter implements RecordWriter {
    private static final ObjectMapper JSON = new ObjectMapper()
            .setDefaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public void write(ClientRecordExport record, OutputStream out) throws IOException {
        JSON.writeValue(out, record);
    }
}

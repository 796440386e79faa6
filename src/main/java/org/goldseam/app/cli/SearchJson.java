package org.goldseam.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.goldseam.search.SearchResult;

/**
 * The JSON form of search results: the service's own records as they are, so a script reading
 * {@code goldseam search --format json} sees exactly what the app shows. Times are ISO-8601 text,
 * enumerations their lower-case codes.
 */
public final class SearchJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .registerModule(new SimpleModule("goldseam-search")
                    .addSerializer(OffsetDateTime.class, ToStringSerializer.instance)
                    .addSerializer(LocalDate.class, ToStringSerializer.instance)
                    .addSerializer(new LowerCaseEnum()));

    private SearchJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String write(SearchResult result) {
        try {
            return MAPPER.writeValueAsString(result);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static final class LowerCaseEnum extends StdSerializer<Enum> {
        private static final long serialVersionUID = 1L;

        LowerCaseEnum() {
            super(Enum.class);
        }

        @Override
        public void serialize(Enum value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.name().toLowerCase(Locale.ROOT));
        }
    }
}

package org.goldseam.app.about;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Properties;

/**
 * The version and build time the build wrote into {@code build.properties}. When run from an IDE
 * that did not filter the resource, both are reported as unknown rather than as the placeholders.
 */
public record BuildInfo(String version, Optional<Instant> builtAt) {
    private static final String RESOURCE = "build.properties";

    public static BuildInfo current() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // reported as unknown below
        }
        String version = properties.getProperty("version", "");
        if (version.isBlank() || version.startsWith("${")) {
            version = "development";
        }
        return new BuildInfo(version, parse(properties.getProperty("built", "")));
    }

    private static Optional<Instant> parse(String text) {
        try {
            return text.isBlank() ? Optional.empty() : Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}

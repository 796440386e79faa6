package org.goldseam.app.about;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the list of shipped libraries and their licences that the build makes from the dependency
 * list ({@code license-maven-plugin}'s {@code add-third-party}, into {@value #RESOURCE} at the root of
 * the jar). The list is generated, never typed by hand, so a new dependency appears in it by itself.
 */
public final class ThirdPartyNotices {
    static final String RESOURCE = "/THIRD-PARTY.txt";
    /** A line of the plugin's default template: {@code (Licence A) (Licence B) Name (group:artifact:version - url)}. */
    private static final Pattern LINE = Pattern.compile("^\\s*((?:\\([^()]*\\)\\s*)+)(.+?) \\(([^:()\\s]+):([^:()\\s]+):([^\\s()]+)(?: - (\\S*))?\\)\\s*$");
    private static final Pattern LICENCE = Pattern.compile("\\(([^()]*)\\)");

    private ThirdPartyNotices() {
    }

    /** The shipped libraries; empty when the build did not include the list (a run from an IDE). */
    public static List<ThirdPartyLibrary> shipped() {
        try (InputStream in = ThirdPartyNotices.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return List.of();
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            return List.of();
        }
    }

    static List<ThirdPartyLibrary> parse(List<String> lines) {
        List<ThirdPartyLibrary> libraries = new ArrayList<>();
        for (String line : lines) {
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                continue; // the heading ("Lists of N third-party dependencies.") and blank lines
            }
            List<String> licences = new ArrayList<>();
            Matcher licence = LICENCE.matcher(m.group(1));
            while (licence.find()) {
                licences.add(licence.group(1).strip());
            }
            String url = m.group(6) == null ? "" : m.group(6);
            libraries.add(new ThirdPartyLibrary(m.group(2).strip(), m.group(3) + ":" + m.group(4), m.group(5),
                    licences, url));
        }
        return List.copyOf(libraries);
    }

    /** For tests of the parser with lines as written in the file. */
    static List<ThirdPartyLibrary> parse(String... lines) {
        return parse(Arrays.asList(lines));
    }
}

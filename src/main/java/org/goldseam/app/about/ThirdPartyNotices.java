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
    /**
     * The end of a line of the plugin's default template, {@code (Licence A) (Licence B) Name (group:artifact:version - url)}:
     * the coordinates. What comes before is read by {@link #licencesAndName}, since licence names hold brackets
     * of their own ("GNU Lesser General Public License (LGPL), version 2.1 or later").
     */
    private static final Pattern LINE = Pattern.compile("^(.+?) \\(([^:()\\s]+):([^:()\\s]+):([^\\s()]+)(?: - (\\S*))?\\)\\s*$");

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
            String name = licencesAndName(m.group(1), licences);
            if (licences.isEmpty() || name.isEmpty()) {
                continue;
            }
            String url = m.group(5) == null ? "" : m.group(5);
            libraries.add(new ThirdPartyLibrary(name, m.group(2) + ":" + m.group(3), m.group(4), licences, url));
        }
        return List.copyOf(libraries);
    }

    /** Takes the leading bracketed licences (brackets inside them balanced) into {@code licences}; returns the name after them. */
    private static String licencesAndName(String text, List<String> licences) {
        int i = 0;
        while (true) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i >= text.length() || text.charAt(i) != '(') {
                return text.substring(i).strip();
            }
            int depth = 0;
            int start = i;
            for (; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '(') {
                    depth++;
                } else if (c == ')' && --depth == 0) {
                    break;
                }
            }
            if (depth != 0) {
                return ""; // unbalanced: not a line of the template
            }
            licences.add(text.substring(start + 1, i).strip());
            i++;
        }
    }

    /** For tests of the parser with lines as written in the file. */
    static List<ThirdPartyLibrary> parse(String... lines) {
        return parse(Arrays.asList(lines));
    }
}

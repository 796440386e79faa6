package org.goldseam.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * NullAway checks every main class (ADR 0018). A class, method or package can still be taken out
 * of its checks with {@code @NullUnmarked} or {@code @SuppressWarnings("NullAway")}; this test keeps
 * that from happening quietly: each such place in {@code src/main/java} must be on {@link #ALLOWED}
 * with the reason NullAway cannot model it. The source is read rather than the class files because
 * {@code @SuppressWarnings} does not survive compilation.
 */
class NullnessSuppressionsTest {
    /** File (relative to src/main/java) to why NullAway cannot check it. Empty: every class is checked. */
    static final Map<String, String> ALLOWED = Map.of();

    private static final Pattern SUPPRESSION = Pattern.compile(
            "@(org\\.jspecify\\.annotations\\.)?NullUnmarked\\b|@SuppressWarnings\\([^)]*\"NullAway");

    @Test
    void noMainClassLeavesNullAwayWithoutAReasonOnTheAllowList() {
        assertThat(unexplained(Path.of("src/main/java"), ALLOWED))
                .as("take these out of NullAway's checks only with a reason in ALLOWED (see ADR 0018)")
                .isEmpty();
    }

    @Test
    void everyAllowedFileStillExistsAndStillNeedsIt() {
        Path main = Path.of("src/main/java");
        ALLOWED.keySet().forEach(file -> assertThat(suppressions(main.resolve(file)))
                .as("%s is allowed a suppression it no longer has: take it off ALLOWED", file)
                .isNotEmpty());
    }

    @Test
    void findsAnUnmarkedClassAndASuppressedMethodButNotAnAllowedFileOrAMention(@TempDir Path root) throws IOException {
        write(root, "org/example/Unmarked.java", """
                package org.example;

                @NullUnmarked // left for later
                final class Unmarked {
                }
                """);
        write(root, "org/example/Suppressed.java", """
                package org.example;

                final class Suppressed {
                    @SuppressWarnings({"unchecked", "NullAway"})
                    void quiet() {
                    }
                }
                """);
        write(root, "org/example/Allowed.java", """
                package org.example;

                @org.jspecify.annotations.NullUnmarked
                final class Allowed {
                }
                """);
        write(root, "org/example/Mentions.java", """
                package org.example;

                /** Never write {@code @NullUnmarked} here; NullAway's findings are fixed instead. */
                final class Mentions {
                    // a comment about @SuppressWarnings("NullAway") is not one
                }
                """);

        List<String> found = unexplained(root, Map.of("org/example/Allowed.java", "a reason"));

        assertThat(found).hasSize(2);
        assertThat(found).anyMatch(line -> line.startsWith("org/example/Unmarked.java:3:"));
        assertThat(found).anyMatch(line -> line.startsWith("org/example/Suppressed.java:4:"));
    }

    /** Each suppression outside the allowed files, as "path:line: text". */
    static List<String> unexplained(Path sourceRoot, Map<String, String> allowed) {
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            List<String> found = new ArrayList<>();
            files.filter(f -> f.toString().endsWith(".java")).sorted().forEach(file -> {
                String relative = sourceRoot.relativize(file).toString().replace('\\', '/');
                if (!allowed.containsKey(relative)) {
                    suppressions(file).forEach(line -> found.add(relative + ":" + line));
                }
            });
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of one file that take code out of NullAway's checks, as "line: text"; comments do not count. */
    static List<String> suppressions(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String code = lines.get(i).strip();
            int comment = code.indexOf("//");
            code = comment < 0 ? code : code.substring(0, comment);
            if (code.startsWith("*") || code.startsWith("/*")) {
                continue;
            }
            if (SUPPRESSION.matcher(code).find()) {
                found.add((i + 1) + ": " + lines.get(i).strip());
            }
        }
        return found;
    }

    private static void write(Path root, String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}

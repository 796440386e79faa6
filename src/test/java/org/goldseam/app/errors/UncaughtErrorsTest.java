package org.goldseam.app.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UncaughtErrorsTest {
    private static final String CLIENT_TEXT = "Quintessa Varrow-Lind said her sister phoned 0170 555 0142";

    private final List<String> logged = new ArrayList<>();
    private final List<String> shown = new ArrayList<>();
    private final UncaughtErrors handler = new UncaughtErrors(logged::add, shown::add);

    /** As a database or a parser might: the message quotes what the clinician wrote. */
    private static RuntimeException failureQuotingClientText() {
        IllegalStateException cause = new IllegalStateException("could not parse '" + CLIENT_TEXT + "'");
        RuntimeException error = new RuntimeException("saving note failed: " + CLIENT_TEXT, cause);
        error.addSuppressed(new IllegalArgumentException("while closing: " + CLIENT_TEXT));
        return error;
    }

    @Test
    void theLogHoldsClassesAndFramesButNoMessageText() {
        handler.uncaughtException(new Thread("AWT-EventQueue-0"), failureQuotingClientText());

        assertThat(logged).hasSize(1);
        String trace = logged.get(0);
        assertThat(trace).startsWith("Uncaught exception on thread \"AWT-EventQueue-0\": java.lang.RuntimeException\n")
                .contains("\tat org.goldseam.app.errors.UncaughtErrorsTest.failureQuotingClientText(")
                .contains("Caused by: java.lang.IllegalStateException\n")
                .contains("Suppressed: java.lang.IllegalArgumentException\n");
        for (String word : new String[] {CLIENT_TEXT, "Quintessa", "Varrow-Lind", "0170 555 0142", "phoned"}) {
            assertThat(trace).as("the log must not quote \"%s\"", word).doesNotContain(word);
        }
        assertThat(trace).doesNotContain("saving note failed").doesNotContain("could not parse");
    }

    @Test
    void theClinicianReadsOneCalmSentenceWithoutTraceOrClientText() {
        handler.uncaughtException(Thread.currentThread(), failureQuotingClientText());

        assertThat(shown).containsExactly(UncaughtErrors.MESSAGE);
        assertThat(UncaughtErrors.MESSAGE).doesNotContain("Exception").doesNotContain("at org.")
                .doesNotContain("Quintessa").contains("safe in the vault");
    }

    @Test
    void whileTheMessageIsOpenFurtherFailuresAreLoggedButNotShownAgain() {
        handler.uncaughtException(Thread.currentThread(), new IllegalStateException(CLIENT_TEXT));
        handler.uncaughtException(Thread.currentThread(), new IllegalStateException(CLIENT_TEXT));
        assertThat(logged).hasSize(2);
        assertThat(shown).hasSize(1);

        handler.dismissed();
        handler.uncaughtException(Thread.currentThread(), new IllegalStateException(CLIENT_TEXT));
        assertThat(shown).hasSize(2);
    }

    @Test
    void aCauseChainThatLoopsIsLoggedOnce() {
        IllegalStateException first = new IllegalStateException(CLIENT_TEXT);
        IllegalArgumentException second = new IllegalArgumentException(CLIENT_TEXT, first);
        first.initCause(second);

        handler.uncaughtException(Thread.currentThread(), first);

        assertThat(logged.get(0)).contains("[circular reference: java.lang.IllegalStateException]").doesNotContain("Quintessa");
    }
}

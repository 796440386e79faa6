package org.goldseam.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.goldseam.framework.persistence.wiring.FrameworkWiring;
import org.goldseam.testing.TestVaults;
import org.goldseam.vault.Vault;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Theme suggestions against the lexicon the vault ships, on a corpus written for this test: each
 * sentence names one entry and whether a careful clinician would want it suggested. Half of the
 * sentences should trigger their entry; the other half are near misses (negations, other forms of
 * the word, the word in another sense) that should not.
 */
class ThemeSuggesterTest {
    private record Case(String entry, boolean expected, String sentence) {
    }

    private static final List<Case> CORPUS = List.of(
            new Case("core_belief.fraud", true, "She said she feels like an impostor among the senior engineers."),
            new Case("core_belief.fraud", true, "I'm a fraud and sooner or later they'll notice."),
            new Case("core_belief.fraud", true, "He insists he was just lucky to get the grant."),
            new Case("core_belief.fraud", true, "I don't deserve to be here, she said quietly."),
            new Case("cost.anxiety", true, "Felt anxious all morning before the meeting."),
            new Case("cost.anxiety", true, "A wave of panic hit him on the train."),
            new Case("cost.anxiety", true, "She has been on edge since the audit began."),
            new Case("trigger.being_evaluated", true, "The exam is on Friday and she has not slept well."),
            new Case("trigger.being_evaluated", true, "Preparing for the job interview took the whole weekend."),
            new Case("defense.people_pleasing", true, "He couldn't say no when his manager asked again."),
            new Case("defense.people_pleasing", true, "I just want to keep everyone happy, she explained."),
            new Case("defense.people_pleasing", true, "Agreed even though she had no time for it."),
            new Case("core_belief.not_enough", true, "Whatever I do, it's never good enough."),
            new Case("core_belief.not_enough", true, "He feels he is still not enough for his father."),
            new Case("cost.emotional_exhaustion", true, "Completely burnt out after the quarter end."),
            new Case("cost.emotional_exhaustion", true, "She described running on empty for months."),
            new Case("defense.procrastination", true, "Kept putting it off until the deadline passed."),
            new Case("defense.procrastination", true, "He left it until the last minute again."),
            new Case("trigger.rejection", true, "Was not invited to the team dinner and took it hard."),
            new Case("trigger.rejection", true, "Her manuscript was rejected by a second publisher."),

            new Case("cost.anxiety", false, "He did not feel anxious at all this week."),
            new Case("trigger.being_evaluated", false, "The presentation of symptoms was mild today."),
            new Case("trigger.being_evaluated", false, "She presented her findings calmly."),
            new Case("cost.anxiety", false, "No panic this time when the train stopped."),
            new Case("trigger.rejection", false, "She was never rejected by her friends, she insisted."),
            new Case("trigger.being_evaluated", false, "He examined the contract carefully."),
            new Case("core_belief.not_enough", false, "She is good enough at chess to compete."),
            new Case("core_belief.not_enough", false, "There was enough time to finish the report."),
            new Case("defense.people_pleasing", false, "He said no to the extra shift without guilt."),
            new Case("defense.people_pleasing", false, "She agreed with the plan we made."),
            new Case("trigger.rejection", false, "Turned the page and felt calmer."),
            new Case("cost.emotional_exhaustion", false, "He is not exhausted anymore; sleep has improved."),
            new Case("cost.emotional_exhaustion", false, "The car ran on empty roads all night."),
            new Case("defense.procrastination", false, "She never puts it off anymore."),
            new Case("core_belief.fraud", false, "He is lucky to have such a supportive sister."),
            new Case("core_belief.fraud", false, "The fraud department called about her card."),
            new Case("trigger.rejection", false, "She was chosen for the relay team."),
            new Case("defense.procrastination", false, "The start of term went smoothly."),
            new Case("defense.procrastination", false, "They left the party before the last bus."),
            new Case("cost.anxiety", false, "Edge cases in his code keep him busy."));

    @TempDir
    static Path dir;
    static Vault vault;
    static SearchService search;

    @BeforeAll
    static void open() {
        vault = TestVaults.create(dir.resolve("vault"));
        search = SearchService.open(vault, TestVaults.CLOCK);
    }

    @AfterAll
    static void close() {
        search.close();
        vault.close();
    }

    private static boolean suggests(String sentence, String key) {
        return search.suggestThemes(sentence, Set.of()).stream().anyMatch(s -> s.key().equals(key));
    }

    @Test
    void precisionOnTheCorpusIsAtLeastNinetyPercent() {
        assertThat(CORPUS).hasSizeGreaterThanOrEqualTo(30);
        assertThat(CORPUS.stream().filter(Case::expected).count()).isEqualTo(CORPUS.size() / 2);
        int truePositive = 0;
        int falsePositive = 0;
        int falseNegative = 0;
        StringBuilder misses = new StringBuilder();
        for (Case c : CORPUS) {
            boolean suggested = suggests(c.sentence(), c.entry());
            if (suggested && c.expected()) {
                truePositive++;
            } else if (suggested) {
                falsePositive++;
                misses.append("\n  suggested wrongly: ").append(c.entry()).append(" <- ").append(c.sentence());
            } else if (c.expected()) {
                falseNegative++;
                misses.append("\n  missed: ").append(c.entry()).append(" <- ").append(c.sentence());
            }
        }
        double precision = (double) truePositive / (truePositive + falsePositive);
        double recall = (double) truePositive / (truePositive + falseNegative);
        System.out.printf("theme suggestions on %d sentences: precision %.3f, recall %.3f%s%n", CORPUS.size(), precision,
                recall, misses);
        assertThat(precision).as("precision" + misses).isGreaterThanOrEqualTo(0.9);
        assertThat(recall).as("recall" + misses).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void entriesAlreadyTaggedAreNotOfferedAndMatchesAreLocated() {
        String text = "Anxious before the exam; felt like an impostor.";
        List<ThemeSuggestion> all = search.suggestThemes(text, Set.of());
        assertThat(all).extracting(ThemeSuggestion::key)
                .containsExactly("cost.anxiety", "trigger.being_evaluated", "core_belief.fraud");
        ThemeSuggestion exam = all.get(1);
        assertThat(text.substring(exam.start(), exam.end())).isEqualTo("exam");
        List<ThemeSuggestion> rest = search.suggestThemes(text, Set.of(exam.entryId()));
        assertThat(rest).extracting(ThemeSuggestion::key).containsExactly("cost.anxiety", "core_belief.fraud");
    }

    @Test
    void inactiveEntriesAreNotSuggested() {
        FrameworkWiring.of(vault, TestVaults.CLOCK).taxonomy().deactivate("core_belief.fraud");
        try {
            search.reloadLexicon();
            assertThat(suggests("Felt like an impostor again.", "core_belief.fraud")).isFalse();
        } finally {
            FrameworkWiring.of(vault, TestVaults.CLOCK).taxonomy().reactivate("core_belief.fraud");
            search.reloadLexicon();
        }
    }
}

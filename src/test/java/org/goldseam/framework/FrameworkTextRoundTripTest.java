package org.goldseam.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.goldseam.framework.model.AttachmentDraft;
import org.goldseam.framework.model.AttachmentStyle;
import org.goldseam.framework.model.Category;
import org.goldseam.framework.model.EarlyExperience;
import org.goldseam.framework.model.FormulationDraft;
import org.goldseam.framework.model.ReflectiveQuestion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever script a clinician or client writes in, and however long, the framework's texts come
 * back from the encrypted vault exactly as they went in.
 */
class FrameworkTextRoundTripTest {
    private static final String MIXED = "Zoë said „nie jestem wystarczająco dobra“ — 我不够好 — «je ne suis pas assez» 🙂";
    private static final String LONG = ("Łukasz returned to the memory of the school report. " + MIXED + " ").repeat(1_000);

    @TempDir
    Path dir;

    @Test
    void attachmentFormulationCriticAnswersGoalsAndCustomEntriesKeepEveryCharacter() {
        try (FrameworkFixture fixture = new FrameworkFixture(dir.resolve("vault"))) {
            ClinicalFramework framework = fixture.framework;
            long client = fixture.client("李静 Łukasz-Ørsted");
            long note = fixture.note(client, FrameworkFixture.START);
            assertThat(LONG.length()).isGreaterThan(100_000);

            framework.attachment().recordVersion(client, new AttachmentDraft(AttachmentStyle.FEARFUL, 6, 5, MIXED,
                    EarlyExperience.NONE, List.of("relational_pattern.fear_of_abandonment"), LONG));
            assertThat(framework.attachment().current(client).orElseThrow().content().narrative()).isEqualTo(LONG);
            assertThat(framework.attachment().current(client).orElseThrow().content().caregiverAttunement()).isEqualTo(MIXED);

            framework.formulation().recordVersion(client, new FormulationDraft(List.of("trigger.making_a_mistake"),
                    List.of("core_belief.not_enough"), List.of("defense.self_attack"), List.of("cost.anxiety"), LONG));
            assertThat(framework.formulation().current(client).orElseThrow().content().narrative()).isEqualTo(LONG);

            framework.innerCritic().recordHearing(client, note, MIXED);
            assertThat(framework.innerCritic().statements(client)).singleElement()
                    .satisfies(statement -> assertThat(statement.text()).isEqualTo(MIXED));

            framework.reflection().recordAnswer(client, ReflectiveQuestion.MEANING_OF_ACCEPTANCE, note, MIXED);
            assertThat(framework.reflection().answers(client)).singleElement()
                    .satisfies(answer -> assertThat(answer.answer()).isEqualTo(MIXED));

            long goal = framework.goals().create(client, MIXED, null).id();
            assertThat(framework.goals().get(goal).description()).isEqualTo(MIXED);

            var entry = framework.taxonomy().addCustom(Category.CORE_BELIEF, "Jestem ciężarem — 我是负担", "Sentido de ser una carga.");
            assertThat(framework.taxonomy().get(entry.key()).label()).isEqualTo("Jestem ciężarem — 我是负担");
            assertThat(entry.key()).startsWith("core_belief.").matches("[a-z_.0-9]+");
        }
    }
}

package org.goldseam.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldseam.db.Tables.GOAL_PROGRESS;
import static org.goldseam.db.Tables.THEME_OBSERVATION;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.goldseam.framework.model.GoalProgressPoint;
import org.goldseam.framework.model.GoalStatus;
import org.goldseam.framework.model.InnerCriticStatement;
import org.goldseam.framework.model.ReflectiveQuestion;
import org.goldseam.framework.model.ShameKindPeriod;
import org.goldseam.framework.model.TreatmentGoal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reflective answers, inner-critic statements, shame kind over time and goals for one invented client. */
class ClientRecordTest {
    static final OffsetDateTime MARCH = OffsetDateTime.parse("2026-03-03T16:00:00Z");
    static final OffsetDateTime APRIL = OffsetDateTime.parse("2026-04-07T16:00:00Z");

    @TempDir
    Path folder;
    FrameworkFixture fixture;
    long client;
    long march;
    long april;

    @BeforeEach
    void open() {
        fixture = new FrameworkFixture(folder);
        client = fixture.client("Mara Quenby");
        march = fixture.note(client, MARCH);
        april = fixture.note(client, APRIL);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void innerCriticLinesAreDedupedAcrossCaseAndSpacing() {
        InnerCriticService critic = fixture.framework.innerCritic();
        critic.recordHearing(client, march, "You're still not enough.");
        critic.recordHearing(client, april, "  you're STILL   not enough. ");
        critic.recordHearing(client, april, "Nobody asked for your opinion.");

        assertThat(critic.statements(client)).hasSize(2);
        InnerCriticStatement repeated = critic.statements(client).stream()
                .filter(s -> s.text().equals("You're still not enough.")).findFirst().orElseThrow();
        assertThat(repeated.timesHeard()).isEqualTo(2);
        assertThat(repeated.firstNoteId()).isEqualTo(march);
        assertThat(repeated.firstHeard()).isEqualTo(MARCH);
        assertThat(repeated.lastNoteId()).isEqualTo(april);
    }

    @Test
    void reflectiveAnswersAreKeptPerClientOverTime() {
        ReflectiveQuestionService questions = fixture.framework.reflection();
        assertThat(questions.questions()).hasSize(4);
        questions.recordAnswer(client, ReflectiveQuestion.FEAR_OF_STOPPING, march, "Everyone would see I am ordinary.");
        questions.recordAnswer(client, ReflectiveQuestion.FEAR_OF_STOPPING, null, "Maybe nothing terrible.");
        assertThat(questions.answers(client, ReflectiveQuestion.FEAR_OF_STOPPING))
                .extracting(a -> a.answer())
                .containsExactly("Everyone would see I am ordinary.", "Maybe nothing terrible.");
        assertThat(questions.answers(client, ReflectiveQuestion.MEANING_OF_ACCEPTANCE)).isEmpty();
    }

    @Test
    void shameKindIsReportedPerMonth() {
        observe(march, MARCH, "core_belief.not_enough", "core");
        observe(march, MARCH, "defense.self_attack", "core");
        observe(april, APRIL, "core_belief.not_enough", "adaptive");
        observe(april, APRIL, "cost.anxiety", null);
        assertThat(fixture.framework.shame().byMonth(client, ZoneOffset.UTC)).containsExactly(
                new ShameKindPeriod(YearMonth.of(2026, 3), 2, 0), new ShameKindPeriod(YearMonth.of(2026, 4), 0, 1));
    }

    @Test
    void goalsChangeStatusAndReadProgressPerSession() {
        GoalService goals = fixture.framework.goals();
        TreatmentGoal goal = goals.create(client, "Send work without a third re-check.", LocalDate.of(2026, 9, 1));
        assertThat(goal.status()).isEqualTo(GoalStatus.ACTIVE);
        for (long[] row : new long[][] {{april, 6}, {march, 3}}) {
            fixture.dsl.insertInto(GOAL_PROGRESS).set(GOAL_PROGRESS.NOTE_ID, row[0]).set(GOAL_PROGRESS.GOAL_ID, goal.id())
                    .set(GOAL_PROGRESS.RATING, (int) row[1]).execute();
        }
        assertThat(goals.progress(goal.id())).extracting(GoalProgressPoint::rating).containsExactly(3, 6);
        TreatmentGoal met = goals.changeStatus(goal.id(), GoalStatus.MET, LocalDate.of(2026, 6, 30));
        assertThat(met.status()).isEqualTo(GoalStatus.MET);
        assertThat(met.closedOn()).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    private void observe(long note, OffsetDateTime startsAt, String key, String shameKind) {
        fixture.dsl.insertInto(THEME_OBSERVATION)
                .set(THEME_OBSERVATION.NOTE_ID, note)
                .set(THEME_OBSERVATION.CLIENT_ID, client)
                .set(THEME_OBSERVATION.SESSION_STARTS_AT, startsAt)
                .set(THEME_OBSERVATION.ENTRY_ID, fixture.framework.taxonomy().get(key).id())
                .set(THEME_OBSERVATION.INTENSITY, 5)
                .set(THEME_OBSERVATION.SHAME_KIND, shameKind)
                .execute();
    }
}

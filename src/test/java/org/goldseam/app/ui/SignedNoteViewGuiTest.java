package org.goldseam.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.JCheckBox;
import javax.swing.JSpinner;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.goldseam.clients.ClientDetails;
import org.goldseam.clients.persistence.ClientRepository;
import org.goldseam.framework.ClinicalFramework;
import org.goldseam.framework.model.GoalStatus;
import org.goldseam.notes.Attendance;
import org.goldseam.notes.GoalProgress;
import org.goldseam.notes.InterventionUse;
import org.goldseam.notes.NoteContent;
import org.goldseam.notes.ThemeObservation;
import org.goldseam.notes.persistence.SessionNoteRepository;
import org.goldseam.testing.NoteSamples;
import org.goldseam.testing.TestVaults;
import org.goldseam.vault.Vault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editor's view of a signed note shows what was signed: a goal added later is not offered in
 * it, a rating shows as stored even after the goal was closed, and a relabelled theme or
 * intervention shows its label at signing with today's beside it.
 */
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+")
class SignedNoteViewGuiTest {
    private static final OffsetDateTime SESSION = OffsetDateTime.of(2026, 10, 6, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String THEME = "core_belief.fraud";
    private static final String INTERVENTION = "intervention.self_compassion";
    private static final String UNUSED_INTERVENTION = "intervention.emdr";

    @TempDir
    Path dir;
    private long goal;
    private String themeLabel;
    private String interventionLabel;

    @Test
    void aGoalAddedAfterSigningDoesNotAppearInTheSignedNote() {
        long[] later = new long[1];
        try (GuiHarness gui = new GuiHarness()) {
            FrameFixture window = openSignedNote(gui, framework -> later[0] = framework.goals().create(client, "Rest one evening a week", null).id());
            assertThat(DesktopFlowTest.find(window, "goalRated:" + later[0])).as("the goal added after signing").isNull();
            assertThat(DesktopFlowTest.find(window, "goalRated:" + goal)).as("the goal the note rated").isNotNull();
            window.close();
        }
    }

    @Test
    void aGoalRatingShowsAsStoredEvenAfterTheGoalWasClosed() {
        try (GuiHarness gui = new GuiHarness()) {
            FrameFixture window = openSignedNote(gui, framework -> framework.goals().changeStatus(goal, GoalStatus.MET,
                    LocalDate.of(2026, 11, 21)));
            JCheckBox rated = (JCheckBox) DesktopFlowTest.find(window, "goalRated:" + goal);
            JSpinner rating = (JSpinner) DesktopFlowTest.find(window, "goalRating:" + goal);
            assertThat(rated).as("the rated goal's row").isNotNull();
            assertThat(GuiActionRunner.execute(() -> rated.isSelected() && !rated.isEnabled())).isTrue();
            assertThat(GuiActionRunner.execute(() -> rating.getValue())).isEqualTo(3);
            assertThat(GuiActionRunner.execute(rated::getText)).isEqualTo("Send work out before it feels perfect");
            window.close();
        }
    }

    @Test
    void aThemeRelabelledAfterSigningShowsItsLabelAtSigning() {
        try (GuiHarness gui = new GuiHarness()) {
            FrameFixture window = openSignedNote(gui, framework -> framework.taxonomy().relabel(THEME, "Impostor feeling"));
            assertThat(DesktopFlowTest.find(window, "theme:" + themeLabel + " (now: Impostor feeling)")).isNotNull();
            assertThat(DesktopFlowTest.find(window, "theme:Impostor feeling")).isNull();
            window.close();
        }
    }

    @Test
    void anInterventionRelabelledAfterSigningShowsItsLabelAtSigningAndNoOtherIntervention() {
        try (GuiHarness gui = new GuiHarness()) {
            FrameFixture window = openSignedNote(gui, framework -> framework.taxonomy().relabel(INTERVENTION, "Kindness practice"));
            JCheckBox used = (JCheckBox) DesktopFlowTest.find(window, "intervention:" + INTERVENTION);
            assertThat(used).isNotNull();
            assertThat(GuiActionRunner.execute(used::getText)).isEqualTo(interventionLabel + " (now: Kindness practice)");
            assertThat(DesktopFlowTest.find(window, "intervention:" + UNUSED_INTERVENTION)).as("an intervention the note does not record").isNull();
            window.close();
        }
    }

    private long client;

    /** Signs a note rating {@link #goal} 3 with one theme and one intervention, applies {@code afterSigning}, opens it in the app. */
    private FrameFixture openSignedNote(GuiHarness gui, Consumer<ClinicalFramework> afterSigning) {
        Path folder = dir.resolve("vault");
        try (Vault vault = TestVaults.create(folder)) {
            var dsl = vault.database().dsl();
            ClinicalFramework framework = org.goldseam.framework.persistence.wiring.FrameworkWiring.of(vault, TestVaults.CLOCK);
            client = new ClientRepository(dsl, TestVaults.CLOCK).insert(ClientDetails.of("Ines Invented", SESSION.toLocalDate()));
            goal = framework.goals().create(client, "Send work out before it feels perfect", null).id();
            var theme = framework.taxonomy().get(THEME);
            var intervention = framework.taxonomy().get(INTERVENTION);
            themeLabel = theme.label();
            interventionLabel = intervention.label();
            NoteContent base = NoteSamples.dap(SESSION, Attendance.ATTENDED);
            var notes = new SessionNoteRepository(dsl, TestVaults.CLOCK);
            long note = notes.createDraft(client, new NoteContent(base.startsAt(), base.durationMinutes(), base.type(),
                    base.modality(), base.attendance(), base.format(), base.summaryLine(), base.sections(), null,
                    List.of(new ThemeObservation(theme.id(), 7, null, null)), List.of(new InterventionUse(intervention.id(), null)),
                    List.of(new GoalProgress(goal, 3, null))));
            notes.sign(note, "Dr Ana Example, PsyD", Instant.parse("2026-10-06T10:00:00Z"));
            afterSigning.accept(framework);
        }
        FrameFixture window = gui.start(folder);
        GuiHarness.unlock(window, new String(TestVaults.PASSPHRASE));
        GuiHarness.waitFor("the client list", () -> DesktopFlowTest.find(window, "clientList") != null);
        GuiHarness.waitFor("the client", () -> window.list("clientList").contents().length == 1);
        window.list("clientList").selectItem(0);
        GuiHarness.waitFor("the signed note", () -> DesktopFlowTest.find(window, "signedBanner") != null);
        // the client's goals arrive on a task of their own: wait until the note's goal row is drawn
        GuiHarness.waitFor("the goal the note rated", () -> DesktopFlowTest.find(window, "goalRated:" + goal) != null);
        return window;
    }
}

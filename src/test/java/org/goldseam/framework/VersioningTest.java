package org.goldseam.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.goldseam.framework.model.AttachmentDraft;
import org.goldseam.framework.model.AttachmentStyle;
import org.goldseam.framework.model.AttachmentVersion;
import org.goldseam.framework.model.EarlyExperience;
import org.goldseam.framework.model.FormulationDraft;
import org.goldseam.framework.model.FormulationVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Attachment history and formulation keep every earlier version with its date. */
class VersioningTest {
    @TempDir
    Path folder;
    FrameworkFixture fixture;
    long client;

    @BeforeEach
    void open() {
        fixture = new FrameworkFixture(folder);
        client = fixture.client("Ines Okafor-Lind");
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void attachmentVersionsAreKeptWithTheirDates() {
        AttachmentService attachment = fixture.framework.attachment();
        assertThat(attachment.current(client)).isEmpty();
        AttachmentVersion first = attachment.recordVersion(client, new AttachmentDraft(AttachmentStyle.NOT_ASSESSED,
                null, null, null, EarlyExperience.NONE, List.of(), "Intake: history not yet explored."));
        EarlyExperience early = new EarlyExperience(true, false, false, true, true, false, true, true);
        AttachmentVersion second = attachment.recordVersion(client, new AttachmentDraft(AttachmentStyle.FEARFUL, 6, 5,
                "Caregiver often absorbed in own worries.", early,
                List.of("relational_pattern.fear_of_abandonment", "relational_pattern.unavailable_partners"),
                "Pattern of choosing partners who withdraw."));

        assertThat(first.version()).isEqualTo(1);
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.recordedAt()).isAfter(first.recordedAt());
        List<AttachmentVersion> history = attachment.history(client);
        assertThat(history).extracting(AttachmentVersion::version).containsExactly(1, 2);
        assertThat(history.get(0).content().style()).isEqualTo(AttachmentStyle.NOT_ASSESSED);
        assertThat(history.get(0).content().narrative()).isEqualTo("Intake: history not yet explored.");
        assertThat(history.get(0).recordedAt()).isEqualTo(first.recordedAt());
        assertThat(attachment.current(client)).contains(second);
        assertThat(second.content().earlyExperience()).isEqualTo(early);
        assertThat(second.content().anxiety()).isEqualTo(6);
        assertThat(second.relationshipPatternKeys()).containsExactlyInAnyOrder(
                "relational_pattern.fear_of_abandonment", "relational_pattern.unavailable_partners");
    }

    @Test
    void attachmentRefusesNonRelationalEntriesAndRatingsOutsideOneToSeven() {
        AttachmentService attachment = fixture.framework.attachment();
        assertThatThrownBy(() -> attachment.recordVersion(client, new AttachmentDraft(AttachmentStyle.SECURE, null, null,
                null, EarlyExperience.NONE, List.of("defense.control"), null))).isInstanceOf(FrameworkException.class);
        assertThatThrownBy(() -> attachment.recordVersion(client, new AttachmentDraft(AttachmentStyle.SECURE, 8, null,
                null, EarlyExperience.NONE, List.of(), null))).isInstanceOf(FrameworkException.class);
        assertThat(attachment.history(client)).isEmpty();
    }

    @Test
    void formulationVersionsAreKeptWithTheirDatesAndEntries() {
        FormulationService formulation = fixture.framework.formulation();
        FormulationVersion first = formulation.recordVersion(client, new FormulationDraft(
                List.of("trigger.criticism_or_feedback"), List.of("core_belief.not_enough"),
                List.of("defense.overachievement"), List.of("cost.emotional_exhaustion"), "Works harder after feedback."));
        FormulationVersion second = formulation.recordVersion(client, new FormulationDraft(
                List.of("trigger.criticism_or_feedback", "trigger.reaching_a_goal"),
                List.of("core_belief.conditional_worth"),
                List.of("defense.perfectionism_self_oriented", "defense.self_attack"),
                List.of("cost.anxiety", "cost.isolation"), "Success moves the bar; self-attack follows."));

        List<FormulationVersion> history = formulation.history(client);
        assertThat(history).extracting(FormulationVersion::version).containsExactly(1, 2);
        assertThat(second.recordedAt()).isAfter(first.recordedAt());
        assertThat(history.get(0).content().coreBeliefs()).containsExactly("core_belief.not_enough");
        assertThat(history.get(0).content().narrative()).isEqualTo("Works harder after feedback.");
        assertThat(formulation.current(client).orElseThrow().content().triggers())
                .containsExactly("trigger.criticism_or_feedback", "trigger.reaching_a_goal");
        assertThat(fixture.framework.taxonomy().get("trigger.criticism_or_feedback").useCount()).isEqualTo(2);
    }

    @Test
    void formulationRefusesAnEntryInTheWrongRole() {
        FormulationService formulation = fixture.framework.formulation();
        assertThatThrownBy(() -> formulation.recordVersion(client, new FormulationDraft(
                List.of("cost.anxiety"), List.of(), List.of(), List.of(), null)))
                .isInstanceOf(FrameworkException.class)
                .hasMessageContaining("not a trigger");
        assertThat(formulation.history(client)).isEmpty();
    }
}

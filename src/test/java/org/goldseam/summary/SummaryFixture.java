package org.goldseam.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.goldseam.framework.persistence.wiring.FrameworkWiring;
import org.goldseam.app.cli.CliRun;
import org.goldseam.clients.ClientDetails;
import org.goldseam.clients.persistence.ClientRepository;
import org.goldseam.framework.ClinicalFramework;
import org.goldseam.framework.model.TaxonomyEntry;
import org.goldseam.notes.Attendance;
import org.goldseam.notes.Modality;
import org.goldseam.notes.NoteContent;
import org.goldseam.notes.NoteFormat;
import org.goldseam.notes.NoteSectionText;
import org.goldseam.notes.Section;
import org.goldseam.notes.SessionType;
import org.goldseam.notes.ShameKind;
import org.goldseam.notes.ThemeObservation;
import org.goldseam.notes.persistence.SessionNoteRepository;
import org.goldseam.testing.TestVaults;
import org.goldseam.vault.Vault;

/**
 * The demo caseload the summary tests share: 20 invented clients, 30 sessions each, up to
 * 2026-11-20. Client 1 is renamed "Zoë Łukasz-Ørsted 李小龍" and gets one more session whose texts
 * hold quotes, dashes, {@code <}, {@code &} and non-Latin script, with a marker planted in its
 * private psychotherapy note.
 */
public final class SummaryFixture {
    public static final String NAME = "Zoë Łukasz-Ørsted 李小龍";
    public static final long CLIENT = 1;
    static final SummaryPeriod PERIOD = new SummaryPeriod(LocalDate.of(2026, 5, 20), LocalDate.of(2026, 11, 20));
    /** Written only into psychotherapy-notes sections; must never appear in a summary. */
    static final String PRIVATE_MARKER = "PRIVATE-MARKER-Q7X";
    /** The demo writes this into private notes of about one session in four. */
    static final String DEMO_PRIVATE_TEXT = "Countertransference";
    static final String SUMMARY_LINE = "She said \u201CI\u2019m never <enough> & they\u2019ll see it\u201D \u2014 "
            + "then 'quietly': \u201Ejestem zm\u0119czona\u201D, \u00AB\u0443\u0441\u0442\u0430\u043B\u0430\u00BB, "
            + "\u79C1\u306F\u5927\u4E08\u592B";
    static final String CRITIC_LINE = "You're a <fraud> & everyone knows it \u2014 \u201Calways\u201D";

    private SummaryFixture() {
    }

    /** Creates the demo vault in {@code folder} and adds client 1's special session. */
    public static void create(Path folder, Path tmp) throws Exception {
        CliRun demo = CliRun.run("demo", "--data-dir", folder.toString(), "--passphrase-file",
                CliRun.defaultPassphraseFile(tmp).toString(), "--clients", "20", "--sessions", "30", "--seed", "5",
                "--as-of", "2026-11-20");
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        try (Vault vault = TestVaults.open(folder)) {
            rename(vault, CLIENT, NAME);
            ClinicalFramework framework = FrameworkWiring.of(vault, TestVaults.CLOCK);
            TaxonomyEntry fraud = framework.taxonomy().get("core_belief.fraud");
            SessionNoteRepository notes = new SessionNoteRepository(vault.database().dsl(), TestVaults.CLOCK);
            OffsetDateTime startsAt = OffsetDateTime.of(2026, 11, 19, 16, 0, 0, 0, ZoneOffset.UTC);
            long noteId = notes.createDraft(CLIENT, new NoteContent(startsAt, 50, SessionType.INDIVIDUAL,
                    Modality.TELEHEALTH, Attendance.ATTENDED, NoteFormat.DAP, SUMMARY_LINE,
                    List.of(new NoteSectionText(Section.DATA, "Data & more: \"quoted\" <b>not bold</b> \u2014 \u674E"),
                            new NoteSectionText(Section.ASSESSMENT, "A < B & C > D"),
                            new NoteSectionText(Section.PLAN, "Next week.")),
                    PRIVATE_MARKER + " \u2014 my own reaction, not for the record",
                    List.of(new ThemeObservation(fraud.id(), 8, "I'm a \"fraud\" & <worse>", ShameKind.CORE)),
                    List.of(), List.of()));
            framework.innerCritic().recordHearing(CLIENT, noteId, CRITIC_LINE);
        }
    }

    public static void rename(Vault vault, long clientId, String name) {
        ClientRepository clients = new ClientRepository(vault.database().dsl(), TestVaults.CLOCK);
        ClientDetails d = clients.findById(clientId).orElseThrow().details();
        clients.update(clientId, new ClientDetails(name, d.preferredName(), d.pronouns(), d.dateOfBirth(), d.email(),
                d.phone(), d.address(), d.emergencyContactName(), d.emergencyContactPhone(),
                d.emergencyContactRelation(), d.referralSource(), d.intakeDate()));
    }
}

package org.goldseam.demo.persistence;

import static org.goldseam.db.Tables.CLIENT;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntConsumer;
import org.goldseam.clients.ClientDetails;
import org.goldseam.clients.ClientStatus;
import org.goldseam.clients.persistence.ClientRepository;
import org.goldseam.demo.DemoCaseload;
import org.goldseam.demo.DemoPlan;
import org.goldseam.demo.SettableClock;
import org.goldseam.framework.ClinicalFramework;
import org.goldseam.framework.model.AttachmentDraft;
import org.goldseam.framework.model.AttachmentStyle;
import org.goldseam.framework.model.EarlyExperience;
import org.goldseam.framework.model.FormulationDraft;
import org.goldseam.framework.model.ReflectiveQuestion;
import org.goldseam.framework.persistence.wiring.FrameworkWiring;
import org.goldseam.notes.AddendumKind;
import org.goldseam.notes.Attendance;
import org.goldseam.notes.GoalProgress;
import org.goldseam.notes.InterventionUse;
import org.goldseam.notes.Modality;
import org.goldseam.notes.NoteContent;
import org.goldseam.notes.NoteFormat;
import org.goldseam.notes.NoteSectionText;
import org.goldseam.notes.Section;
import org.goldseam.notes.SessionType;
import org.goldseam.notes.ShameKind;
import org.goldseam.notes.ThemeObservation;
import org.goldseam.notes.persistence.SessionNoteRepository;
import org.goldseam.vault.Vault;
import org.jooq.DSLContext;

/**
 * Writes a planned synthetic caseload into a vault through the same repositories and services the
 * app uses, one transaction per client (a failure leaves whole clients, never half of one).
 */
public final class DemoWriter {
    /** Signs and appends as this invented clinician. */
    public static final String CLINICIAN_NAME = "Demo Clinician";
    public static final String CLINICIAN_CREDENTIALS = "LCSW";
    public static final String CLINICIAN = CLINICIAN_NAME + ", " + CLINICIAN_CREDENTIALS;

    private DemoWriter() {
    }

    /** True when the vault holds no client: the demo refuses to mix invented clients with real ones. */
    public static boolean isEmpty(Vault vault) {
        return vault.database().dsl().fetchCount(CLIENT) == 0;
    }

    public static void write(Vault vault, DemoCaseload caseload, int clients, int sessions, ZoneId zone, IntConsumer progress) {
        DSLContext dsl = vault.database().dsl();
        Map<String, Long> entryIds = new HashMap<>();
        for (int i = 0; i < clients; i++) {
            DemoPlan plan = caseload.plan(i, sessions);
            dsl.transaction(cfg -> writeClient(cfg.dsl(), plan, zone, entryIds));
            progress.accept(i + 1);
        }
    }

    private static void writeClient(DSLContext tx, DemoPlan plan, ZoneId zone, Map<String, Long> entryIds) {
        SettableClock clock = new SettableClock(plan.intake().atTime(LocalTime.of(8, 0)).atZone(zone).toInstant(), zone);
        ClientRepository clients = new ClientRepository(tx, clock);
        SessionNoteRepository notes = new SessionNoteRepository(tx, clock);
        ClinicalFramework framework = FrameworkWiring.on(tx, clock);

        long clientId = clients.insert(new ClientDetails(plan.person().fullName(), plan.person().preferredName(),
                plan.person().pronouns(), plan.dateOfBirth(), plan.email(), plan.phone(), null,
                plan.emergencyContact(), plan.emergencyPhone(), "Sibling", plan.referralSource(), plan.intake()));
        DemoPlan.Attachment a = plan.attachment();
        framework.attachment().recordVersion(clientId, new AttachmentDraft(AttachmentStyle.fromCode(a.style()), a.anxiety(),
                a.avoidance(), a.misattunedCaregiver() ? "Caregiver often preoccupied; comfort came with conditions." : null,
                new EarlyExperience(a.emotionalNeglect(), false, false, a.misattunedCaregiver(), a.conditionalWorth(),
                        a.parentification(), a.intergenerational(), a.selfBlame()),
                a.relationalPatterns(), a.narrative()));
        DemoPlan.Formulation f = plan.formulation();
        framework.formulation().recordVersion(clientId, new FormulationDraft(f.triggers(), f.beliefs(), f.defenses(), f.costs(), f.text()));
        List<Long> goalIds = new ArrayList<>();
        for (String goal : plan.goals()) {
            goalIds.add(framework.goals().create(clientId, goal, plan.intake().plusMonths(6)).id());
        }

        NoteFormat format = NoteFormat.fromDb(plan.noteFormat());
        for (DemoPlan.Session session : plan.sessions()) {
            clock.set(session.startsAt().toInstant());
            long noteId = notes.createDraft(clientId, content(session, format, goalIds, framework, entryIds));
            session.measures().forEach((instrument, items) -> {
                Map<Integer, Integer> answers = new HashMap<>();
                for (int i = 0; i < items.length; i++) {
                    answers.put(i + 1, items[i]);
                }
                framework.measures().administer(clientId, instrument, noteId, session.startsAt(), answers);
            });
            if (session.criticLine() != null) {
                framework.innerCritic().recordHearing(clientId, noteId, session.criticLine());
            }
            if (session.reflectiveQuestion() != null) {
                framework.reflection().recordAnswer(clientId, question(session.reflectiveQuestion()),
                        noteId, session.reflectiveAnswer());
            }
            if (session.riskReviewed()) {
                framework.risk().recordReview(clientId, session.startsAt().plusMinutes(55), CLINICIAN,
                        "Passive thoughts of not wanting to be here; no plan or intent. Safety plan reviewed and agreed.");
            }
            if (session.signedAt() != null) { // a signed session
                clock.set(session.signedAt().toInstant());
                notes.sign(noteId, CLINICIAN, session.signedAt().toInstant());
                if (session.addendum() != null) {
                    notes.addAddendum(noteId, AddendumKind.CORRECTION, CLINICIAN, session.addendum(),
                            session.signedAt().plusDays(2).toInstant());
                }
            }
        }
        if (plan.status().equals("discharged")) {
            LocalDate discharged = Objects.requireNonNull(plan.dischargeDate(), "the planner gives every discharged client a date");
            clock.set(discharged.atTime(LocalTime.NOON).atZone(zone).toInstant());
            clients.discharge(clientId, discharged);
        } else if (plan.status().equals("paused")) {
            clients.changeStatus(clientId, ClientStatus.PAUSED);
        }
    }

    private static NoteContent content(DemoPlan.Session session, NoteFormat format, List<Long> goalIds,
                                       ClinicalFramework framework, Map<String, Long> entryIds) {
        List<NoteSectionText> sections = new ArrayList<>();
        session.sections().forEach((name, text) -> sections.add(new NoteSectionText(Section.fromDb(name), text)));
        List<ThemeObservation> observations = new ArrayList<>();
        for (DemoPlan.Observation o : session.observations()) {
            observations.add(new ThemeObservation(id(o.key(), framework, entryIds), o.intensity(), o.quote(),
                    o.shameKind() == null ? null : ShameKind.fromDb(o.shameKind())));
        }
        List<InterventionUse> interventions = new ArrayList<>();
        for (String key : session.interventions()) {
            interventions.add(new InterventionUse(id(key, framework, entryIds), null));
        }
        List<GoalProgress> progress = new ArrayList<>();
        for (int g = 0; g < session.goalProgress().size() && g < goalIds.size(); g++) {
            progress.add(new GoalProgress(goalIds.get(g), session.goalProgress().get(g), null));
        }
        // the one-line summary names the session's strongest theme by its label, as a clinician would
        String summary = session.observations().isEmpty() ? session.summaryLine()
                : "Focus: " + framework.taxonomy().get(session.observations().get(0).key()).label();
        return new NoteContent(session.startsAt(), session.durationMinutes(), SessionType.fromDb(session.sessionType()),
                Modality.fromDb(session.modality()), Attendance.fromDb(session.attendance()), format, summary,
                sections, session.privateNote(), observations, interventions, progress);
    }

    private static long id(String key, ClinicalFramework framework, Map<String, Long> cache) {
        return cache.computeIfAbsent(key, k -> framework.taxonomy().get(k).id());
    }

    /** The demo plan numbers the reflective questions 1 to 4, in the order the enum declares them. */
    @SuppressWarnings("EnumOrdinal")
    private static ReflectiveQuestion question(int number) {
        return ReflectiveQuestion.values()[number - 1];
    }
}

package org.goldseam.demo;

import java.util.List;
import java.util.Map;

/**
 * What a clinician might write about each taxonomy entry, in Goldseam's own words. The demo writes
 * these into note sections so that search, suggestions and summaries have realistic text to work on.
 */
final class DemoPhrases {
    private DemoPhrases() {
    }

    /** A sentence for the Data / Subjective / Behavior section, keyed by taxonomy entry. */
    static final Map<String, String> OBSERVED = Map.ofEntries(
            Map.entry("trigger.criticism_or_feedback", "A manager's small comment on a report replayed for days; the client called it proof that they are careless."),
            Map.entry("trigger.making_a_mistake", "After a minor error in an invoice the client stayed late redoing the whole month's work."),
            Map.entry("trigger.being_evaluated", "Dreading the annual review; sleep has been broken all week."),
            Map.entry("trigger.fear_of_exposure", "Spoke of waiting to be found out at work although colleagues rate them highly."),
            Map.entry("trigger.reaching_a_goal", "Finished the certification and felt flat within a day; already planning the next, harder one."),
            Map.entry("trigger.abandonment_cue", "Partner was slow to answer messages over the weekend and the client assumed the relationship was ending."),
            Map.entry("trigger.rejection", "Not invited to a friend's dinner; read it as confirmation that people only tolerate them."),
            Map.entry("trigger.comparison_with_others", "Scrolled through a former classmate's promotion and spent the evening listing their own shortfalls."),
            Map.entry("trigger.rest_or_unstructured_time", "A free Sunday brought restlessness and guilt; the client cleaned the flat twice."),
            Map.entry("trigger.receiving_praise", "Deflected praise from the team lead and felt exposed rather than pleased."),
            Map.entry("defense.perfectionism_self_oriented", "Holds themself to standards they would never ask of anyone else; nothing short of flawless counts."),
            Map.entry("defense.perfectionism_other_oriented", "Became harsh with a junior colleague over formatting; later ashamed of the outburst."),
            Map.entry("defense.perfectionism_socially_prescribed", "Believes family and employer expect perfection and that any slip will cost their place."),
            Map.entry("defense.control", "Rewrote the holiday plan in detail so that nothing could go wrong; became tense when others changed it."),
            Map.entry("defense.overachievement", "Working sixty-hour weeks and volunteering for every extra project."),
            Map.entry("defense.people_pleasing", "Said yes to three requests this week that they had no time for, to avoid anyone's disappointment."),
            Map.entry("defense.relational_withdrawal", "Cancelled plans with friends again and stayed home alone."),
            Map.entry("defense.procrastination", "Put off starting the application for weeks because it could not be done perfectly."),
            Map.entry("defense.self_attack", "Inner critic loud after the meeting: a stream of insults about being stupid and a fraud."),
            Map.entry("defense.concealment", "Has told no one about the panic attacks; keeps a composed face at work."),
            Map.entry("defense.attacking_others", "Blamed the partner for the missed booking before noticing their own part."),
            Map.entry("defense.numbing", "Long evenings of series and wine to stop thinking about the day."),
            Map.entry("core_belief.unlovable", "Said that if people knew them properly they would not be loved."),
            Map.entry("core_belief.worthless", "Described feeling worth nothing unless producing something of value."),
            Map.entry("core_belief.fraud", "Repeated that they are a fraud and that their degree was luck."),
            Map.entry("core_belief.not_enough", "Whatever they do, it is never enough; the feeling comes back after every success."),
            Map.entry("core_belief.will_be_abandoned", "Expects that everyone close will leave in the end."),
            Map.entry("core_belief.defective", "Feels something is basically wrong with them at the core."),
            Map.entry("core_belief.conditional_worth", "Only feels acceptable while achieving; rest feels like losing the right to be liked."),
            Map.entry("cost.anxiety", "Anxiety most days: tight chest, racing thoughts before work."),
            Map.entry("cost.depression", "Low spells arrive without warning and last several days."),
            Map.entry("cost.anger_at_self", "Turns anger inwards; calls themself names under their breath."),
            Map.entry("cost.anger_at_others", "Irritable with family after long days; regrets it afterwards."),
            Map.entry("cost.emotional_exhaustion", "Describes being worn out, running on empty since the spring."),
            Map.entry("cost.isolation", "Feels lonely even among colleagues; weekends pass without talking to anyone."),
            Map.entry("cost.self_doubt", "Second-guesses every email and checks it many times before sending."),
            Map.entry("cost.dysregulation", "Swings between frantic activity and collapse; the week felt chaotic."),
            Map.entry("cost.relational_disconnection", "Partner says they feel shut out; conversations stay on logistics."),
            Map.entry("relational_pattern.avoids_closeness", "Keeps friendships at arm's length; leaves before anyone gets close."),
            Map.entry("relational_pattern.unavailable_partners", "Noticed that past partners were all emotionally unavailable or unreliable."),
            Map.entry("relational_pattern.fear_of_abandonment", "Checks the partner's mood constantly, afraid of being left."),
            Map.entry("relational_pattern.alienating_behaviour", "Pushed a friend away with sharp criticism, then felt abandoned."),
            Map.entry("relational_pattern.approval_vigilance", "Scans faces in meetings for the slightest sign of disapproval."),
            Map.entry("strength.self_compassion_shown", "Spoke to themself kindly after a mistake, as they would to a friend."),
            Map.entry("strength.healthy_striving", "Chose a goal because it interests them, not to prove anything."),
            Map.entry("strength.tolerating_imperfection", "Sent a report with a small typo and let it be; anxiety passed within an hour."),
            Map.entry("strength.reaching_out", "Called a friend when feeling low instead of hiding it."),
            Map.entry("strength.setting_boundaries", "Declined an extra project without apologising at length."),
            Map.entry("strength.naming_shame", "Could say 'this is shame' in the moment and stay with the feeling."));

    /** A sentence for the Plan / Intervention section, keyed by intervention entry. */
    static final Map<String, String> PLANNED = Map.ofEntries(
            Map.entry("intervention.psychodynamic_exploration", "Continue exploring how early approval depended on results."),
            Map.entry("intervention.emdr", "Prepare a resource installation; target the memory of the school report next session."),
            Map.entry("intervention.somatic_experiencing", "Track the tightness in the chest with titration and pendulation."),
            Map.entry("intervention.brainspotting", "Return to the brainspot found for the exam memory."),
            Map.entry("intervention.hypnotherapy", "Practise the recorded calm-place induction twice a week."),
            Map.entry("intervention.self_compassion", "Daily self-compassion break after any mistake; note what the critic says."),
            Map.entry("intervention.cognitive_restructuring", "Thought record for 'I am a fraud': evidence for and against."),
            Map.entry("intervention.imperfection_experiments", "Experiment: send one email this week without rereading it."),
            Map.entry("intervention.reflective_inquiry", "Reflect on what would happen if they stopped trying to be perfect."));

    static final List<String> ASSESSMENTS = List.of(
            "The cycle is clear this week: a trigger set off the core belief and the defense followed, at the usual cost.",
            "Some movement: the client noticed the pattern while it was happening, not only afterwards.",
            "Shame sits close to the surface; the client could name it but not yet stay with it.",
            "Less self-attack than in recent sessions; a little more curiosity about where the standards came from.",
            "Presentation consistent with the formulation; risk not raised today.",
            "The client tolerated talking about the mistake without minimising it or attacking themself.");

    static final List<String> CRITIC_LINES = List.of(
            "Anyone could have done that better.",
            "They'll find out you don't belong here.",
            "If you rest now you'll fall behind for good.",
            "They only like you when you're useful.",
            "Don't let anyone see you struggle.",
            "You should have known better by now.",
            "Good isn't good enough.",
            "One mistake and it all falls apart.");

    static final List<String> REFLECTIVE_ANSWERS = List.of(
            "That people would see how ordinary I am and lose interest.",
            "At home, where a B meant silence at dinner.",
            "Probably my father, who never rested either.",
            "I don't know. It would be a relief, and it frightens me.",
            "That I could stop auditioning for my own family.");

    static final List<String> GOALS = List.of(
            "Finish work tasks at a good-enough standard without redoing them",
            "Notice the inner critic and answer it with one kind sentence",
            "Take one full rest day a week without guilt",
            "Share one difficult feeling with a friend or partner each week",
            "Say no to one request a week that does not fit",
            "Reduce checking of sent emails to once");
}

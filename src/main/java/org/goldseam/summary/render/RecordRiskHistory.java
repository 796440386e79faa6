package org.goldseam.summary.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.goldseam.export.ClientRecordExport.Measure;
import org.goldseam.export.ClientRecordExport.RiskFlagEntry;
import org.goldseam.export.ClientRecordExport.RiskReviewPart;
import org.goldseam.export.ClientRecordExport;
import org.goldseam.framework.model.RiskFlag;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;

/** The risk history part of the client record. */
final class RecordRiskHistory {
    private RecordRiskHistory() {
    }

    /**
     * Every flag ever raised, open and resolved, in one table, then every review. A resolved flag
     * says when and by whom, with the reviewer's outcome beside it, so the reader need not match
     * flags to reviews by their dates.
     */
    static void add(Element body, ClientRecordExport record, RecordWording wording, RecordPlaces places) {
        Element section = places.section(body, "record-risk", "Risk history", "the risk history");
        List<RiskFlagEntry> flags = record.risk().allFlags();
        List<RiskReviewPart> reviews = record.risk().reviews();
        if (flags.isEmpty()) {
            Dom.put(section, "p", "No risk flag has ever been raised.");
        } else {
            long open = flags.stream().filter(f -> !f.resolved()).count();
            Dom.put(section, "p", SummaryText.count(flags.size(), "risk flag") + " raised, oldest first; "
                    + (open == 0 ? "none is open" : open + " still open") + ". A flag is raised by a questionnaire answer "
                    + "that calls for a risk assessment; a clinician\u2019s risk review resolves every flag raised before it.", "class", "muted small");
            Dom.put(section, "h3", "Flags");
            Element table = ClinicalSections.table(section, "Raised", "What raised it", "Status");
            ((Element) table.getParentNode()).setAttribute("class", "data risk");
            Map<Long, Measure> measures = new HashMap<>();
            record.measures().forEach(m -> measures.put(m.id(), m));
            for (RiskFlagEntry flag : flags) {
                Element row = Dom.el(table, "tr");
                Dom.put(row, "td", wording.dateTime(flag.raisedAt()), "class", "trend");
                Element what = Dom.el(row, "td", "class", "what");
                Dom.put(what, "div", RiskFlag.reasonInWords(flag.reason()));
                Integer answer = riskAnswer(flag, measures.get(flag.administrationId()));
                if (answer != null) {
                    Dom.put(what, "div", "Answer given: " + answer + " of a possible 3", "class", "muted small");
                }
                Element status = Dom.el(row, "td");
                Element line = Dom.el(status, "div");
                if (flag.resolved()) {
                    Dom.put(line, "strong", "Resolved");
                    Dom.text(line, " on " + wording.dateTime(flag.resolvedAt()) + " by " + flag.resolvedBy());
                    Dom.put(status, "div", "Outcome: " + flag.resolution(), "class", "text");
                } else {
                    Dom.put(line, "strong", "Open", "class", "risk-open");
                    Dom.text(line, ": not yet reviewed");
                }
            }
        }
        if (reviews.isEmpty()) {
            Dom.put(section, "p", "No risk review has been recorded.");
        } else {
            Dom.put(section, "h3", "Reviews");
            Dom.put(section, "p", "Every risk review, including any that resolved no flag.", "class", "muted small");
            Element table = ClinicalSections.table(section, "Date", "Reviewed by", "Outcome");
            ((Element) table.getParentNode()).setAttribute("class", "data risk");
            for (RiskReviewPart review : reviews) {
                Element row = Dom.el(table, "tr");
                Dom.put(row, "td", wording.dateTime(review.reviewedAt()), "class", "trend");
                Dom.put(row, "td", review.reviewer(), "class", "who");
                Dom.put(row, "td", review.outcome());
            }
        }
    }

    /** The answer that raised a PHQ-9 item 9 flag (0 to 3), when the questionnaire is in the record. */
    private static @Nullable Integer riskAnswer(RiskFlagEntry flag, @Nullable Measure measure) {
        if (!RiskFlag.PHQ9_ITEM9.equals(flag.reason()) || measure == null || measure.answers() == null) {
            return null;
        }
        return measure.answers().get("9");
    }
}

package org.goldseam.summary.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.goldseam.summary.SummaryDocument.Header;
import org.goldseam.summary.SummaryDocument.RiskFlagRow;
import org.goldseam.summary.SummaryDocument.RiskReviewRow;
import org.goldseam.summary.SummaryDocument.SessionRow;
import org.goldseam.summary.SummaryDocument;
import org.goldseam.summary.SummarySection;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Fills the XHTML template with one summary: the header, attendance, sessions, risk and signature
 * here, the clinical sections in {@link ClinicalSections}. Sections left out are removed whole.
 */
final class SummaryXhtml {
    static final String TEMPLATE = "/org/goldseam/summary/render/summary.xhtml";
    static final String STYLESHEET = "/org/goldseam/summary/render/summary.css";
    static final String CHART_TYPE = "application/x-goldseam-chart";

    private final SummaryDocument summary;
    private final Document document;
    private final List<ChartSpec> charts = new ArrayList<>();

    private SummaryXhtml(SummaryDocument summary) {
        this.summary = summary;
        this.document = Dom.parseTemplate(TEMPLATE);
    }

    /** The finished document and the charts its {@code object} elements name. */
    record Built(Document document, List<ChartSpec> charts, String title) {
    }

    static Built build(SummaryDocument summary) {
        SummaryXhtml xhtml = new SummaryXhtml(summary);
        String title = xhtml.header();
        ClinicalSections clinical = new ClinicalSections(summary, xhtml.charts);
        for (SummarySection section : SummarySection.values()) {
            Element container = Dom.byId(xhtml.document, "section-" + section.optionName());
            boolean emptyPeriod = summary.noSessions() && (section == SummarySection.ATTENDANCE
                    || section == SummarySection.THEMES || section == SummarySection.SHAME || section == SummarySection.SESSIONS);
            if (!summary.includes(section) || emptyPeriod) {
                Dom.remove(container);
                continue;
            }
            Element body = section == SummarySection.ATTENDANCE ? Dom.byId(xhtml.document, "attendance-stats")
                    : Dom.byId(xhtml.document, section.optionName() + "-body");
            switch (section) {
                case ATTENDANCE -> xhtml.attendance(body);
                case SESSIONS -> xhtml.sessions(body);
                case RISK -> xhtml.risk(body);
                default -> clinical.fill(section, body);
            }
        }
        if (!summary.noSessions()) {
            Dom.remove(Dom.byId(xhtml.document, "no-sessions"));
        }
        xhtml.signature();
        return new Built(xhtml.document, List.copyOf(xhtml.charts), title);
    }

    private String header() {
        Header header = summary.header();
        String title = "Progress summary \u2014 " + header.clientName();
        Dom.byId(document, "title").setTextContent(Dom.clean(title));
        Dom.keywords(document, header.auditAnchor());
        Dom.text(Dom.byId(document, "style"), stylesheet().replace("size: A4;", "size: " + header.paper().css() + ";"));
        Dom.text(Dom.byId(document, "running-header"), "Progress summary \u00b7 " + header.clientName() + " \u00b7 "
                + SummaryText.period(header.period().from(), header.period().to()));
        Dom.text(Dom.byId(document, "client-name"), header.clientName());

        Element facts = Dom.byId(document, "facts-body");
        if (header.dateOfBirth() != null) {
            fact(facts, "Date of birth", SummaryText.date(header.dateOfBirth()));
        }
        fact(facts, "Period", SummaryText.period(header.period().from(), header.period().to()));
        if (header.clinicianName() != null) {
            fact(facts, "Clinician", clinician(header.clinicianName(), header.clinicianCredentials()));
        }
        fact(facts, "Prepared on", SummaryText.date(header.generatedOn()));

        Element notice = Dom.byId(document, "leaves-out");
        List<String> omitted = new ArrayList<>();
        for (SummarySection section : SummarySection.values()) {
            if (!summary.includes(section)) {
                omitted.add(section.title());
            }
        }
        if (!omitted.isEmpty()) {
            Dom.put(notice, "p", "Left out at the clinician's choice: " + String.join(", ", omitted) + ".");
        }
        if (header.initialsOnly()) {
            Dom.put(notice, "p", "The client is named by initials only.");
        }
        long drafts = summary.draftCount();
        if (drafts > 0 && summary.includes(SummarySection.SESSIONS)) {
            Dom.put(notice, "p", SummaryText.count(drafts, "note") + " of this period "
                    + (drafts == 1 ? "is an unsigned draft" : "are unsigned drafts") + "; the session list marks "
                    + (drafts == 1 ? "it" : "them") + ".");
        }
        return title;
    }

    private static String clinician(String name, @Nullable String credentials) {
        return credentials == null ? name : name + ", " + credentials;
    }

    private void fact(Element body, String label, String value) {
        Element row = Dom.el(body, "tr");
        Dom.put(row, "th", label, "scope", "row");
        Dom.put(row, "td", value);
    }

    private void attendance(Element table) {
        SummaryDocument.AttendanceCounts counts = summary.attendance();
        Element head = Dom.el(Dom.el(table, "thead"), "tr");
        Element values = Dom.el(Dom.el(table, "tbody"), "tr");
        String[] labels = {"Sessions held", "Cancelled", "Late cancellations", "Did not attend"};
        int[] numbers = {counts.attended(), counts.cancelled(), counts.lateCancelled(), counts.noShow()};
        for (int i = 0; i < labels.length; i++) {
            Dom.put(head, "th", labels[i], "scope", "col");
            Dom.put(values, "td", Integer.toString(numbers[i]));
        }
        int percent = Math.round(100f * counts.attended() / counts.total());
        Dom.put(table.getParentNode(), "p", "The client attended " + counts.attended() + " of "
                + SummaryText.count(counts.total(), "scheduled session") + " (" + percent + "%).");
    }

    private void sessions(Element body) {
        Element table = ClinicalSections.table(body, "Date", "Type", "Attendance", "Main themes", "Summary");
        for (SessionRow session : summary.sessions()) {
            Element row = Dom.el(table, "tr");
            Element date = Dom.put(row, "td", SummaryText.date(session.date()), "class", "trend");
            if (session.draft()) {
                Dom.put(date, "div", "unsigned draft", "class", "muted small");
            }
            Dom.put(row, "td", SummaryText.sessionType(session.type()));
            Dom.put(row, "td", SummaryText.attendance(session.attendance()));
            Dom.put(row, "td", String.join(", ", session.topThemes()));
            Dom.put(row, "td", session.summaryLine());
        }
    }

    private void risk(Element body) {
        if (summary.riskFlags().isEmpty() && summary.riskReviews().isEmpty()) {
            Dom.put(body, "p", "No risk flag was raised and no risk review was recorded in this period.");
            return;
        }
        if (summary.riskFlags().isEmpty()) {
            Dom.put(body, "p", "No risk flag was raised in this period.");
        } else {
            Dom.put(body, "h3", "Flags raised");
            Element table = ClinicalSections.table(body, "Raised", "Reason", "Review");
            for (RiskFlagRow flag : summary.riskFlags()) {
                Element row = Dom.el(table, "tr");
                Dom.put(row, "td", SummaryText.date(flag.raisedOn()), "class", "trend");
                Dom.put(row, "td", flag.reason());
                Dom.put(row, "td", flag.reviewedOn() == null ? "Open: not yet reviewed"
                        : "Reviewed on " + SummaryText.date(flag.reviewedOn()));
            }
        }
        if (summary.riskReviews().isEmpty()) {
            Dom.put(body, "p", "No risk review was recorded in this period.");
        } else {
            Dom.put(body, "h3", "Reviews");
            Element table = ClinicalSections.table(body, "Date", "Reviewed by", "Outcome");
            for (RiskReviewRow review : summary.riskReviews()) {
                Element row = Dom.el(table, "tr");
                Dom.put(row, "td", SummaryText.date(review.date()), "class", "trend");
                Dom.put(row, "td", review.reviewer());
                Dom.put(row, "td", review.outcome());
            }
        }
    }

    private void signature() {
        Element body = Dom.byId(document, "signature-body");
        Header header = summary.header();
        fact(body, "Clinician", header.clinicianName() == null ? "" : clinician(header.clinicianName(), header.clinicianCredentials()));
        fact(body, "Signature", "");
        fact(body, "Date", "");
    }

    private static String stylesheet() {
        try (InputStream in = SummaryXhtml.class.getResourceAsStream(STYLESHEET)) {
            if (in == null) {
                throw new IllegalStateException("missing stylesheet " + STYLESHEET);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

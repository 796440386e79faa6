package org.goldseam.app.search.ui;

import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import org.goldseam.app.ui.common.Html;
import org.goldseam.app.workspace.Formats;
import org.goldseam.search.ClientMatch;
import org.goldseam.search.model.SparkPoint;
import org.goldseam.search.TextMatch;
import org.goldseam.search.text.Highlight;
import org.goldseam.search.text.Snippet;
import org.goldseam.search.text.TextSource;

/**
 * The pane under the results for the selected client, as HTML: the sessions showing the themes,
 * and the passages where the words were found with the words in bold. Every piece of client text
 * is escaped; only the highlights become markup.
 */
final class MatchDetails {
    private MatchDetails() {
    }

    static String html(ClientMatch match, ZoneId zone, Function<String, String> themeLabel) {
        StringBuilder out = new StringBuilder("<html><body style='margin:6px'>");
        out.append("<div style='font-size:1.1em'><b>").append(Html.escape(match.clientName())).append("</b></div>");
        if (!match.themeCounts().isEmpty()) {
            out.append("<p>");
            match.themeCounts().forEach((key, count) -> out.append(Html.escape(themeLabel.apply(key))).append(": ")
                    .append(count).append(count == 1 ? " session" : " sessions").append(" &nbsp; "));
            out.append("</p><p>Sessions showing the themes (intensity): ");
            List<SparkPoint> shown = match.sparkline().stream().filter(p -> p.intensity() != null).toList();
            for (int i = 0; i < shown.size(); i++) {
                SparkPoint p = shown.get(i);
                out.append(i == 0 ? "" : ", ").append(Html.escape(date(p.startsAt(), zone))).append(" (")
                        .append(p.intensity()).append(')');
            }
            out.append("</p>");
        }
        int withoutPassage = 0;
        for (TextMatch text : match.textMatches()) {
            if (text.snippets().isEmpty()) {
                withoutPassage++;
                continue;
            }
            out.append("<p><b>").append(Html.escape(date(text.startsAt(), zone))).append("</b></p>");
            for (Snippet snippet : text.snippets()) {
                out.append("<p style='margin-left:10px'><i>").append(source(snippet.source())).append("</i> &nbsp;")
                        .append(marked(snippet)).append("</p>");
            }
        }
        if (withoutPassage > 0) {
            out.append("<p>The words also occur in ").append(withoutPassage).append(withoutPassage == 1 ? " other note." : " other notes.")
                    .append("</p>");
        }
        out.append("<p style='color:gray'>Press Enter or double-click the row to open this client at these sessions.</p>");
        return out.append("</body></html>").toString();
    }

    /**
     * The snippet with its highlights in bold. Built from the highlight ranges rather than from
     * {@link Snippet#marked}: escaping after marking would escape the tags, marking after escaping
     * would shift the ranges.
     */
    static String marked(Snippet snippet) {
        StringBuilder out = new StringBuilder();
        String text = snippet.text();
        int at = 0;
        for (Highlight h : snippet.highlights()) {
            out.append(Html.escape(text.substring(at, h.start()))).append("<b>")
                    .append(Html.escape(text.substring(h.start(), h.end()))).append("</b>");
            at = h.end();
        }
        return out.append(Html.escape(text.substring(at))).toString();
    }

    private static String source(TextSource source) {
        return switch (source) {
            case NOTE -> "Note";
            case ADDENDUM -> "Addendum";
            case QUOTE -> "Client's words";
            case INNER_CRITIC -> "Inner critic";
            case PRIVATE -> "Private psychotherapy notes";
        };
    }

    private static String date(java.time.OffsetDateTime at, ZoneId zone) {
        return at == null ? "" : Formats.date(at.atZoneSameInstant(zone).toLocalDate());
    }
}

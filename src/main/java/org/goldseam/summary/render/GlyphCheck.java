package org.goldseam.summary.render;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.goldseam.summary.SummaryException;
import org.goldseam.summary.SummaryProblem;
import org.goldseam.summary.SummarySection;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Refuses a summary that would print a character none of the shipped fonts has. Left alone, the
 * PDF engine would draw such a character as "#" and the file would still validate: a name or a
 * quote silently changed in a clinical record. The message names each character, its code point and
 * the part of the summary it is in, so the clinician can find it.
 */
final class GlyphCheck {
    /** Elements the stylesheet sets in bold: their text is drawn with DejaVu Sans Bold. */
    private static final Set<String> BOLD = Set.of("h1", "h2", "h3", "h4", "th", "strong");
    /** The running footer comes from the stylesheet, not from the document. */
    static final String FOOTER = "Confidential \u2014 page 0123456789 of";
    private static final Subject SUMMARY = new Subject("summary", FOOTER,
            "Change the text in the record, or leave out the section that holds it.", Map.of());

    /**
     * What is being checked, for the message: its name ("summary"), the footer its stylesheet prints,
     * the advice that ends the message, and names for elements by id ("the session of 3 Mar 2026"),
     * so the clinician can find the character.
     */
    record Subject(String noun, String footer, String advice, Map<String, String> places) {
        Subject {
            places = Map.copyOf(places);
        }
    }

    private final SummaryFonts fonts = SummaryFonts.get();
    private final Map<Integer, Set<String>> missing = new TreeMap<>();
    private final Subject subject;
    private boolean needsFallback;

    private GlyphCheck(Subject subject) {
        this.subject = subject;
    }

    /**
     * Checks every character; returns whether any of them needs the CJK fallback font. Most
     * documents need only DejaVu Sans, and leaving the 4 MB fallback out of such a render saves
     * parsing its large character map every time.
     */
    static boolean check(Document document, List<ChartSpec> charts) {
        return check(document, charts, SUMMARY);
    }

    /** As {@link #check(Document, List)}, for any document the pipeline prints. */
    static boolean check(Document document, List<ChartSpec> charts, Subject subject) {
        GlyphCheck check = new GlyphCheck(subject);
        check.text(subject.footer(), false, "the page footer");
        Element body = (Element) document.getDocumentElement().getElementsByTagNameNS(Dom.XHTML, "body").item(0);
        check.walk(body, false, "the header");
        for (ChartSpec chart : charts) {
            String where = "a chart";
            for (String text : chart.drawnTexts()) {
                check.text(text, false, where);
            }
        }
        if (!check.missing.isEmpty()) {
            throw new SummaryException(SummaryProblem.UNRENDERABLE_TEXT, check.message());
        }
        return check.needsFallback;
    }

    private void walk(Node node, boolean bold, String where) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                String local = element.getLocalName() == null ? element.getNodeName() : element.getLocalName();
                walk(element, bold || BOLD.contains(local), place(element, where));
            } else if (child.getNodeType() == Node.TEXT_NODE) {
                text(child.getNodeValue(), bold, where);
            }
        }
    }

    private String place(Element element, String where) {
        String id = element.getAttribute("id");
        String named = subject.places().get(id);
        if (named != null) {
            return named;
        }
        if (id.startsWith("section-")) {
            for (SummarySection section : SummarySection.values()) {
                if (id.equals("section-" + section.optionName())) {
                    return "the section \u201C" + section.title() + "\u201D";
                }
            }
        }
        return switch (id) {
            case "signature" -> "the signature block";
            case "running-header", "header" -> "the header";
            default -> where;
        };
    }

    private void text(String text, boolean bold, String where) {
        text.codePoints().forEach(cp -> {
            if (invisible(cp) || fonts.coversWithoutFallback(cp, bold)) {
                return;
            }
            if (fonts.coversWithFallback(cp)) {
                needsFallback = true;
            } else {
                missing.computeIfAbsent(cp, c -> new LinkedHashSet<>()).add(where);
            }
        });
    }

    /** Spaces, line breaks and format characters take no glyph of their own. */
    private static boolean invisible(int cp) {
        int type = Character.getType(cp);
        return Character.isWhitespace(cp) || Character.isISOControl(cp) || type == Character.SPACE_SEPARATOR
                || type == Character.FORMAT;
    }

    private String message() {
        List<String> parts = new ArrayList<>();
        missing.forEach((cp, places) -> parts.add(String.format(Locale.ROOT, "U+%04X \u201C%s\u201D (%s)",
                cp, new String(Character.toChars(cp)), String.join(", ", places))));
        return "The " + subject.noun() + " was not written: the fonts Goldseam embeds in PDFs have no glyph for "
                + (parts.size() == 1 ? "this character: " : "these " + parts.size() + " characters: ")
                + String.join("; ", parts) + ". A PDF would show them as \u201C#\u201D, so nothing was written. "
                + subject.advice();
    }
}

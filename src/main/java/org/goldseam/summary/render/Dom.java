package org.goldseam.summary.render;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Small helpers for building the summary as a DOM. Every user string goes in through
 * {@link #text}, which makes a text node: markup characters in a name or a note ({@code <}, {@code &},
 * quotes) stay characters and can never become markup.
 */
final class Dom {
    static final String XHTML = "http://www.w3.org/1999/xhtml";

    private Dom() {
    }

    /** Parses a template resource next to this class, with external entities and DTDs switched off. */
    static Document parseTemplate(String resource) {
        try (InputStream in = Dom.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing template " + resource);
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            return builder.parse(in);
        } catch (IOException | ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the summary template " + resource + " cannot be read", e);
        }
    }

    /**
     * Fills the template's keywords, which become the PDF's keywords (and its XMP pdf:Keywords), or
     * removes them when there are none.
     */
    static void keywords(Document document, @Nullable String keywords) {
        Element meta = byId(document, "keywords");
        if (keywords == null) {
            meta.getParentNode().removeChild(meta);
        } else {
            meta.setAttribute("content", keywords);
        }
    }

    static Element byId(Document document, String id) {
        Element found = find(document.getDocumentElement(), id);
        if (found == null) {
            throw new IllegalStateException("the summary template has no element " + id);
        }
        return found;
    }

    private static @Nullable Element find(Element element, String id) {
        if (id.equals(element.getAttribute("id"))) {
            return element;
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                Element found = find(e, id);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Appends a new element; {@code attributes} are name, value pairs. */
    static Element el(Node parent, String tag, String... attributes) {
        Document document = parent instanceof Document d ? d : parent.getOwnerDocument();
        Element element = document.createElementNS(XHTML, tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            element.setAttribute(attributes[i], clean(attributes[i + 1]));
        }
        parent.appendChild(element);
        return element;
    }

    /** Appends an element holding {@code text}. */
    static Element put(Node parent, String tag, String text, String... attributes) {
        Element element = el(parent, tag, attributes);
        text(element, text);
        return element;
    }

    static void text(Node parent, String text) {
        if (text != null && !text.isEmpty()) {
            parent.appendChild(parent.getOwnerDocument().createTextNode(clean(text)));
        }
    }

    static void remove(Element element) {
        element.getParentNode().removeChild(element);
    }

    /**
     * Control characters (other than tab and line breaks) have no glyph and no meaning in print; a
     * stray one pasted into a note would otherwise fail the glyph check with a puzzling message.
     * A lone surrogate half is not a character at all and becomes U+FFFD.
     */
    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append('\uFFFD');
            } else if (c == '\t' || c == '\n' || c == '\r' || !Character.isISOControl(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}

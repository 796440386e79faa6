package org.goldseam.summary.render;

import java.util.HashMap;
import java.util.Map;
import org.w3c.dom.Element;

/** Names for the parts of a record by element id, so the glyph check can say where a character it cannot print stands. */
final class RecordPlaces {
    private final Map<String, String> names = new HashMap<>();

    /** A top-level part of the record: a heading, and a name for the glyph check's message. */
    Element section(Element body, String id, String heading, String place) {
        Element section = Dom.el(body, "div", "id", id);
        names.put(id, place);
        Dom.put(section, "h2", heading);
        return section;
    }

    void name(String id, String place) {
        names.put(id, place);
    }

    Map<String, String> all() {
        return Map.copyOf(names);
    }
}

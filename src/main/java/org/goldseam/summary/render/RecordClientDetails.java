package org.goldseam.summary.render;

import static org.goldseam.summary.render.RecordText.addIfAny;
import static org.goldseam.summary.render.RecordText.capitalise;
import static org.goldseam.summary.render.RecordText.date;
import static org.goldseam.summary.render.RecordText.factIfAny;

import java.util.ArrayList;
import java.util.List;
import org.goldseam.export.ClientRecordExport.Client;
import org.goldseam.export.ClientRecordExport;
import org.w3c.dom.Element;

/** The client record's first part: the client's details, each only when it was given. */
final class RecordClientDetails {
    private RecordClientDetails() {
    }

    static void add(Element body, ClientRecordExport record, RecordPlaces places) {
        Element section = places.section(body, "record-client", "Client details", "the client details");
        Client c = record.client();
        Element facts = Dom.el(Dom.el(section, "table", "class", "facts"), "tbody");
        factIfAny(facts, "Full name", c.fullName());
        factIfAny(facts, "Preferred name", c.preferredName());
        factIfAny(facts, "Pronouns", c.pronouns());
        factIfAny(facts, "Date of birth", date(c.dateOfBirth()));
        factIfAny(facts, "Email", c.email());
        factIfAny(facts, "Phone", c.phone());
        if (c.address() != null && !c.address().isBlank()) {
            Element row = Dom.el(facts, "tr");
            Dom.put(row, "th", "Address", "scope", "row");
            Dom.put(row, "td", c.address(), "class", "text");
        }
        List<String> contact = new ArrayList<>();
        addIfAny(contact, c.emergencyContactName());
        if (c.emergencyContactRelation() != null && !c.emergencyContactRelation().isBlank()) {
            contact.add("(" + c.emergencyContactRelation() + ")");
        }
        addIfAny(contact, c.emergencyContactPhone());
        factIfAny(facts, "Emergency contact", String.join(" ", contact));
        factIfAny(facts, "Referred by", c.referralSource());
        factIfAny(facts, "First seen", date(c.intakeDate()));
        factIfAny(facts, "Status", capitalise(c.status()));
        factIfAny(facts, "Discharged on", date(c.dischargeDate()));
    }
}

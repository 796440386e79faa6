package org.goldseam.app.workspace.ui;

import java.awt.Component;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;
import org.goldseam.app.lock.ui.LockGuard;
import org.goldseam.clients.Client;
import org.goldseam.clients.ClientDetails;
import org.jspecify.annotations.Nullable;

/**
 * Adding or editing a client's details. A view method returning a plain value: empty when the
 * clinician cancels. Only the name and intake date are required; the rest can wait.
 */
final class ClientDialog {
    private ClientDialog() {
    }

    @SuppressWarnings("try") // the lock guard is held, unused, for as long as the dialog is open
    static Optional<ClientDetails> show(Component owner, @Nullable Client existing, LocalDate today) {
        JTextField fullName = field("fullName", "Full name");
        JTextField preferred = field("preferredName", "Preferred name");
        JComboBox<String> pronouns = new JComboBox<>(new String[] {"", "she/her", "he/him", "they/them", "she/they", "he/they"});
        pronouns.setEditable(true);
        pronouns.setName("pronouns");
        pronouns.getAccessibleContext().setAccessibleName("Pronouns");
        JTextField birth = field("dateOfBirth", "Date of birth");
        JTextField intake = field("intakeDate", "Intake date");
        JTextField email = field("email", "Email");
        JTextField phone = field("phone", "Phone");
        JTextField address = field("address", "Address");
        JTextField emergencyName = field("emergencyName", "Emergency contact");
        JTextField emergencyPhone = field("emergencyPhone", "Emergency contact phone");
        JTextField emergencyRelation = field("emergencyRelation", "Emergency contact's relation");
        JTextField referral = field("referral", "Referral source");
        birth.putClientProperty("JTextField.placeholderText", "YYYY-MM-DD");
        intake.putClientProperty("JTextField.placeholderText", "YYYY-MM-DD");
        if (existing != null) {
            fullName.setText(existing.fullName());
            preferred.setText(nullToEmpty(existing.preferredName()));
            pronouns.setSelectedItem(nullToEmpty(existing.pronouns()));
            birth.setText(existing.dateOfBirth() == null ? "" : existing.dateOfBirth().toString());
            intake.setText(existing.intakeDate().toString());
            email.setText(nullToEmpty(existing.email()));
            phone.setText(nullToEmpty(existing.phone()));
            address.setText(nullToEmpty(existing.address()));
            emergencyName.setText(nullToEmpty(existing.emergencyContactName()));
            emergencyPhone.setText(nullToEmpty(existing.emergencyContactPhone()));
            emergencyRelation.setText(nullToEmpty(existing.emergencyContactRelation()));
            referral.setText(nullToEmpty(existing.referralSource()));
        } else {
            intake.setText(today.toString());
        }

        JPanel form = new JPanel(new MigLayout("wrap 2, insets 4, gap 6 6", "[right][320!, fill]"));
        JLabel problem = new JLabel(" ");
        problem.setForeground(javax.swing.UIManager.getColor("Goldseam.risk"));
        row(form, "Full name *", fullName);
        row(form, "Preferred name", preferred);
        row(form, "Pronouns", pronouns);
        row(form, "Date of birth", birth);
        row(form, "Intake date *", intake);
        row(form, "Email", email);
        row(form, "Phone", phone);
        row(form, "Address", address);
        row(form, "Emergency contact", emergencyName);
        row(form, "Their phone", emergencyPhone);
        row(form, "Relation", emergencyRelation);
        row(form, "Referred by", referral);
        form.add(problem, "span 2, growx");
        SwingUtilities.invokeLater(fullName::requestFocusInWindow);

        String title = existing == null ? "New client" : "Edit client";
        java.util.function.Supplier<ClientDetails> parse = () -> {
            String name = fullName.getText().strip();
            if (name.isEmpty()) {
                throw new IllegalArgumentException("Please enter the client's full name.");
            }
            LocalDate intakeDate = date(intake.getText(), "intake date");
            if (intakeDate == null) {
                throw new IllegalArgumentException("Please enter the intake date, as YYYY-MM-DD.");
            }
            LocalDate born = date(birth.getText(), "date of birth");
            if (born != null && born.isAfter(today)) {
                throw new IllegalArgumentException("The date of birth is in the future.");
            }
            return new ClientDetails(name, blankToNull(preferred.getText()),
                    blankToNull(String.valueOf(pronouns.getSelectedItem())), born, blankToNull(email.getText()),
                    blankToNull(phone.getText()), blankToNull(address.getText()), blankToNull(emergencyName.getText()),
                    blankToNull(emergencyPhone.getText()), blankToNull(emergencyRelation.getText()),
                    blankToNull(referral.getText()), intakeDate);
        };
        // a lock while the form is open: complete details are saved (they can be edited again);
        // anything else typed is kept in memory and filled in when this form is opened again
        String draftKey = (existing == null ? "new client" : "client:" + existing.id()) + "|" + title;
        java.util.List<Object> opened = LockGuard.values(form);
        LockGuard.drafts().take(draftKey).ifPresent(kept -> {
            if (LockGuard.fill(form, kept.values())) {
                problem.setText("Filled in with what you typed before Goldseam locked.");
            }
        });
        boolean[] lockedWhileOpen = new boolean[1];
        try (LockGuard.Registration guard = LockGuard.guard(form, () -> {
            lockedWhileOpen[0] = true;
            java.util.List<Object> typed = LockGuard.values(form);
            if (typed.equals(opened)) {
                LockGuard.answer(form, JOptionPane.CLOSED_OPTION);
                return;
            }
            try {
                var unused = parse.get(); // only whether what was typed reads as a client
                LockGuard.answer(form, JOptionPane.OK_OPTION);
            } catch (IllegalArgumentException incomplete) {
                LockGuard.drafts().keep(draftKey, title, typed);
                LockGuard.answer(form, JOptionPane.CLOSED_OPTION);
            }
        })) {
            while (true) {
                int answer = JOptionPane.showConfirmDialog(owner, form, title, JOptionPane.OK_CANCEL_OPTION, JOptionPane.PLAIN_MESSAGE);
                if (answer != JOptionPane.OK_OPTION) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(parse.get());
                } catch (IllegalArgumentException invalid) {
                    if (lockedWhileOpen[0]) {
                        return Optional.empty();
                    }
                    problem.setText(invalid.getMessage());
                }
            }
        }
    }

    /** Asks for the discharge date; empty when cancelled. */
    static Optional<LocalDate> askDischargeDate(Component owner, String clientName, LocalDate today) {
        JTextField date = field("dischargeDate", "Discharge date");
        date.setText(today.toString());
        JPanel panel = new JPanel(new MigLayout("wrap 1, insets 4", "[360!, fill]"));
        panel.add(new JLabel("<html>Discharge <b>" + org.goldseam.app.ui.common.Html.escape(clientName)
                + "</b>? Their record stays in the vault; they move to the discharged list.</html>"));
        panel.add(date);
        JLabel problem = new JLabel(" ");
        panel.add(problem);
        while (true) {
            int answer = JOptionPane.showConfirmDialog(owner, panel, "Discharge client", JOptionPane.OK_CANCEL_OPTION,
                    JOptionPane.QUESTION_MESSAGE);
            if (answer != JOptionPane.OK_OPTION) {
                return Optional.empty();
            }
            try {
                LocalDate chosen = date(date.getText(), "discharge date");
                if (chosen != null) {
                    return Optional.of(chosen);
                }
                problem.setText("Please enter the discharge date, as YYYY-MM-DD.");
            } catch (IllegalArgumentException invalid) {
                problem.setText(invalid.getMessage());
            }
        }
    }

    private static JTextField field(String name, String accessible) {
        JTextField field = new JTextField();
        field.setName(name);
        field.getAccessibleContext().setAccessibleName(accessible);
        return field;
    }

    private static void row(JPanel form, String label, JComponent field) {
        JLabel text = new JLabel(label);
        text.setLabelFor(field);
        form.add(text);
        form.add(field);
    }

    private static @Nullable LocalDate date(String text, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("The " + what + " '" + text.strip() + "' is not a date; write it as YYYY-MM-DD, e.g. 2026-03-14.");
        }
    }

    private static @Nullable String blankToNull(String text) {
        return text == null || text.isBlank() || text.equals("null") ? null : text.strip();
    }

    private static String nullToEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }
}

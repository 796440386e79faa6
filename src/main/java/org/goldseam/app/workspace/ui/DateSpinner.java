package org.goldseam.app.workspace.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.Date;
import javax.swing.JSpinner;
import javax.swing.SpinnerDateModel;

/**
 * A date chosen with the keyboard: arrows step the day, month or year under the caret. Kept small
 * and dependency-free; the dates here are the day a measure was taken or a goal's target.
 */
final class DateSpinner extends JSpinner {
    private static final long serialVersionUID = 1L;
    private static final ZoneId ZONE = ZoneId.systemDefault();

    DateSpinner(LocalDate initial, String accessibleName) {
        super(new SpinnerDateModel(toDate(initial), null, null, Calendar.DAY_OF_MONTH));
        setEditor(new JSpinner.DateEditor(this, "d MMM yyyy"));
        Views.named(this, accessibleName);
        Views.named(((JSpinner.DefaultEditor) getEditor()).getTextField(), accessibleName);
    }

    /** The date shown; text typed but not yet committed is taken if it parses, else the last good date stays. */
    LocalDate date() {
        try {
            commitEdit();
        } catch (java.text.ParseException e) {
            // the field shows the last valid date again once focus leaves it
        }
        return ((Date) getValue()).toInstant().atZone(ZONE).toLocalDate();
    }

    void setDate(LocalDate date) {
        setValue(toDate(date));
    }

    private static Date toDate(LocalDate date) {
        return Date.from(date.atStartOfDay(ZONE).toInstant());
    }
}

package org.goldseam.app.workspace;

import org.jspecify.annotations.Nullable;
import java.beans.PropertyChangeListener;
import java.beans.PropertyChangeSupport;
import java.util.Objects;

/**
 * Observable state for presenters (after Sweet Home 3D's controllers): properties are an enum,
 * and a change is announced only when the value really changed.
 */
public abstract class ObservableModel<P extends Enum<P>> {
    private final PropertyChangeSupport support = new PropertyChangeSupport(this);

    public void addListener(P property, PropertyChangeListener listener) {
        support.addPropertyChangeListener(property.name(), listener);
    }

    public void removeListener(P property, PropertyChangeListener listener) {
        support.removePropertyChangeListener(property.name(), listener);
    }

    /** Announces {@code property} when {@code oldValue} and {@code newValue} differ. */
    protected void changed(P property, @Nullable Object oldValue, @Nullable Object newValue) {
        if (!Objects.equals(oldValue, newValue)) {
            support.firePropertyChange(property.name(), oldValue, newValue);
        }
    }
}

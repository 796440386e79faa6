package org.goldseam.app.workspace;

import java.beans.PropertyChangeListener;
import java.beans.PropertyChangeSupport;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Observable state for a Swing-free presenter: listeners subscribe to one property of an enum,
 * and a setter fires only when the value really changed, so views never repaint for nothing.
 */
public abstract class ObservableState<P extends Enum<P>> {
    private final PropertyChangeSupport support = new PropertyChangeSupport(this);

    public final void addListener(P property, PropertyChangeListener listener) {
        support.addPropertyChangeListener(property.name(), listener);
    }

    public final void removeListener(P property, PropertyChangeListener listener) {
        support.removePropertyChangeListener(property.name(), listener);
    }

    /** Fires {@code property} if {@code newValue} differs from {@code oldValue}; returns whether it did. */
    protected final boolean fire(P property, @Nullable Object oldValue, @Nullable Object newValue) {
        if (Objects.equals(oldValue, newValue)) {
            return false;
        }
        support.firePropertyChange(property.name(), oldValue, newValue);
        return true;
    }
}

package org.goldseam.app.preferences;

/** Light, dark, or whatever the desktop uses. */
public enum ThemeChoice {
    LIGHT, DARK, SYSTEM
}

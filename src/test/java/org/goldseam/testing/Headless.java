package org.goldseam.testing;

/**
 * Surefire starts the test JVM with {@code -Djava.awt.headless=false} so the Swing tests can use the
 * virtual display CI provides. Without any display, that setting makes every use of AWT fail, even
 * off-screen drawing such as the PDF summary's charts. Tests that draw off-screen call this first: with
 * no display it switches AWT to headless before anything has started it, and with a display it does
 * nothing.
 */
public final class Headless {
    private Headless() {
    }

    public static void whenNoDisplay() {
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            System.setProperty("java.awt.headless", "true");
        }
    }
}

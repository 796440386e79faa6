package org.goldseam.app.ui.common;

import java.time.Duration;
import javax.swing.Timer;
import org.goldseam.app.workspace.Scheduler;

/** {@link Scheduler} on Swing timers: actions run on the event thread. */
public final class SwingScheduler implements Scheduler {
    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        Timer timer = new Timer((int) Math.min(Integer.MAX_VALUE, delay.toMillis()), e -> action.run());
        timer.setRepeats(false);
        timer.start();
        return timer::stop;
    }
}

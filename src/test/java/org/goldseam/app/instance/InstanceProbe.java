package org.goldseam.app.instance;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A Goldseam start reduced to its single-instance step, run as a process of its own by
 * {@link SingleInstanceTest}: {@code first} (then {@code asked} on each request, and it runs until
 * its standard input closes), {@code handed-over}, or {@code unavailable: why}.
 */
public final class InstanceProbe {
    private InstanceProbe() {
    }

    public static void main(String[] args) throws Exception {
        SingleInstance.Claim claim = SingleInstance.claim(Path.of(args[0]), Path.of(args[1]));
        if (claim instanceof SingleInstance.First first) {
            CountDownLatch asked = new CountDownLatch(1);
            first.instance().onRequest(() -> {
                System.out.println("asked");
                System.out.flush();
                asked.countDown();
            });
            System.out.println("first");
            System.out.flush();
            // runs until the test closes our input (or kills us); at most a minute
            Thread reader = new Thread(() -> {
                try {
                    while (System.in.read() >= 0) {
                        // wait for the end of input
                    }
                } catch (java.io.IOException e) {
                    // the end all the same
                }
            });
            reader.setDaemon(true);
            reader.start();
            reader.join(TimeUnit.MINUTES.toMillis(1));
            first.instance().close();
        } else if (claim instanceof SingleInstance.HandedOver) {
            System.out.println("handed-over");
        } else if (claim instanceof SingleInstance.Unavailable unavailable) {
            System.out.println("unavailable: " + unavailable.why());
            System.exit(3);
        }
    }
}

package org.goldseam.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A demo vault's size: how many clients, and how many sessions each. */
public record VaultSize(int clients, int sessions) {
    public VaultSize {
        if (clients < 1 || sessions < 1) {
            throw new IllegalArgumentException("a vault size needs at least one client and one session");
        }
    }

    /** Reads "100x30,300x30". */
    public static List<VaultSize> parseList(String text) {
        List<VaultSize> sizes = new ArrayList<>();
        for (String part : text.split(",")) {
            String[] numbers = part.trim().toLowerCase(Locale.ROOT).split("[x×]");
            if (numbers.length != 2) {
                throw new IllegalArgumentException("A size is CLIENTSxSESSIONS, e.g. 100x30; \"" + part.trim() + "\" is not.");
            }
            try {
                sizes.add(new VaultSize(Integer.parseInt(numbers[0].trim()), Integer.parseInt(numbers[1].trim())));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("A size is CLIENTSxSESSIONS in whole numbers, e.g. 100x30; \"" + part.trim() + "\" is not.");
            }
        }
        sizes.sort(java.util.Comparator.comparingLong(VaultSize::notes));
        return List.copyOf(sizes);
    }

    public long notes() {
        return (long) clients * sessions;
    }

    @Override
    public String toString() {
        return String.format("%,d × %d", clients, sessions);
    }
}

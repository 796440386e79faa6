package org.goldseam.vault;

import net.jqwik.api.Arbitrary;

/** Lets the backup package's fuzz test reuse the same mutations. */
public final class FileReaderFuzzTestSupport {
    private FileReaderFuzzTestSupport() {
    }

    public static Arbitrary<String> mutationsOf(String valid) {
        return FileReaderFuzzTest.mutationsOf(valid);
    }
}

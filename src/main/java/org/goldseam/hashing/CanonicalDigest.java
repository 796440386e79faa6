package org.goldseam.hashing;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A SHA-256 digest over a sequence of typed, self-delimiting tokens, so that two different
 * sequences never produce the same byte stream.
 *
 * <p>Encoding, in order of calls:
 * <ul>
 *   <li>{@link #start(String)} writes its domain tag as a text token, so a note hash can never
 *       equal an audit hash over the same values;</li>
 *   <li>text: byte {@code 'S'}, a 4-byte big-endian count of UTF-16 code units, then the string as
 *       UTF-16BE. UTF-16 rather than UTF-8 because it is lossless for every Java string, even one
 *       holding an unpaired surrogate pasted from a damaged document;</li>
 *   <li>null (text or number): the single byte {@code 'N'}, so null and "" differ;</li>
 *   <li>number: byte {@code 'L'} and 8 bytes big-endian two's complement;</li>
 *   <li>count of a following list: byte {@code 'C'} and 4 bytes big-endian.</li>
 * </ul>
 * The result is lower-case hex, 64 characters. Changing this encoding invalidates every stored
 * hash: add a new domain tag instead.
 */
public final class CanonicalDigest {
    private final MessageDigest sha;

    private CanonicalDigest() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // every Java runtime must provide SHA-256
            throw new IllegalStateException(e);
        }
    }

    public static CanonicalDigest start(String domainTag) {
        return new CanonicalDigest().text(Objects.requireNonNull(domainTag));
    }

    public CanonicalDigest text(@Nullable String value) {
        if (value == null) {
            sha.update((byte) 'N');
            return this;
        }
        sha.update((byte) 'S');
        sha.update(ByteBuffer.allocate(4).putInt(value.length()).array());
        sha.update(value.getBytes(StandardCharsets.UTF_16BE));
        return this;
    }

    public CanonicalDigest number(long value) {
        sha.update((byte) 'L');
        sha.update(ByteBuffer.allocate(8).putLong(value).array());
        return this;
    }

    public CanonicalDigest number(@Nullable Long value) {
        if (value == null) {
            sha.update((byte) 'N');
            return this;
        }
        return number(value.longValue());
    }

    public CanonicalDigest count(int size) {
        sha.update((byte) 'C');
        sha.update(ByteBuffer.allocate(4).putInt(size).array());
        return this;
    }

    public String hex() {
        return HexFormat.of().formatHex(sha.digest());
    }
}

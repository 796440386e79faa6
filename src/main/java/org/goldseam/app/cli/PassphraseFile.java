package org.goldseam.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;

/**
 * Reads a passphrase from the first line of a file, as {@code --passphrase-file} asks, treating the
 * file as possibly hostile or simply odd:
 * <ul>
 *   <li>only a regular file is read: a pipe with no writer would block the command forever (opening
 *       a FIFO waits in the kernel, where no time limit reaches it), and a device such as
 *       {@code /dev/zero} never ends;</li>
 *   <li>at most {@value #LIMIT} bytes are read: a passphrase is a line, and a huge file must be a
 *       clear refusal, not an {@code OutOfMemoryError};</li>
 *   <li>a UTF-8 byte-order mark (Notepad writes one) is not part of the passphrase, nor is the
 *       line end ({@code \n} or {@code \r\n});</li>
 *   <li>the bytes must be UTF-8, and a control character (NUL and the like; a tab is allowed) is
 *       refused: nobody can type it at the unlock screen;</li>
 *   <li>no {@code String} is ever made of the passphrase: bytes are decoded straight into a
 *       {@code char[]} and every buffer is wiped.</li>
 * </ul>
 */
final class PassphraseFile {
    /** Far more than any passphrase, far less than anything that could hurt. */
    static final int LIMIT = 4096;
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private PassphraseFile() {
    }

    /** The first line of {@code file}, without its line end; the caller wipes it after use. */
    static char[] read(Path file) {
        byte[] bytes = readBounded(file);
        try {
            int start = startsWith(bytes, BOM) ? BOM.length : 0;
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            if (end > start && bytes[end - 1] == '\r') {
                end--;
            }
            if (end == start) {
                throw new UsageException("The passphrase file " + file + " is empty: its first line holds no passphrase.");
            }
            char[] passphrase = decode(bytes, start, end, file);
            for (char c : passphrase) {
                if (Character.isISOControl(c) && c != '\t') {
                    Arrays.fill(passphrase, '\0');
                    throw new UsageException("The passphrase file " + file + " holds control characters (such as NUL) "
                            + "in its first line, which no keyboard types. Write the passphrase as plain text.");
                }
            }
            return passphrase;
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private static byte[] readBounded(Path file) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new UsageException("The passphrase file " + file + " does not exist.");
        } catch (IOException e) {
            throw new UsageException("The passphrase file " + file + " could not be read (" + e.getClass().getSimpleName() + ").");
        }
        if (!attributes.isRegularFile()) {
            throw new UsageException("The passphrase file " + file + " is not a plain file (it is a folder, a pipe or a "
                    + "device). Write the passphrase into a file only you can read, and name that file.");
        }
        if (attributes.size() > LIMIT) {
            throw new UsageException(tooLarge(file));
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(LIMIT + 1);
            if (bytes.length > LIMIT) {
                Arrays.fill(bytes, (byte) 0);
                throw new UsageException(tooLarge(file));
            }
            return bytes;
        } catch (IOException e) {
            throw new UsageException("The passphrase file " + file + " could not be read (" + e.getClass().getSimpleName() + ").");
        }
    }

    private static String tooLarge(Path file) {
        return "The passphrase file " + file + " is larger than " + LIMIT + " bytes, so it cannot be a passphrase file. "
                + "Name the file that holds only the passphrase.";
    }

    private static char[] decode(byte[] bytes, int start, int end, Path file) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        char[] chars = new char[end - start]; // UTF-8 never gives more chars than bytes
        CharBuffer out = CharBuffer.wrap(chars);
        try {
            var result = decoder.decode(ByteBuffer.wrap(bytes, start, end - start), out, true);
            if (!result.isError()) {
                result = decoder.flush(out);
            }
            if (result.isError()) {
                result.throwException();
            }
            return Arrays.copyOf(chars, out.position());
        } catch (CharacterCodingException e) {
            throw new UsageException("The passphrase file " + file + " is not UTF-8 text. Save it as UTF-8 and try again.");
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}

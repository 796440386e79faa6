package org.goldseam.vault.persistence;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;

/**
 * The one definition of a row seal: 64 bits of SHA-256 over the row's other values, kept in the
 * row's {@value #COLUMN} column. The database computes it as a row is written ({@link RowSealTrigger});
 * {@link RowSeals} computes it again from what a read gives back. A value changed by damage (H2
 * keeps no checksum over page contents, and a flipped byte of an encrypted page changes a whole
 * 16-byte block that may still decode) then no longer matches its seal.
 *
 * <p>The encoding is canonical and does not depend on the column order: each non-null value as its
 * column's name, a type tag and its text, sorted by column name. A column added later that is null
 * in old rows leaves their seals valid; a migration that fills a new column in old rows, or renames
 * one, must reseal those rows ({@code UPDATE t SET row_seal = NULL} fires the trigger).
 * Values are normalised, so that what a trigger is handed and what a query returns for the same
 * value (a {@code LocalDate} or a {@code java.sql.Date}, a {@code Short} or an {@code Integer})
 * give the same seal. Not a defence against someone who holds the passphrase: the hash is unkeyed.
 */
public final class RowSeal {
    /** The column that holds a row's seal, in every sealed table. */
    public static final String COLUMN = "ROW_SEAL";
    private static final byte[] DOMAIN = "goldseam-row-seal-v1".getBytes(StandardCharsets.UTF_8);

    private RowSeal() {
    }

    /**
     * The seal of a row.
     *
     * @param columns the table's column names, in the row's order (the seal column among them)
     * @param row     the row's values, in the same order; the seal column's value is ignored
     */
    static long of(String[] columns, Object[] row) throws SQLException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        out.writeBytes(DOMAIN);
        for (int i : order(columns)) {
            Object value = i < row.length ? row[i] : null;
            if (value == null || columns[i].equalsIgnoreCase(COLUMN)) {
                continue;
            }
            put(out, columns[i].toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            String text = text(value);
            out.write(text.charAt(0));
            put(out, text.substring(1).getBytes(StandardCharsets.UTF_8));
        }
        MessageDigest sha = SHA_256.get();
        sha.reset();
        return ByteBuffer.wrap(sha.digest(out.toByteArray())).getLong();
    }

    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    });

    /** The last column list sorted, and its order: a verification or a bulk insert seals many rows of one table in turn. */
    private static volatile Object[] lastOrder = {new String[0], new int[0]};

    private static int[] order(String[] columns) {
        Object[] last = lastOrder;
        if (last[0] == columns) {
            return (int[]) last[1];
        }
        Integer[] boxed = new Integer[columns.length];
        for (int i = 0; i < boxed.length; i++) {
            boxed[i] = i;
        }
        Arrays.sort(boxed, Comparator.comparing(i -> columns[i]));
        int[] order = Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
        lastOrder = new Object[] {columns, order};
        return order;
    }

    /** Length-prefixed, so that no two different rows encode alike. */
    private static void put(ByteArrayOutputStream out, byte[] bytes) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
        out.writeBytes(bytes);
    }

    /** A type tag followed by the value's canonical text. */
    private static String text(Object value) throws SQLException {
        if (value instanceof String s) {
            return "s" + s;
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger) {
            return "i" + value;
        }
        if (value instanceof java.math.BigDecimal d) {
            return "d" + d.toPlainString();
        }
        if (value instanceof Boolean b) {
            return "b" + b;
        }
        if (value instanceof java.sql.Date d) {
            return "t" + d.toLocalDate();
        }
        if (value instanceof java.sql.Timestamp t) {
            return "t" + t.toLocalDateTime();
        }
        if (value instanceof java.sql.Time t) {
            return "t" + t.toLocalTime();
        }
        if (value instanceof java.time.temporal.TemporalAccessor t) {
            return "t" + t;
        }
        if (value instanceof Clob clob) {
            return "s" + clob.getSubString(1, (int) Math.min(Integer.MAX_VALUE, clob.length()));
        }
        if (value instanceof byte[] bytes) {
            return "x" + java.util.HexFormat.of().formatHex(bytes);
        }
        if (value instanceof Blob blob) {
            return "x" + java.util.HexFormat.of().formatHex(blob.getBytes(1, (int) Math.min(Integer.MAX_VALUE, blob.length())));
        }
        if (value instanceof Object[] array) {
            StringBuilder all = new StringBuilder("a");
            for (Object element : array) {
                String part = element == null ? "n" : text(element);
                all.append(part.length()).append(':').append(part);
            }
            return all.toString();
        }
        return "o" + value.getClass().getName() + ":" + value;
    }
}

package org.goldseam.vault.persistence;

import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import org.goldseam.vault.VaultException;
import org.goldseam.vault.VaultProblem;
import org.h2.api.ErrorCode;
import org.jooq.exception.DataException;
import org.jooq.exception.DataTypeException;

/**
 * Recognises errors that mean the stored data itself is unreadable — a page that decrypts to
 * nonsense, a value that no longer converts — as opposed to a mistake in a command. A vault can
 * open cleanly and still hold such a page; the clinician then gets the "damaged" message and the
 * way to a backup, not "unexpected error".
 */
public final class StoredDataErrors {
    private static final Set<Integer> DAMAGE = Set.of(ErrorCode.FILE_CORRUPTED_1, ErrorCode.FILE_ENCRYPTION_ERROR_1,
            ErrorCode.DATA_CONVERSION_ERROR_1, ErrorCode.GENERAL_ERROR_1, ErrorCode.IO_EXCEPTION_1,
            ErrorCode.IO_EXCEPTION_2, ErrorCode.DESERIALIZATION_FAILED_1, ErrorCode.UNKNOWN_DATA_TYPE_1,
            // in a vault the migrations have built, a table or column that is not there means a damaged catalog
            ErrorCode.TABLE_OR_VIEW_NOT_FOUND_1, ErrorCode.TABLE_OR_VIEW_NOT_FOUND_DATABASE_EMPTY_1,
            ErrorCode.COLUMN_NOT_FOUND_1,
            // an index that names a row its table no longer holds
            ErrorCode.ROW_NOT_FOUND_IN_PRIMARY_INDEX, ErrorCode.ROW_NOT_FOUND_WHEN_DELETING_1);

    private StoredDataErrors() {
    }

    /** A runtime error raised inside H2's page or value decoding: what a garbled page produces. */
    private static boolean thrownWhileDecoding(Throwable t) {
        if (!(t instanceof RuntimeException) || t.getStackTrace().length == 0) {
            return false;
        }
        String origin = t.getStackTrace()[0].getClassName();
        return origin.startsWith("org.h2.mvstore.") || origin.startsWith("org.h2.value.") || origin.startsWith("org.h2.store.");
    }

    /** jOOQ's "Error while reading field": a fetched value did not convert to the column's Java type. */
    private static boolean readingAField(Throwable t) {
        return t instanceof SQLException && t.getStackTrace().length > 0
                && t.getStackTrace()[0].getClassName().startsWith("org.jooq.impl.CursorImpl");
    }

    /**
     * A value object refused what a repository read (a required column came back empty, a stored value
     * out of its range): the first Goldseam frame is a constructor, called from a persistence class.
     */
    private static boolean refusedWhileLoading(Throwable t) {
        if (!(t instanceof NullPointerException || t instanceof IllegalArgumentException
                || t instanceof java.time.DateTimeException)) {
            return false;
        }
        StackTraceElement[] stack = t.getStackTrace();
        int i = 0;
        while (i < stack.length && !stack[i].getClassName().startsWith("org.goldseam.")) {
            i++;
        }
        return i + 1 < stack.length && stack[i].getMethodName().equals("<init>")
                && stack[i + 1].getClassName().startsWith("org.goldseam.")
                && stack[i + 1].getClassName().contains(".persistence.");
    }

    public static Optional<VaultException> unreadable(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof VaultException) {
                return Optional.empty();
            }
            boolean damage = t instanceof DataException
                    // jOOQ could not turn a stored value into the type the program reads it as
                    || t instanceof DataTypeException
                    || (t instanceof SQLException sql && DAMAGE.contains(sql.getErrorCode()))
                    || t.getClass().getName().startsWith("org.h2.mvstore.")
                    || thrownWhileDecoding(t)
                    || readingAField(t)
                    || refusedWhileLoading(t);
            if (damage) {
                return Optional.of(new VaultException(VaultProblem.DAMAGED,
                        "Part of the vault could not be read back as it was written: the file may be damaged. "
                                + "Run 'goldseam check', and restore the newest backup if it reports problems.", error));
            }
        }
        return Optional.empty();
    }
}

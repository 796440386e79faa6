package org.goldseam.app.cli;

/** Exit codes shared by every command; the README lists them. Vault problems carry their own. */
public final class ExitCodes {
    public static final int OK = 0;
    /** Something Goldseam did not expect; the message says what kind of error it was. */
    public static final int UNEXPECTED = 1;
    /** The command line was wrong, or a required answer (passphrase) could not be read. */
    public static final int USAGE = 2;
    /** {@code check} found a problem in the vault; its report says which. */
    public static final int CHECK_FAILED = 8;
    /** The disk refused a file a command writes (missing folder, no permission, full). */
    public static final int STORAGE = 9;
    /** A summary could not be made (text no shipped font can show), or in a batch, any client's failed. */
    public static final int SUMMARY_FAILED = 10;

    private ExitCodes() {
    }
}

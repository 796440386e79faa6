package org.goldseam.vault;

/** What a vault passphrase must be. Length is what matters against guessing; no composition rules. */
public final class PassphrasePolicy {
    public static final int MIN_LENGTH = 10;

    private PassphrasePolicy() {
    }

    /** @throws VaultException with {@link VaultProblem#WEAK_PASSPHRASE} when the passphrase is refused */
    public static void require(char[] passphrase) {
        int length = passphrase == null ? 0 : Character.codePointCount(passphrase, 0, passphrase.length);
        if (length < MIN_LENGTH) {
            throw new VaultException(VaultProblem.WEAK_PASSPHRASE,
                    "The passphrase is too short: it has " + length + " characters and needs at least "
                            + MIN_LENGTH + ". A few unrelated words make a passphrase that is long and easy to remember.");
        }
        boolean onlySpaces = true;
        boolean control = false;
        // char by char: a String made of the passphrase would stay in memory until collected
        for (char c : passphrase) {
            onlySpaces &= Character.isWhitespace(c);
            control |= Character.isISOControl(c) && c != '\t';
        }
        if (control) {
            throw new VaultException(VaultProblem.WEAK_PASSPHRASE,
                    "The passphrase holds control characters (such as NUL), which no keyboard types at the unlock screen. "
                            + "Choose words you can type.");
        }
        if (onlySpaces) {
            throw new VaultException(VaultProblem.WEAK_PASSPHRASE,
                    "The passphrase is only spaces. Choose words you can remember.");
        }
    }

    /**
     * A rough strength hint for the create-vault screen: an estimate of entropy from the length and
     * the kinds of characters used. Advice only; {@link #require} is the rule.
     */
    public static Strength estimate(char[] passphrase) {
        if (passphrase == null || passphrase.length < MIN_LENGTH) {
            return Strength.TOO_SHORT;
        }
        boolean lower = false, upper = false, digit = false, other = false;
        for (char c : passphrase) {
            if (Character.isLowerCase(c)) lower = true;
            else if (Character.isUpperCase(c)) upper = true;
            else if (Character.isDigit(c)) digit = true;
            else other = true;
        }
        int alphabet = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (other ? 33 : 0);
        double bits = passphrase.length * (Math.log(Math.max(alphabet, 2)) / Math.log(2));
        if (bits < 60) return Strength.FAIR;
        if (bits < 90) return Strength.GOOD;
        return Strength.STRONG;
    }

    public enum Strength { TOO_SHORT, FAIR, GOOD, STRONG }
}

package org.goldseam.vault.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import org.goldseam.vault.VaultFiles;
import org.goldseam.vault.VaultKeys;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.security.SHA256;
import org.h2.tools.ChangeFileEncryption;

/**
 * Re-encrypts a closed copy of a vault database under new keys: H2's file encryption (the AES key
 * every block is encrypted with, under a new random salt) and its user password.
 *
 * <p>Only ever run on a copy in a staging folder: H2's tool replaces the file it works on by
 * deleting it and renaming a temporary one, which is not safe against a crash on the live file.
 */
public final class Reencryption {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Reencryption() {
    }

    public static void reencrypt(VaultFiles staged, VaultKeys from, VaultKeys to) {
        char[] oldPassword = from.h2Password();
        char[] newPassword = to.h2Password();
        char[][] oldParts = split(oldPassword);
        char[][] newParts = split(newPassword);
        try {
            ChangeFileEncryption.execute(staged.folder().toString(), VaultFiles.DATABASE_BASE_NAME, "AES",
                    oldParts[0], newParts[0], true);
            // the file now opens with the new file key; the user password inside is still the old one
            char[] openWith = join(newParts[0], oldParts[1]);
            JdbcDataSource source = new JdbcDataSource();
            source.setURL(VaultDatabase.url(staged, true, false));
            source.setUser(VaultDatabase.USER);
            source.setPasswordChars(openWith);
            try (Connection connection = source.getConnection();
                 Statement statement = connection.createStatement()) {
                // the new user password goes in as H2's salted hash of it, never as a String of the key
                statement.execute("ALTER USER " + VaultDatabase.USER + " SET " + saltAndHash(newParts[1]));
                statement.execute("SHUTDOWN");
            } finally {
                Arrays.fill(openWith, '\0');
            }
        } catch (SQLException e) {
            throw VaultStore.translate(e, staged);
        } finally {
            for (char[] part : new char[][] {oldParts[0], oldParts[1], newParts[0], newParts[1]}) {
                Arrays.fill(part, '\0');
            }
            Arrays.fill(oldPassword, '\0');
            Arrays.fill(newPassword, '\0');
        }
    }

    /**
     * {@code SALT X'…' HASH X'…'} for H2's {@code ALTER USER}: what H2 itself stores for a password
     * (SHA-256 of the upper-case user name, '@' and the password, salted), computed here so that the
     * password is never part of SQL text.
     */
    private static String saltAndHash(char[] userPassword) {
        byte[] salt = new byte[8];
        RANDOM.nextBytes(salt);
        byte[] userHash = SHA256.getKeyPasswordHash(VaultDatabase.USER.toUpperCase(Locale.ROOT), userPassword);
        try {
            HexFormat hex = HexFormat.of();
            return "SALT X'" + hex.formatHex(salt) + "' HASH X'" + hex.formatHex(SHA256.getHashWithSalt(userHash, salt)) + "'";
        } finally {
            Arrays.fill(userHash, (byte) 0);
        }
    }

    private static char[] join(char[] filePassword, char[] userPassword) {
        char[] joined = new char[filePassword.length + 1 + userPassword.length];
        System.arraycopy(filePassword, 0, joined, 0, filePassword.length);
        joined[filePassword.length] = ' ';
        System.arraycopy(userPassword, 0, joined, filePassword.length + 1, userPassword.length);
        return joined;
    }

    private static char[][] split(char[] password) {
        int space = -1;
        for (int i = 0; i < password.length; i++) {
            if (password[i] == ' ') {
                space = i;
                break;
            }
        }
        return new char[][] {Arrays.copyOfRange(password, 0, space), Arrays.copyOfRange(password, space + 1, password.length)};
    }
}

package org.goldseam.vault.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.goldseam.vault.VaultFiles;
import org.goldseam.vault.VaultKeys;
import org.h2.tools.ChangeFileEncryption;

/**
 * Re-encrypts a closed copy of a vault database under new keys: H2's file encryption (the AES key
 * every block is encrypted with, under a new random salt) and its user password.
 *
 * <p>Only ever run on a copy in a staging folder: H2's tool replaces the file it works on by
 * deleting it and renaming a temporary one, which is not safe against a crash on the live file.
 */
public final class Reencryption {
    private Reencryption() {
    }

    public static void reencrypt(VaultFiles staged, VaultKeys from, VaultKeys to) {
        char[] oldPassword = from.h2Password();
        char[] newPassword = to.h2Password();
        try {
            char[][] oldParts = split(oldPassword);
            char[][] newParts = split(newPassword);
            ChangeFileEncryption.execute(staged.folder().toString(), VaultFiles.DATABASE_BASE_NAME, "AES",
                    oldParts[0], newParts[0], true);
            // the file now opens with the new file key; the user password inside is still the old one
            String url = VaultDatabase.url(staged, true, false);
            String password = new String(newParts[0]) + " " + new String(oldParts[1]);
            try (Connection connection = DriverManager.getConnection(url, VaultDatabase.USER, password);
                 Statement statement = connection.createStatement()) {
                // hex digits only: nothing in the literal needs escaping
                statement.execute("ALTER USER " + VaultDatabase.USER + " SET PASSWORD '" + new String(newParts[1]) + "'");
                statement.execute("SHUTDOWN");
            }
        } catch (SQLException e) {
            throw VaultStore.translate(e, staged);
        } finally {
            Arrays.fill(oldPassword, '\0');
            Arrays.fill(newPassword, '\0');
        }
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

package org.goldseam.testing;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.goldseam.db.DefaultSchema;
import org.goldseam.vault.Vault;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Table;

/** A digest of every row of every table, to compare the content of two vaults. */
public final class VaultContent {
    private VaultContent() {
    }

    /** Per table: row count and a SHA-256 over the rows in primary-key order. */
    public static Map<String, String> digest(Vault vault, Set<String> skipTables) {
        DSLContext dsl = vault.database().dsl();
        Map<String, String> digests = new TreeMap<>();
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            if (skipTables.contains(table.getName())) {
                continue;
            }
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                var rows = table.getPrimaryKey() == null
                        ? dsl.selectFrom(table).orderBy(table.fields()).fetch()
                        : dsl.selectFrom(table).orderBy(table.getPrimaryKey().getFields()).fetch();
                for (Record row : rows) {
                    sha.update(row.formatCSV(false).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
                digests.put(table.getName(), rows.size() + ":" + HexFormat.of().formatHex(sha.digest()));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return digests;
    }

    /** Everything except the audit trail and the vault's last-opened stamp, which every open changes. */
    public static Map<String, String> clinical(Vault vault) {
        return digest(vault, Set.of("audit_event", "vault_metadata"));
    }
}

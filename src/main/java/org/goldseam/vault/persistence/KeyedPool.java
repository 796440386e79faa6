package org.goldseam.vault.persistence;

import java.util.Arrays;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;

/**
 * H2's connection pool over a data source that holds the vault's H2 password as the one
 * {@code char[]} this class owns. {@link JdbcDataSource#setPasswordChars} keeps that very array (H2
 * gives each new connection a copy, which it wipes once it has hashed it), so wiping it here at
 * {@link #dispose} leaves no copy of the password in the pool of a closed vault. H2's
 * {@code JdbcConnectionPool.create(url, user, password)} would instead keep a {@code String}, which
 * nothing can wipe.
 */
final class KeyedPool {
    private final JdbcConnectionPool pool;
    private final char[] password;

    /** Takes {@code password} over: it is wiped on {@link #dispose}, not by the caller. */
    KeyedPool(String url, String user, char[] password, int maxConnections) {
        this.password = password;
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(url);
        source.setUser(user);
        source.setPasswordChars(password);
        this.pool = JdbcConnectionPool.create(source);
        pool.setMaxConnections(maxConnections);
    }

    JdbcConnectionPool pool() {
        return pool;
    }

    /** Closes the idle connections, refuses new ones, and wipes the password. */
    void dispose() {
        try {
            pool.dispose();
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}

package org.goldseam.vault.persistence;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.ConnectionProvider;
import org.jooq.exception.DataAccessException;

/**
 * The vault's connections for jOOQ, with one addition: {@link #inTransaction} binds a connection to
 * the calling thread, and every statement and every repository transaction the thread runs meanwhile
 * uses it. A repository's own {@code dsl.transaction(…)} then neither commits nor rolls back by itself
 * (its commit is a no-op on the bound connection, its rollback marks the whole unit for rollback);
 * the unit commits once at the end, or rolls back everything. Outside a unit each statement takes a
 * pooled connection as before.
 */
final class ThreadBoundConnections implements ConnectionProvider {
    private final JdbcConnectionPool pool;
    @SuppressWarnings("ThreadLocalUsage") // one binding per database, not per class
    private final ThreadLocal<Unit> bound = new ThreadLocal<>();

    ThreadBoundConnections(JdbcConnectionPool pool) {
        this.pool = pool;
    }

    @Override
    public Connection acquire() {
        Unit unit = bound.get();
        if (unit != null) {
            return unit.shared;
        }
        try {
            return pool.getConnection();
        } catch (SQLException e) {
            throw new DataAccessException("Cannot get a connection", e);
        }
    }

    @Override
    public void release(Connection connection) {
        Unit unit = bound.get();
        if (unit != null && connection == unit.shared) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            throw new DataAccessException("Cannot release a connection", e);
        }
    }

    /** Runs {@code work} as one transaction; inside another unit on this thread it simply joins it. */
    <T> T inTransaction(Supplier<T> work) {
        if (bound.get() != null) {
            return work.get();
        }
        Connection real = acquire();
        Unit unit = new Unit(real);
        boolean committed = false;
        try {
            real.setAutoCommit(false);
            bound.set(unit);
            T result = work.get();
            if (unit.rollbackOnly) {
                throw new DataAccessException("A part of the change failed, so none of it was stored.");
            }
            real.commit();
            committed = true;
            return result;
        } catch (SQLException e) {
            throw new DataAccessException("The change could not be stored", e);
        } finally {
            bound.remove();
            try {
                if (!committed) {
                    real.rollback();
                }
                real.setAutoCommit(true);
            } catch (SQLException e) {
                // the pool discards a broken connection; the caller already has the first failure
            } finally {
                release(real);
            }
        }
    }

    /** A connection lent to one thread's unit of work, and the view of it that repositories get. */
    private static final class Unit {
        final Connection shared;
        boolean rollbackOnly;

        Unit(Connection real) {
            this.shared = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        switch (method.getName()) {
                            case "commit", "setAutoCommit", "close":
                                if (args == null || args.length <= 1) {
                                    return null; // the unit commits, and the unit closes
                                }
                                break;
                            case "getAutoCommit":
                                return false;
                            case "rollback":
                                if (args == null) {
                                    rollbackOnly = true; // the exception on its way out rolls the unit back
                                    return null;
                                }
                                break;
                            default:
                                break;
                        }
                        try {
                            return method.invoke(real, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }
}

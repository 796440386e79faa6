package org.goldseam.vault.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.goldseam.db.DefaultSchema;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.jooq.Record;
import org.jooq.Table;

/**
 * Reads back everything a vault stores, so that a damaged page is found by {@code check} (and by the
 * check every backup passes) rather than later, by whichever command happens to need that page.
 *
 * <p>Two passes. First every row of every table, every column converted to the Java type the
 * program reads it as (a date H2 stored but Java cannot hold fails here just as it would in a
 * command). Then every page of every map the storage engine has open — table data, every secondary
 * index, large values, the store's own metadata — walked leaf by leaf, so damage in an index page
 * that no query of the first pass touches is found too.
 *
 * <p>Any failure is thrown as it comes: {@link StoredDataErrors#unreadable} recognises it. Reads only.
 */
public final class FullRead {
    private FullRead() {
    }

    /**
     * @param tables  tables read in full
     * @param rows    rows read from them
     * @param maps    storage maps walked page by page (tables, indexes, metadata)
     * @param entries entries found in those maps
     */
    public record Summary(int tables, long rows, int maps, long entries) {
    }

    /** Reads everything; returns what was read, or throws the error the first unreadable value or page raised. */
    public static Summary readEverything(VaultDatabase database) {
        int tables = 0;
        long rows = 0;
        Set<String> typed = new HashSet<>();
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            typed.add(table.getName().toUpperCase(java.util.Locale.ROOT));
            try (var cursor = database.dsl().selectFrom(table).fetchSize(500).fetchLazy()) {
                for (Record row : cursor) {
                    touch(row.intoArray());
                    rows++;
                }
            }
            tables++;
        }
        // tables the program does not model (Flyway's history): read with the driver's own types
        List<String> others = database.dsl().fetchValues(
                "select table_name from information_schema.tables where table_schema = 'PUBLIC' and table_type = 'BASE TABLE'")
                .stream().map(String::valueOf).filter(name -> !typed.contains(name)).toList();
        for (String name : others) {
            try (var cursor = database.dsl().resultQuery("select * from \"" + name.replace("\"", "\"\"") + "\"")
                    .fetchSize(500).fetchLazy()) {
                for (Record row : cursor) {
                    touch(row.intoArray());
                    rows++;
                }
            }
            tables++;
        }
        int[] maps = {0};
        long[] entries = {0};
        try (Connection connection = database.connection()) {
            MVStore store = ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession()).getDatabase().getStore().getMvStore();
            entries[0] += walk(store.getMetaMap());
            entries[0] += store.getLayoutMap().size();
            maps[0] += 2;
            for (String name : store.getMapNames()) {
                String id = store.getMetaMap().get("name." + name);
                if (id == null) {
                    continue;
                }
                MVMap<Object, Object> map = store.getMap(Integer.parseInt(id, 16));
                if (map != null) {
                    entries[0] += walk(map);
                    maps[0]++;
                }
            }
            if (store.getPanicException() != null) {
                throw store.getPanicException();
            }
        } catch (SQLException e) {
            throw new org.jooq.exception.DataAccessException("the storage engine could not be reached", e);
        }
        return new Summary(tables, rows, maps[0], entries[0]);
    }

    /** Every page of {@code map}, from the root to each leaf; the values are decoded as each leaf is read. */
    private static <K, V> long walk(MVMap<K, V> map) {
        long count = 0;
        Cursor<K, V> cursor = map.cursor(null);
        while (cursor.hasNext()) {
            cursor.next();
            touch(cursor.getValue());
            count++;
        }
        return count;
    }

    /** Makes sure a value has been turned into what it claims to be (large values are read to their end). */
    private static void touch(Object value) {
        if (value instanceof Object[] values) {
            for (Object v : values) {
                touch(v);
            }
        } else if (value instanceof java.sql.Clob clob) {
            try {
                clob.getSubString(1, (int) Math.min(Integer.MAX_VALUE, clob.length()));
            } catch (SQLException e) {
                throw new org.jooq.exception.DataAccessException("a large value could not be read", e);
            }
        } else if (value instanceof java.sql.Blob blob) {
            try {
                blob.getBytes(1, (int) Math.min(Integer.MAX_VALUE, blob.length()));
            } catch (SQLException e) {
                throw new org.jooq.exception.DataAccessException("a large value could not be read", e);
            }
        }
    }
}

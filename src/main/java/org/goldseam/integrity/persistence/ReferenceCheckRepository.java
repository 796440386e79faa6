package org.goldseam.integrity.persistence;

import static org.jooq.impl.DSL.selectOne;

import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.ForeignKey;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.goldseam.db.DefaultSchema;

/**
 * Looks for rows whose foreign key points at nothing. The engine enforces the keys, so this only
 * finds something when a file was edited outside Goldseam or an engine bug let a row through.
 */
public final class ReferenceCheckRepository {
    private final DSLContext dsl;

    public ReferenceCheckRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** One entry per foreign key: its name and how many rows break it. */
    public List<KeyCheck> checkAllForeignKeys() {
        List<KeyCheck> results = new ArrayList<>();
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            for (ForeignKey<?, ?> key : table.getReferences()) {
                results.add(new KeyCheck(table.getName(), key.getName(), orphans(table, key)));
            }
        }
        return results;
    }

    private int orphans(Table<?> child, ForeignKey<?, ?> key) {
        Table<?> parent = key.getKey().getTable();
        List<? extends TableField<?, ?>> childFields = key.getFields();
        List<? extends TableField<?, ?>> parentFields = key.getKeyFields();
        Condition present = DSL.noCondition();
        Condition matches = DSL.noCondition();
        for (int i = 0; i < childFields.size(); i++) {
            @SuppressWarnings("unchecked")
            TableField<?, Object> childField = (TableField<?, Object>) childFields.get(i);
            @SuppressWarnings("unchecked")
            TableField<?, Object> parentField = (TableField<?, Object>) parentFields.get(i);
            present = present.and(childField.isNotNull());
            matches = matches.and(parentField.eq(childField));
        }
        return dsl.fetchCount(DSL.selectOne().from(child).where(present)
                .andNotExists(selectOne().from(parent).where(matches)));
    }

    /** @param table the referencing table, {@code key} the constraint, {@code orphans} rows pointing at nothing */
    public record KeyCheck(String table, String key, int orphans) {
    }
}

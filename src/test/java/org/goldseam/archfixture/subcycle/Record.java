package org.goldseam.archfixture.subcycle;

import org.goldseam.archfixture.subcycle.persistence.RecordStore;

/** Fixture: a feature class that reaches into its own persistence sub-package, which uses it back (a cycle on purpose). */
@SuppressWarnings("JavaLangClash") // the fixture is named for its role in the cycle, never used with java.lang.Record
public record Record(long id) {
    public static Record load(long id) {
        return new RecordStore().find(id);
    }
}

package org.goldseam.archfixture.subcycle.persistence;

import org.goldseam.archfixture.subcycle.Record;

/** Fixture: the repository half of the sub-package cycle. */
public final class RecordStore {
    public Record find(long id) {
        return new Record(id);
    }
}

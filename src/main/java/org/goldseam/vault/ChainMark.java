package org.goldseam.vault;

import java.util.Objects;

/**
 * How far the audit trail had come when the vault was last closed cleanly: its number of entries and
 * the hash of the last one. Every committed change writes an audit entry in its own transaction, so
 * the trail's length counts commits: a database found shorter at the next open, or with another
 * entry at that place, has lost committed changes (H2 fell back to an older state of a damaged file,
 * or an older copy of the file was put in its place). Kept in the header (ADR 0021).
 *
 * @param length   entries in the audit trail
 * @param lastHash the row hash of the last of them (by id)
 */
public record ChainMark(long length, String lastHash) {
    public ChainMark {
        Objects.requireNonNull(lastHash, "lastHash");
        if (length < 1) {
            throw new IllegalArgumentException("a mark is taken of a trail with entries");
        }
    }
}

package org.goldseam.vault;

/**
 * The structure update an open is about to make: the vault's schema is at {@code fromVersion} and this
 * Goldseam ships migrations up to {@code toVersion}.
 */
public record SchemaUpgrade(int fromVersion, int toVersion) {
}

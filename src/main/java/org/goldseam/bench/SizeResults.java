package org.goldseam.bench;

import java.util.Map;

/** What one vault size measured, kept to compare sizes afterwards. */
record SizeResults(VaultSize size, Map<BenchQuery, Stats> goldseam, Map<BenchQuery, Stats> grep) {
}

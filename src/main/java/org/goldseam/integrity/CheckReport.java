package org.goldseam.integrity;

import java.util.List;

/**
 * The result of checking a vault.
 *
 * @param passed   what was checked and found in order, e.g. "schema at version 2"
 * @param findings what is wrong; empty when the vault is sound
 */
public record CheckReport(List<String> passed, List<CheckFinding> findings) {
    public CheckReport {
        passed = List.copyOf(passed);
        findings = List.copyOf(findings);
    }

    public boolean sound() {
        return findings.isEmpty();
    }
}

package org.goldseam.app.audit;

/**
 * One line of the audit log viewer, as shown: the time in the clinician's zone, the action in words,
 * and the client named when the client still exists.
 *
 * @param client "12 — Zoë Łukasz-Ørsted", or just "12" for a deleted client; empty when none
 * @param noteId empty when the entry is about no note
 */
public record AuditRow(long id, String time, String action, String actor, String client, String noteId, String detail) {
}

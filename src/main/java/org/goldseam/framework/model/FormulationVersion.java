package org.goldseam.framework.model;

import java.time.OffsetDateTime;

/** One stored version of a client's formulation. */
public record FormulationVersion(long id, long clientId, int version, OffsetDateTime recordedAt, FormulationDraft content) {
}

package org.goldseam.framework.persistence;

import static org.goldseam.db.Tables.ATTACHMENT_HISTORY;
import static org.goldseam.db.Tables.ATTACHMENT_RELATIONSHIP_PATTERN;
import static org.goldseam.db.Tables.TAXONOMY_ENTRY;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.goldseam.db.tables.records.AttachmentHistoryRecord;
import org.goldseam.framework.model.AttachmentDraft;
import org.goldseam.framework.model.AttachmentStyle;
import org.goldseam.framework.model.AttachmentVersion;
import org.goldseam.framework.model.EarlyExperience;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Attachment-history versions; a new version is always a new row. */
public final class AttachmentRepository {
    private final DSLContext dsl;

    public AttachmentRepository(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl);
    }

    /** Stores the next version for the client with its relationship-pattern entries; returns the version number. */
    public int insertVersion(long clientId, OffsetDateTime recordedAt, AttachmentDraft draft, List<Long> patternEntryIds) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            Integer max = tx.select(DSL.max(ATTACHMENT_HISTORY.VERSION)).from(ATTACHMENT_HISTORY)
                    .where(ATTACHMENT_HISTORY.CLIENT_ID.eq(clientId)).fetchOne(0, Integer.class);
            int version = max == null ? 1 : max + 1;
            EarlyExperience early = draft.earlyExperience();
            AttachmentHistoryRecord row = tx.newRecord(ATTACHMENT_HISTORY);
            row.setClientId(clientId);
            row.setVersion(version);
            row.setRecordedAt(recordedAt);
            row.setAttachmentStyle(draft.style().code());
            row.setAnxietyRating(draft.anxiety());
            row.setAvoidanceRating(draft.avoidance());
            row.setCaregiverAttunement(draft.caregiverAttunement());
            row.setEmotionalNeglect(early.emotionalNeglect());
            row.setPhysicalNeglect(early.physicalNeglect());
            row.setAbuse(early.abuse());
            row.setMisattunedCaregiver(early.misattunedCaregiver());
            row.setConditionalWorth(early.conditionalWorth());
            row.setParentification(early.parentification());
            row.setIntergenerationalPattern(early.intergenerationalPattern());
            row.setSelfBlameForCaregiver(early.selfBlameForCaregiver());
            row.setNarrative(draft.narrative());
            row.store();
            for (long entryId : patternEntryIds) {
                tx.insertInto(ATTACHMENT_RELATIONSHIP_PATTERN)
                        .set(ATTACHMENT_RELATIONSHIP_PATTERN.ATTACHMENT_HISTORY_ID, row.getId())
                        .set(ATTACHMENT_RELATIONSHIP_PATTERN.ENTRY_ID, entryId)
                        .execute();
            }
            return version;
        });
    }

    /** All versions of a client, oldest first. */
    public List<AttachmentVersion> versions(long clientId) {
        return dsl.selectFrom(ATTACHMENT_HISTORY)
                .where(ATTACHMENT_HISTORY.CLIENT_ID.eq(clientId))
                .orderBy(ATTACHMENT_HISTORY.VERSION)
                .fetch(this::toVersion);
    }

    private AttachmentVersion toVersion(AttachmentHistoryRecord r) {
        List<String> patterns = dsl.select(TAXONOMY_ENTRY.ENTRY_KEY)
                .from(ATTACHMENT_RELATIONSHIP_PATTERN)
                .join(TAXONOMY_ENTRY).on(TAXONOMY_ENTRY.ID.eq(ATTACHMENT_RELATIONSHIP_PATTERN.ENTRY_ID))
                .where(ATTACHMENT_RELATIONSHIP_PATTERN.ATTACHMENT_HISTORY_ID.eq(r.getId()))
                .orderBy(TAXONOMY_ENTRY.SORT_ORDER, TAXONOMY_ENTRY.ENTRY_KEY)
                .fetch(TAXONOMY_ENTRY.ENTRY_KEY);
        EarlyExperience early = new EarlyExperience(r.getEmotionalNeglect(), r.getPhysicalNeglect(), r.getAbuse(),
                r.getMisattunedCaregiver(), r.getConditionalWorth(), r.getParentification(),
                r.getIntergenerationalPattern(), r.getSelfBlameForCaregiver());
        AttachmentDraft content = new AttachmentDraft(AttachmentStyle.fromCode(r.getAttachmentStyle()),
                r.getAnxietyRating(), r.getAvoidanceRating(), r.getCaregiverAttunement(), early, patterns, r.getNarrative());
        return new AttachmentVersion(r.getId(), r.getClientId(), r.getVersion(), r.getRecordedAt(), content);
    }
}

-- Goldseam vault schema, version 6: a signed note keeps the words it was signed with, and the
-- vault knows who signs. Same portability rules as V1 to V5 (H2 2.x and PostgreSQL 15+).
--
-- 1. Labels at signing. A note refers to taxonomy entries and treatment goals by id; their labels
--    live in taxonomy_entry and treatment_goal and may be relabelled later. Signing now copies the
--    label of every theme and intervention, and the description of every rated goal, into the
--    note's own rows, so a signed note reads as it read when it was signed. Drafts leave them null.
--    These copies are not part of the content hash (NoteContentHash, ADR 0013): what a signature
--    covers is unchanged for every note, old and new.
ALTER TABLE theme_observation ADD COLUMN label_at_signing VARCHAR(200);
ALTER TABLE note_intervention ADD COLUMN label_at_signing VARCHAR(200);
ALTER TABLE goal_progress ADD COLUMN goal_at_signing VARCHAR(2000);

-- Notes signed before this version: the nearest thing to their labels at signing is the labels of
-- today (no relabelling was recorded before). Copying them now stops any later relabel from
-- reaching these notes.
UPDATE theme_observation SET label_at_signing =
        (SELECT e.label FROM taxonomy_entry e WHERE e.id = theme_observation.entry_id)
    WHERE note_id IN (SELECT n.id FROM session_note n WHERE n.status = 'signed');
UPDATE note_intervention SET label_at_signing =
        (SELECT e.label FROM taxonomy_entry e WHERE e.id = note_intervention.entry_id)
    WHERE note_id IN (SELECT n.id FROM session_note n WHERE n.status = 'signed');
UPDATE goal_progress SET goal_at_signing =
        (SELECT g.description FROM treatment_goal g WHERE g.id = goal_progress.goal_id)
    WHERE note_id IN (SELECT n.id FROM session_note n WHERE n.status = 'signed');

-- 2. The clinician who keeps this vault and signs its notes: "Dr Ana Example" with credentials
--    "PsyD, licensed psychologist". One row at most. Signatures, addenda and audit entries name
--    this clinician, never the operating-system account. A vault created before this version has
--    no row until the clinician gives their name (the app asks after unlocking; the command line
--    has `goldseam clinician`); notes already signed keep the signer they were signed with.
CREATE TABLE clinician (
    id           INTEGER       NOT NULL,
    full_name    VARCHAR(150)  NOT NULL,
    credentials  VARCHAR(140)  NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_clinician PRIMARY KEY (id),
    CONSTRAINT ck_clinician_singleton CHECK (id = 1),
    CONSTRAINT ck_clinician_name CHECK (CHAR_LENGTH(TRIM(full_name)) > 0),
    CONSTRAINT ck_clinician_credentials CHECK (CHAR_LENGTH(TRIM(credentials)) > 0)
);

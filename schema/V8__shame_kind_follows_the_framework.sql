-- Goldseam vault schema, version 8: the kind of shame follows what it is attached to (ADR 0020).
-- Same portability rules as V1 to V7 (H2 2.x and PostgreSQL 15+); data only, no new columns.
--
-- Core shame is about the self, adaptive shame about a specific act the client regrets. So a core
-- belief (a verdict on the self) carries core shame only, and a cost, strength or intervention (not
-- a shame experience in itself) carries none. Earlier versions let any kind sit on any theme, and the
-- demo caseload put "adaptive" on core beliefs. From this version the note service refuses both and
-- the editor offers only the allowed kinds; this migration brings existing DRAFTS into line.
--
-- Signed notes are never changed here. Their content hash covers the kind of shame (NoteContentHash,
-- ADR 0013), and a signed record is frozen (ADR 0014): rewriting it would both falsify what the
-- clinician signed and make `goldseam check` report every such note as altered. A clinician who wants
-- to correct a signed note does it with a correction addendum, as for any other signed content.

-- 1. A draft's core belief marked "adaptive": the framework's answer is core shame. The shame the
--    clinician saw is kept (it still counts in "Shame over time"), under the kind a belief carries.
UPDATE theme_observation SET shame_kind = 'core'
    WHERE shame_kind = 'adaptive'
      AND entry_id IN (SELECT e.id FROM taxonomy_entry e WHERE e.category = 'core_belief')
      AND note_id IN (SELECT n.id FROM session_note n WHERE n.status = 'draft');

-- 2. A draft's cost, strength or intervention with a kind of shame: none applies, so none is kept.
UPDATE theme_observation SET shame_kind = NULL
    WHERE shame_kind IS NOT NULL
      AND entry_id IN (SELECT e.id FROM taxonomy_entry e WHERE e.category IN ('cost', 'strength', 'intervention'))
      AND note_id IN (SELECT n.id FROM session_note n WHERE n.status = 'draft');

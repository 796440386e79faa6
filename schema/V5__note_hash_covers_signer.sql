-- Which fingerprint a signed note carries (see org.goldseam.notes.NoteContentHash):
--   1 = the content only ("goldseam-note-v1"): every note signed before this migration;
--   2 = the content, the signer and the signing time ("goldseam-note-v2"): every note signed since,
--       so that changing who signed or when is as detectable by `goldseam check` as changing a word.
-- A note signed under version 1 keeps its hash: re-hashing it now would vouch for a signer and time
-- nobody checked at the moment of signing.
ALTER TABLE session_note ADD COLUMN hash_version SMALLINT;
UPDATE session_note SET hash_version = 1 WHERE status = 'signed';
ALTER TABLE session_note ADD CONSTRAINT ck_session_note_hash_version CHECK (
    (status = 'draft' AND hash_version IS NULL)
    OR (status = 'signed' AND hash_version IN (1, 2)));

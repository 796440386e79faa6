-- Goldseam vault schema, version 7: an audit entry's hash covers its own row id. Same portability
-- rules as V1 to V6 (H2 2.x and PostgreSQL 15+).
--
-- Entries written before this version were hashed without their id (AuditChain version 1). They
-- keep that hash: re-hashing them now would vouch for ids nobody checked when they were written.
-- They are marked version 1; entries written from now on are version 2 (domain tag
-- "goldseam-audit-v2", the id first, then the same tokens as version 1). `check` recomputes each
-- entry's hash with its own version, so old chains still verify and continue into new ones.
ALTER TABLE audit_event ADD COLUMN hash_version SMALLINT DEFAULT 1 NOT NULL;
ALTER TABLE audit_event ALTER COLUMN hash_version DROP DEFAULT;
ALTER TABLE audit_event ADD CONSTRAINT ck_audit_event_hash_version CHECK (hash_version IN (1, 2));

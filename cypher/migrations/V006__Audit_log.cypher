// The audit (README, "The audit"): one :AuditEntry per committed write, numbered by its own sequence, never
// changed or deleted by the app; each linked to the :AuditSubject of every entity it concerns (kind:id), so an
// entity's history is found by key, and outlives the entity. Nothing of the register links to either.
CREATE CONSTRAINT audit_sequence_id IF NOT EXISTS FOR (n:AuditSequence) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT audit_entry_seq IF NOT EXISTS FOR (n:AuditEntry) REQUIRE n.seq IS UNIQUE;
CREATE CONSTRAINT audit_entry_change IF NOT EXISTS FOR (n:AuditEntry) REQUIRE n.change IS UNIQUE;
CREATE CONSTRAINT audit_subject_key IF NOT EXISTS FOR (n:AuditSubject) REQUIRE n.key IS UNIQUE;
// The audit's questions: by whom, when, and the entries that belong to every entity's history.
CREATE INDEX audit_entry_by IF NOT EXISTS FOR (n:AuditEntry) ON (n.by);
CREATE INDEX audit_entry_at IF NOT EXISTS FOR (n:AuditEntry) ON (n.at);
CREATE INDEX audit_entry_whole_register IF NOT EXISTS FOR (n:AuditEntry) ON (n.wholeRegister);

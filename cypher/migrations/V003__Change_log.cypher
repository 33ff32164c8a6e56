// The change log other API instances poll to keep their analytics snapshots current (docs/scaling.md):
// one sequence node, incremented by every write transaction, and one numbered :Change per write.
CREATE CONSTRAINT change_sequence_id IF NOT EXISTS FOR (n:ChangeSequence) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT change_seq IF NOT EXISTS FOR (n:Change) REQUIRE n.seq IS UNIQUE;

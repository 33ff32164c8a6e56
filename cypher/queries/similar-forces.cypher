// Similar forces, the Cypher-only way (docs/analytics.md): forces sharing network collaborations with $force at
// $at, scored by the Jaccard index of their sets of network collaborations, highest first, ties by id.
// A collaboration is active at $at when not proposed, started <= $at and not ended by $at; a membership when,
// besides, joined <= $at and not left by $at (partial dates compare correctly as strings, see PartialDate).
// National collaborations are not part of the network.
MATCH (f:Force {id: $force})
CALL (f) {
  MATCH (f)-[m:MEMBER_OF]->(c:Collaboration)
  WHERE c.scope <> 'national' AND c.status <> 'proposed' AND (c.started IS NULL OR c.started < left($at, size(c.started)) OR c.started = $at)
    AND (c.ended IS NULL OR c.ended >= left($at, size(c.ended)) AND c.ended <> $at) AND (m.joined IS NULL OR m.joined < left($at, size(m.joined)) OR m.joined = $at) AND (m.left IS NULL OR m.left >= left($at, size(m.left)) AND m.left <> $at)
  RETURN collect(DISTINCT c) AS mine
}
UNWIND mine AS c
MATCH (c)<-[m:MEMBER_OF]-(g:Force)
WHERE g <> f AND (m.joined IS NULL OR m.joined < left($at, size(m.joined)) OR m.joined = $at) AND (m.left IS NULL OR m.left >= left($at, size(m.left)) AND m.left <> $at)
WITH mine, g, collect(DISTINCT c.id) AS shared
CALL (g) {
  MATCH (g)-[m:MEMBER_OF]->(c:Collaboration)
  WHERE c.scope <> 'national' AND c.status <> 'proposed' AND (c.started IS NULL OR c.started < left($at, size(c.started)) OR c.started = $at)
    AND (c.ended IS NULL OR c.ended >= left($at, size(c.ended)) AND c.ended <> $at) AND (m.joined IS NULL OR m.joined < left($at, size(m.joined)) OR m.joined = $at) AND (m.left IS NULL OR m.left >= left($at, size(m.left)) AND m.left <> $at)
  RETURN count(DISTINCT c) AS theirs
}
WITH g, shared, round(toFloat(size(shared)) / (size(mine) + theirs - size(shared)), 6) AS score
RETURN g.id AS force, score, COLLECT { UNWIND shared AS s RETURN s ORDER BY s } AS shared
ORDER BY score DESC, force
LIMIT $limit

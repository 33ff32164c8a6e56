// Similar forces by the Adamic-Adar index, the Cypher-only way (docs/analytics.md): forces sharing network
// collaborations with $force at $at, scored by the sum over the shared ones of 1 / ln(its active members),
// highest first, ties by id. Active at $at as in similar-forces.cypher; national collaborations left out.
MATCH (f:Force {id: $force})
CALL (f) {
  MATCH (f)-[m:MEMBER_OF]->(c:Collaboration)
  WHERE c.scope <> 'national' AND c.status <> 'proposed' AND (c.started IS NULL OR c.started < left($at, size(c.started)) OR c.started = $at)
    AND (c.ended IS NULL OR c.ended >= left($at, size(c.ended)) AND c.ended <> $at) AND (m.joined IS NULL OR m.joined < left($at, size(m.joined)) OR m.joined = $at) AND (m.left IS NULL OR m.left >= left($at, size(m.left)) AND m.left <> $at)
  RETURN collect(DISTINCT c) AS mine
}
UNWIND mine AS c
CALL (c) {
  MATCH (c)<-[m:MEMBER_OF]-(g:Force)
  WHERE (m.joined IS NULL OR m.joined < left($at, size(m.joined)) OR m.joined = $at) AND (m.left IS NULL OR m.left >= left($at, size(m.left)) AND m.left <> $at)
  RETURN collect(DISTINCT g) AS members
}
UNWIND members AS g
WITH f, c, size(members) AS n, g WHERE g <> f
WITH g, sum(1.0 / log(n)) AS weight, collect(c.id) AS shared
WITH g, round(weight, 6) AS score, shared
RETURN g.id AS force, score, COLLECT { UNWIND shared AS s RETURN s ORDER BY s } AS shared
ORDER BY score DESC, force
LIMIT $limit

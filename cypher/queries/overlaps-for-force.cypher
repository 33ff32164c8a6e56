// Overlaps for one force, the Cypher-only way: every pair of network collaborations active at $at with an
// active member in common, at least one of them a collaboration of $force, with the forces they share and the
// Jaccard index of their active member sets, and the functions both cover (each a possible duplicate).
MATCH (f:Force {id: $force})-[m:MEMBER_OF]->(a:Collaboration)
WHERE a.scope <> 'national' AND a.status <> 'proposed' AND (a.started IS NULL OR a.started < left($at, size(a.started)) OR a.started = $at)
  AND (a.ended IS NULL OR a.ended >= left($at, size(a.ended)) AND a.ended <> $at) AND (m.joined IS NULL OR m.joined < left($at, size(m.joined)) OR m.joined = $at) AND (m.left IS NULL OR m.left >= left($at, size(m.left)) AND m.left <> $at)
WITH DISTINCT a
MATCH (a)<-[m1:MEMBER_OF]-(g:Force)-[m2:MEMBER_OF]->(b:Collaboration)
WHERE b <> a AND (m1.joined IS NULL OR m1.joined < left($at, size(m1.joined)) OR m1.joined = $at) AND (m1.left IS NULL OR m1.left >= left($at, size(m1.left)) AND m1.left <> $at)
  AND (m2.joined IS NULL OR m2.joined < left($at, size(m2.joined)) OR m2.joined = $at) AND (m2.left IS NULL OR m2.left >= left($at, size(m2.left)) AND m2.left <> $at)
  AND b.scope <> 'national' AND b.status <> 'proposed' AND (b.started IS NULL OR b.started < left($at, size(b.started)) OR b.started = $at)
  AND (b.ended IS NULL OR b.ended >= left($at, size(b.ended)) AND b.ended <> $at)
WITH a, b, g ORDER BY g.id
WITH a, b, collect(DISTINCT g.id) AS shared
WITH DISTINCT CASE WHEN a.id < b.id THEN a ELSE b END AS x, CASE WHEN a.id < b.id THEN b ELSE a END AS y, shared
CALL (x) {
  MATCH (x)<-[m:MEMBER_OF]-(g:Force) WHERE (m.joined IS NULL OR m.joined < left($at, size(m.joined)) OR m.joined = $at) AND (m.left IS NULL OR m.left >= left($at, size(m.left)) AND m.left <> $at)
  RETURN count(DISTINCT g) AS nx
}
CALL (y) {
  MATCH (y)<-[m:MEMBER_OF]-(g:Force) WHERE (m.joined IS NULL OR m.joined < left($at, size(m.joined)) OR m.joined = $at) AND (m.left IS NULL OR m.left >= left($at, size(m.left)) AND m.left <> $at)
  RETURN count(DISTINCT g) AS ny
}
RETURN x.id AS a, y.id AS b, shared, round(toFloat(size(shared)) / (nx + ny - size(shared)), 6) AS jaccard,
  COLLECT { MATCH (x)-[:COVERS]->(fn:Function)<-[:COVERS]-(y) RETURN fn.id ORDER BY fn.id } AS functions
ORDER BY a, b

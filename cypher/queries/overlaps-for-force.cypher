// Overlaps for one force, the Cypher-only way: every pair of network collaborations active at $at with an
// active member in common, at least one of them a collaboration of $force, with the forces they share and the
// Jaccard index of their active member sets, and the functions both cover (each a possible duplicate).
MATCH (f:Force {id: $force})-[m:MEMBER_OF]->(a:Collaboration)
WHERE a.scope <> 'national' AND a.status <> 'proposed' AND coalesce(a.started, '') <= $at
  AND (a.ended IS NULL OR a.ended > $at) AND coalesce(m.joined, '') <= $at AND (m.left IS NULL OR m.left > $at)
WITH DISTINCT a
MATCH (a)<-[m1:MEMBER_OF]-(g:Force)-[m2:MEMBER_OF]->(b:Collaboration)
WHERE b <> a AND coalesce(m1.joined, '') <= $at AND (m1.left IS NULL OR m1.left > $at)
  AND coalesce(m2.joined, '') <= $at AND (m2.left IS NULL OR m2.left > $at)
  AND b.scope <> 'national' AND b.status <> 'proposed' AND coalesce(b.started, '') <= $at
  AND (b.ended IS NULL OR b.ended > $at)
WITH a, b, g ORDER BY g.id
WITH a, b, collect(DISTINCT g.id) AS shared
WITH DISTINCT CASE WHEN a.id < b.id THEN a ELSE b END AS x, CASE WHEN a.id < b.id THEN b ELSE a END AS y, shared
CALL (x) {
  MATCH (x)<-[m:MEMBER_OF]-(g:Force) WHERE coalesce(m.joined, '') <= $at AND (m.left IS NULL OR m.left > $at)
  RETURN count(DISTINCT g) AS nx
}
CALL (y) {
  MATCH (y)<-[m:MEMBER_OF]-(g:Force) WHERE coalesce(m.joined, '') <= $at AND (m.left IS NULL OR m.left > $at)
  RETURN count(DISTINCT g) AS ny
}
RETURN x.id AS a, y.id AS b, shared, round(toFloat(size(shared)) / (nx + ny - size(shared)), 6) AS jaccard,
  COLLECT { MATCH (x)-[:COVERS]->(fn:Function)<-[:COVERS]-(y) RETURN fn.id ORDER BY fn.id } AS functions
ORDER BY a, b

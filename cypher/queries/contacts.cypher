// Contacts, the Cypher-only way (docs/analytics.md, "Contacts for lessons learned"): people who lead, or are
// contacts for, a collaboration that existed by $at and matches $topic by their own topics, by one of its
// functions or by the theme of one of its lessons dated by $at; ranked reachable first, by score, person,
// collaboration. hops: fewest force-to-force steps at $at from $force to a force whose membership of that
// collaboration began by $at, found with a shortest-path search over the co-membership graph.
CALL () {
  MATCH (f:Force {id: $force})
  MATCH p = SHORTEST 1 (f) ((x:Force)-[m1:MEMBER_OF]->(k:Collaboration)<-[m2:MEMBER_OF]-(y:Force)
      WHERE k.scope <> 'national' AND k.status <> 'proposed' AND coalesce(k.started, '') <= $at
        AND (k.ended IS NULL OR k.ended > $at)
        AND coalesce(m1.joined, '') <= $at AND (m1.left IS NULL OR m1.left > $at)
        AND coalesce(m2.joined, '') <= $at AND (m2.left IS NULL OR m2.left > $at))* (t:Force)
  WITH t, length(p) / 2 AS hops
  MATCH (t)-[m:MEMBER_OF]->(c:Collaboration)
  WHERE coalesce(c.started, '') <= $at AND coalesce(m.joined, '') <= $at
  RETURN c, hops
  UNION ALL
  MATCH (c:Collaboration) WHERE coalesce(c.started, '') <= $at
  RETURN c, null AS hops
}
WITH c, min(hops) AS hops
MATCH (p:Person)-[r:LEADS|CONTACT_FOR]->(c)
WHERE coalesce(r.from, '') <= $at
WITH p, r, c, hops,
  CASE WHEN $topic IN coalesce(r.topics, []) THEN ['topic'] ELSE [] END
  + CASE WHEN EXISTS { (c)-[:COVERS]->(:Function {id: $topic}) } THEN ['function'] ELSE [] END
  + CASE WHEN EXISTS { (l:Lesson)-[:LEARNED_IN]->(c) WHERE l.theme = $topic AND l.date <= $at } THEN ['lesson']
    ELSE [] END AS matched
WHERE size(matched) > 0
WITH p, r, c, hops, matched,
  CASE WHEN 'topic' IN matched THEN 1.0 WHEN 'function' IN matched THEN 0.9 ELSE 0.8 END
    + 0.1 * (size(matched) - 1) AS match,
  CASE WHEN hops IS NULL THEN 0.5 ELSE 0.5 + 0.5 / (1 + hops) END AS proximity,
  CASE WHEN $topic = 'withdrawal' AND (c.ended <= $at
      OR EXISTS { (c)<-[m:MEMBER_OF]-(:Force) WHERE m.left <= $at }) THEN 1.5 ELSE 1.0 END AS outcome,
  [d IN [r.to, c.ended] WHERE d IS NOT NULL
    | date(CASE size(d) WHEN 4 THEN d + '-01-01' WHEN 7 THEN d + '-01' ELSE d END)] AS ends
WITH p, c, hops, matched, match, proximity, outcome,
  reduce(end = date($at), d IN ends | CASE WHEN d < end THEN d ELSE end END) AS ending
WITH p, c, hops, matched,
  round(match * proximity * outcome
    * (0.5 + 0.5 * exp(-(toFloat(duration.inDays(ending, date($at)).days) / 365.25) / 10)), 6) AS score
ORDER BY score DESC
WITH p, c, hops, collect({score: score, matched: matched})[0] AS best
RETURN p.id AS person, c.id AS collaboration, hops, best.score AS score, best.matched AS matchedOn
ORDER BY hops IS NULL, score DESC, person, collaboration
LIMIT $limit

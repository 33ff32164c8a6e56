// Contacts, the Cypher-only way (docs/analytics.md, "Contacts for lessons learned"): people who lead, or are
// contacts for, a collaboration that existed by $at and matches $topic by their own topics, by one of its
// functions or by the theme of one of its lessons dated by $at; ranked by tier (1: has done what is asked, its
// own force's withdrawal while the role ran or a collaboration in the function; 0: the rest), then reachable
// first, by score, person, collaboration. hops: fewest force-to-force steps at $at from $force to a force whose
// membership of that collaboration began by $at.
//
// The distances come from a breadth-first search written out level by level: `live` holds the memberships
// active at $at in network collaborations (active, not national); level d + 1 is every force sharing a live
// collaboration with a force of level d and not met before (each collaboration crossed once a level). Eight
// levels are written out (the national register's forces are all within five of each other); should forces
// remain beyond them, a shortest-path search from $force finds their distances (slow on a large register,
// hence only then). A shortest-path search to every force from the start never finished at national scale.
MATCH (k:Collaboration)<-[m:MEMBER_OF]-(:Force)
WHERE coalesce(k.scope, '') <> 'national' AND coalesce(k.status, '') <> 'proposed'
  AND (k.started IS NULL OR k.started < left($at, size(k.started)) OR k.started = $at) AND (k.ended IS NULL OR k.ended >= left($at, size(k.ended)) AND k.ended <> $at)
  AND (m.joined IS NULL OR m.joined < left($at, size(m.joined)) OR m.joined = $at) AND (m.left IS NULL OR m.left >= left($at, size(m.left)) AND m.left <> $at)
WITH collect(m) AS live
MATCH (f:Force {id: $force})
WITH f, live, [f] AS seen, [f] AS last, [[f]] AS levels
CALL (seen, last, live) {
  UNWIND last AS x
  MATCH (x)-[m1:MEMBER_OF]->(k:Collaboration) WHERE m1 IN live
  WITH DISTINCT k
  MATCH (k)<-[m2:MEMBER_OF]-(y:Force) WHERE m2 IN live AND NOT y IN seen
  RETURN collect(DISTINCT y) AS next
}
WITH f, live, seen + next AS seen, next AS last, levels + [next] AS levels
CALL (seen, last, live) {
  UNWIND last AS x
  MATCH (x)-[m1:MEMBER_OF]->(k:Collaboration) WHERE m1 IN live
  WITH DISTINCT k
  MATCH (k)<-[m2:MEMBER_OF]-(y:Force) WHERE m2 IN live AND NOT y IN seen
  RETURN collect(DISTINCT y) AS next
}
WITH f, live, seen + next AS seen, next AS last, levels + [next] AS levels
CALL (seen, last, live) {
  UNWIND last AS x
  MATCH (x)-[m1:MEMBER_OF]->(k:Collaboration) WHERE m1 IN live
  WITH DISTINCT k
  MATCH (k)<-[m2:MEMBER_OF]-(y:Force) WHERE m2 IN live AND NOT y IN seen
  RETURN collect(DISTINCT y) AS next
}
WITH f, live, seen + next AS seen, next AS last, levels + [next] AS levels
CALL (seen, last, live) {
  UNWIND last AS x
  MATCH (x)-[m1:MEMBER_OF]->(k:Collaboration) WHERE m1 IN live
  WITH DISTINCT k
  MATCH (k)<-[m2:MEMBER_OF]-(y:Force) WHERE m2 IN live AND NOT y IN seen
  RETURN collect(DISTINCT y) AS next
}
WITH f, live, seen + next AS seen, next AS last, levels + [next] AS levels
CALL (seen, last, live) {
  UNWIND last AS x
  MATCH (x)-[m1:MEMBER_OF]->(k:Collaboration) WHERE m1 IN live
  WITH DISTINCT k
  MATCH (k)<-[m2:MEMBER_OF]-(y:Force) WHERE m2 IN live AND NOT y IN seen
  RETURN collect(DISTINCT y) AS next
}
WITH f, live, seen + next AS seen, next AS last, levels + [next] AS levels
CALL (seen, last, live) {
  UNWIND last AS x
  MATCH (x)-[m1:MEMBER_OF]->(k:Collaboration) WHERE m1 IN live
  WITH DISTINCT k
  MATCH (k)<-[m2:MEMBER_OF]-(y:Force) WHERE m2 IN live AND NOT y IN seen
  RETURN collect(DISTINCT y) AS next
}
WITH f, live, seen + next AS seen, next AS last, levels + [next] AS levels
CALL (seen, last, live) {
  UNWIND last AS x
  MATCH (x)-[m1:MEMBER_OF]->(k:Collaboration) WHERE m1 IN live
  WITH DISTINCT k
  MATCH (k)<-[m2:MEMBER_OF]-(y:Force) WHERE m2 IN live AND NOT y IN seen
  RETURN collect(DISTINCT y) AS next
}
WITH f, live, seen + next AS seen, next AS last, levels + [next] AS levels
CALL (seen, last, live) {
  UNWIND last AS x
  MATCH (x)-[m1:MEMBER_OF]->(k:Collaboration) WHERE m1 IN live
  WITH DISTINCT k
  MATCH (k)<-[m2:MEMBER_OF]-(y:Force) WHERE m2 IN live AND NOT y IN seen
  RETURN collect(DISTINCT y) AS next
}
WITH f, live, seen + next AS seen, next AS last, levels + [next] AS levels
CALL (f, live, seen, last) {
  WITH * WHERE size(last) > 0
  MATCH p = SHORTEST 1 (f) ((:Force)-[m1:MEMBER_OF]->(:Collaboration)<-[m2:MEMBER_OF]-(:Force)
      WHERE m1 IN live AND m2 IN live)* (t:Force)
  WHERE NOT t IN seen
  WITH length(p) / 2 AS distance, collect(t) AS level ORDER BY distance
  RETURN collect(level) AS farther
}
WITH levels + farther AS levels
// the candidates: roles that began by $at in a collaboration that started by $at, and how they match
MATCH (p:Person)-[r:LEADS|CONTACT_FOR]->(c:Collaboration)
WHERE (r.from IS NULL OR r.from < left($at, size(r.from)) OR r.from = $at) AND (c.started IS NULL OR c.started < left($at, size(c.started)) OR c.started = $at)
WITH levels, p, r, c,
  CASE WHEN $topic IN coalesce(r.topics, []) THEN ['topic'] ELSE [] END
  + CASE WHEN EXISTS { (c)-[:COVERS]->(:Function {id: $topic}) } THEN ['function'] ELSE [] END
  + CASE WHEN EXISTS { (l:Lesson)-[:LEARNED_IN]->(c) WHERE l.theme = $topic AND (l.date IS NULL AND c.ended IS NOT NULL AND (c.ended < left($at, size(c.ended)) OR c.ended = $at) OR (l.date < left($at, size(l.date)) OR l.date = $at)) } THEN ['lesson']
    ELSE [] END AS matched
WHERE size(matched) > 0
// hops: the level of the nearest force whose membership of c began by $at (the levels are disjoint)
CALL (c, levels) {
  OPTIONAL MATCH (c)<-[m:MEMBER_OF]-(t:Force) WHERE (m.joined IS NULL OR m.joined < left($at, size(m.joined)) OR m.joined = $at)
  RETURN min([d IN range(0, size(levels) - 1) WHERE t IN levels[d]][0]) AS hops
}
// what the role went through while it ran (withdrawal only): each date taken as the first day on which it has
// certainly happened (a year's next 1 January, a month's next first), as the snapshot takes it
WITH p, r, c, hops, matched,
  [d IN [r.from] WHERE d IS NOT NULL | CASE size(d) WHEN 4 THEN date(d + '-01-01') + duration('P1Y')
    WHEN 7 THEN date(d + '-01') + duration('P1M') ELSE date(d) END][0] AS roleFrom,
  reduce(until = date($at), d IN [x IN [r.to] WHERE x IS NOT NULL | CASE size(x) WHEN 4 THEN date(x + '-01-01')
    + duration('P1Y') WHEN 7 THEN date(x + '-01') + duration('P1M') ELSE date(x) END]
    | CASE WHEN d < until THEN d ELSE until END) AS roleTo,
  [d IN [c.ended] WHERE d IS NOT NULL | CASE size(d) WHEN 4 THEN date(d + '-01-01') + duration('P1Y')
    WHEN 7 THEN date(d + '-01') + duration('P1M') ELSE date(d) END][0] AS endedOn,
  // a leaving on a date not known (leftDateUnknown) counts from the collaboration's end, as the snapshot has it;
  // while the collaboration runs it has not certainly happened, so it is no departure
  [(c)<-[m:MEMBER_OF]-(g:Force) WHERE m.left IS NOT NULL OR m.leftDateUnknown = true AND c.ended IS NOT NULL
    | {own: EXISTS { (p)-[:SERVES_IN]->(g) }, left: [d IN [coalesce(m.left, c.ended)] | CASE size(d)
      WHEN 4 THEN date(d + '-01-01') + duration('P1Y') WHEN 7 THEN date(d + '-01') + duration('P1M') ELSE date(d) END][0]}]
    AS departures
WITH p, r, c, hops, matched, roleFrom, roleTo, endedOn,
  [x IN departures WHERE (roleFrom IS NULL OR x.left >= roleFrom) AND x.left <= roleTo] AS duringRole
WITH p, r, c, hops, matched,
  CASE WHEN 'topic' IN matched THEN 1.0 WHEN 'function' IN matched THEN 0.9 ELSE 0.8 END
    + 0.1 * (size(matched) - 1) AS match,
  CASE WHEN hops IS NULL THEN 0.5 ELSE 0.5 + 0.5 / (1 + hops) END AS proximity,
  // 2 when the role's own force left while it ran, 1.5 when the collaboration ended or lost another member
  CASE WHEN $topic <> 'withdrawal' THEN 1.0
    WHEN any(x IN duringRole WHERE x.own) THEN 2.0
    WHEN size(duringRole) > 0 OR endedOn IS NOT NULL AND (roleFrom IS NULL OR endedOn >= roleFrom)
      AND endedOn <= roleTo THEN 1.5
    ELSE 1.0 END AS outcome,
  [d IN [r.to, c.ended] WHERE d IS NOT NULL
    | CASE size(d) WHEN 4 THEN date(d + '-01-01') + duration('P1Y') WHEN 7 THEN date(d + '-01') + duration('P1M')
      ELSE date(d) END] AS ends
WITH p, r, c, hops, matched, match, proximity, outcome,
  reduce(end = date($at), d IN ends | CASE WHEN d < end THEN d ELSE end END) AS ending
WITH p, r, c, hops, matched,
  CASE WHEN outcome = 2.0 OR 'function' IN matched THEN 1 ELSE 0 END AS tier,
  round(match * proximity * outcome
    * (0.5 + 0.5 * exp(-(toFloat(duration.inDays(ending, date($at)).days) / 365.25) / 10)), 6) AS score
// one line per person and collaboration: the role of the highest tier scoring highest, ties to the snapshot's
// role order (leads before contact roles, earlier start first)
ORDER BY tier DESC, score DESC, type(r) <> 'LEADS', coalesce(r.from, '')
WITH p, c, hops, collect({score: score, matched: matched, tier: tier})[0] AS best
RETURN p.id AS person, c.id AS collaboration, hops, best.score AS score, best.matched AS matchedOn, best.tier AS tier
ORDER BY tier DESC, hops IS NULL, score DESC, person, collaboration
LIMIT $limit

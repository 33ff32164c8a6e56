// Withdrawal impact, the Cypher-only way, for the part plain Cypher expresses (docs/scaling.md says which):
// when $force leaves all its collaborations active at $at, each one's members before and after, whether it
// stays viable (at least 2 remain and $force is not its host), the remaining members' cost shares before and
// after (recorded ones rescaled when every active member has one, else equal shares assumed), and for each
// remaining member of a non-viable one the functions none of its other active, still viable ones covers.
// Each collaboration lists at most $memberLimit members (and shares) in id order, with whole counts.
MATCH (f:Force {id: $force})-[mf:MEMBER_OF]->(c:Collaboration)
WHERE c.status <> 'proposed' AND (c.started IS NULL OR c.started < left($at, size(c.started)) OR c.started = $at) AND (c.ended IS NULL OR c.ended >= left($at, size(c.ended)) AND c.ended <> $at)
  AND (mf.joined IS NULL OR mf.joined < left($at, size(mf.joined)) OR mf.joined = $at) AND (mf.left IS NULL OR mf.left >= left($at, size(mf.left)) AND mf.left <> $at)
WITH f, c, collect(mf)[0] AS mine
CALL (c) {
  MATCH (c)<-[m:MEMBER_OF]-(g:Force)
  WHERE (m.joined IS NULL OR m.joined < left($at, size(m.joined)) OR m.joined = $at) AND (m.left IS NULL OR m.left >= left($at, size(m.left)) AND m.left <> $at)
  WITH g, collect(m.costShare)[0] AS share, count(m.costShare) AS recorded ORDER BY g.id
  RETURN collect(g.id) AS before, collect({force: g.id, share: share, recorded: recorded > 0}) AS members
}
WITH f, c, mine, before, members, [x IN before WHERE x <> f.id] AS after,
  coalesce(mine.costShare, 2.0) AS leaving
WITH f, c, before, after, members, leaving, size(before) AS n,
  coalesce(mine.role, 'member') <> 'host' AND size(after) >= 2 AS viable,
  leaving < 1 AND all(x IN members WHERE x.recorded) AS recorded
WITH f, c, {id: c.id, memberCount: n, remainingCount: size(after), before: before[..$memberLimit],
  after: after[..$memberLimit], viable: viable, sharesAssumed: NOT recorded,
  shares: CASE WHEN n < 2 THEN [] ELSE [x IN members WHERE x.force <> f.id | {force: x.force,
    before: CASE WHEN recorded THEN x.share ELSE 1.0 / n END,
    after: CASE WHEN recorded THEN x.share / (1 - leaving) ELSE 1.0 / (n - 1) END}][..$memberLimit] END} AS affected
ORDER BY c.id
WITH f, collect(affected) AS collaborations, collect(CASE WHEN NOT affected.viable THEN c END) AS dissolved
CALL (f, dissolved) {
  UNWIND dissolved AS c
  MATCH (c)<-[m:MEMBER_OF]-(g:Force)
  WHERE g <> f AND (m.joined IS NULL OR m.joined < left($at, size(m.joined)) OR m.joined = $at) AND (m.left IS NULL OR m.left >= left($at, size(m.left)) AND m.left <> $at)
  WITH DISTINCT c, g
  CALL (c, g, dissolved) {
    MATCH (c)-[:COVERS]->(fn:Function)
    WHERE NOT EXISTS {
      MATCH (g)-[m2:MEMBER_OF]->(o:Collaboration)-[:COVERS]->(fn)
      WHERE o <> c AND NOT o IN dissolved AND o.status <> 'proposed' AND (o.started IS NULL OR o.started < left($at, size(o.started)) OR o.started = $at)
        AND (o.ended IS NULL OR o.ended >= left($at, size(o.ended)) AND o.ended <> $at) AND (m2.joined IS NULL OR m2.joined < left($at, size(m2.joined)) OR m2.joined = $at) AND (m2.left IS NULL OR m2.left >= left($at, size(m2.left)) AND m2.left <> $at)
    }
    WITH fn ORDER BY fn.id
    RETURN collect(fn.id) AS lost
  }
  WITH g, c, lost WHERE size(lost) > 0
  ORDER BY g.id, c.id
  RETURN collect({force: g.id, collaboration: c.id, functions: lost}) AS functionsLost
}
RETURN collaborations, functionsLost

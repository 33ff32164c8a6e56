import type { Alliances } from '../api/types';

// Where the detected communities and the official regions disagree: a force counts as "differing" when most of
// its community's forces sit in another region, i.e. it collaborates more across the border than inside it.

export interface Difference {
  force: string;
  region: string;
  community: string;
  communityRegion: string;
}

export function majorityRegions(alliances: Alliances): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const f of alliances.forces) {
    const community = String(f.community);
    const byRegion = counts.get(community) ?? new Map<string, number>();
    byRegion.set(f.region, (byRegion.get(f.region) ?? 0) + 1);
    counts.set(community, byRegion);
  }
  const majority = new Map<string, string>();
  for (const [community, byRegion] of counts) {
    // Ties are broken by name so that the answer does not depend on the order the server lists forces in.
    const [top] = [...byRegion].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    majority.set(community, top[0]);
  }
  return majority;
}

/**
 * The forces whose community lies mostly in another region. The server's own verdict (differsFromRegion, with
 * the community's mainRegion) is used when it gives one; otherwise the majority region is worked out here.
 */
export function differences(alliances: Alliances): Difference[] {
  const majority = majorityRegions(alliances);
  const main = new Map(alliances.communities.filter((c) => c.mainRegion).map((c) => [String(c.id), c.mainRegion!]));
  return alliances.forces
    .map((f) => {
      const community = String(f.community);
      const communityRegion = main.get(community) ?? majority.get(community) ?? f.region;
      return { force: f.force, region: f.region, community, communityRegion, differs: f.differsFromRegion ?? communityRegion !== f.region };
    })
    .filter((d) => d.differs)
    .map(({ differs: _, ...d }) => d)
    .sort((a, b) => a.force.localeCompare(b.force));
}

/** Communities that span more than one official region, largest first. */
export function crossRegionCommunities(alliances: Alliances) {
  return alliances.communities.filter((c) => new Set(c.regions).size > 1).sort((a, b) => b.forces.length - a.forces.length);
}

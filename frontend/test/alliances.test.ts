import { describe, expect, it } from 'vitest';
import type { Alliances } from '../src/api/types';
import { crossRegionCommunities, differences, majorityRegions } from '../src/model/alliances';
import { readFileSync } from 'node:fs';
import { parseJson } from '../src/api/client';
import fixture from './fixtures/alliances.json';

const alliances = fixture as Alliances;

describe('alliances against regions', () => {
  it('takes the region most of a community sits in', () => {
    const majority = majorityRegions(alliances);
    expect(majority.get('0')).toBe('Eastern');
    expect(majority.get('1')).toBe('South East');
  });

  it('lists the forces whose community is led by another region', () => {
    expect(differences(alliances)).toEqual([{ force: 'thames-valley', region: 'South East', community: '0', communityRegion: 'Eastern' }]);
  });

  it('breaks a tie by region name, whatever order the server lists forces in', () => {
    const tied: Alliances = {
      communities: [{ id: 'x', forces: ['a', 'b'], regions: ['Wales', 'London'] }],
      forces: [
        { force: 'a', community: 'x', region: 'Wales', degree: 1, betweenness: 0, outsideRegionShare: 1 },
        { force: 'b', community: 'x', region: 'London', degree: 1, betweenness: 0, outsideRegionShare: 1 },
      ],
      sampled: false,
    };
    const reversed = { ...tied, forces: [...tied.forces].reverse() };
    expect(majorityRegions(tied).get('x')).toBe('London');
    expect(majorityRegions(reversed).get('x')).toBe('London');
  });

  it('prefers the server\'s own verdict when it gives one', () => {
    const seed = parseJson<Alliances>(readFileSync(new URL('./fixtures/alliances-seed-2020.json', import.meta.url), 'utf8'));
    const diffs = differences(seed);
    // The North East forces sit in a community whose main region is Yorkshire and the Humber.
    expect(diffs.find((d) => d.force === 'durham')).toEqual({ force: 'durham', region: 'North East', community: 'community-5', communityRegion: 'Yorkshire and the Humber' });
    expect(diffs.map((d) => d.force)).toEqual(seed.forces.filter((f) => f.differsFromRegion).map((f) => f.force).sort());
  });

  it('finds communities that cross a regional border', () => {
    expect(crossRegionCommunities(alliances).map((c) => c.id)).toEqual([0]);
  });
});

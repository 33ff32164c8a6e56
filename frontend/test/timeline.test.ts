import { describe, expect, it } from 'vitest';
import type { Collaboration } from '../src/api/types';
import { timelineDomain, timelineRows, yearFraction } from '../src/model/timeline';

const collab = (id: string, started?: string, ended?: string): Collaboration => ({ id, name: id.toUpperCase(), started, ended, functions: [], sources: [], dependsOn: [], partners: [], members: [], figures: [] });

describe('membership timeline', () => {
  const collabs = new Map([
    ['cmpg', collab('cmpg', '1990', '2024-09')],
    ['nwmpg', collab('nwmpg', '2008-06')],
    ['sw-mcit', collab('sw-mcit')],
  ]);

  it('runs a membership from its join date, else the collaboration start, to its leave date, else the end or today', () => {
    const rows = timelineRows(
      [
        { collaboration: 'nwmpg', left: '2018' },
        { collaboration: 'cmpg', left: '2017-07', role: 'member' },
        { collaboration: 'sw-mcit', joined: '2015' },
      ],
      collabs,
      '2026-01-01',
    );
    expect(rows.map((r) => [r.collaboration, r.from, r.to, r.open])).toEqual([
      ['cmpg', '1990-01-01', '2017-07-01', false],
      ['nwmpg', '2008-06-01', '2018-01-01', false],
      ['sw-mcit', '2015-01-01', '2026-01-01', true],
    ]);
  });

  it('flags a membership whose start nobody knows', () => {
    const [row] = timelineRows([{ collaboration: 'sw-mcit' }], collabs, '2026-01-01');
    expect(row.startUnknown).toBe(true);
    expect(row.from).toBeUndefined();
  });

  it('spans from the earliest start to today', () => {
    const rows = timelineRows([{ collaboration: 'nwmpg' }, { collaboration: 'cmpg' }], collabs, '2026-01-01');
    expect(timelineDomain(rows, '2026-01-01', '2000-01-01')).toEqual(['1990-01-01', '2026-01-01']);
    expect(timelineDomain([], '2026-01-01', '2000-01-01')).toEqual(['2000-01-01', '2026-01-01']);
  });

  it('places days on a linear year axis', () => {
    expect(yearFraction('2017-01-01')).toBe(2017);
    expect(yearFraction('2017-07-01')).toBeCloseTo(2017.5, 5);
  });
});

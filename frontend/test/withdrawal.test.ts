import { describe, expect, it } from 'vitest';
import type { Withdrawal } from '../src/api/types';
import { impactMarks, shareRows, sharingNote, summary } from '../src/model/withdrawal';
import { parseJson } from '../src/api/client';
import { readFileSync } from 'node:fs';

// Read as the page reads it: nulls in the server's JSON become absent fields.
const w = parseJson<Withdrawal>(readFileSync(new URL('./fixtures/withdrawal-lancashire-nwmpg.json', import.meta.url), 'utf8'));

describe('what-if withdrawal', () => {
  // The fixture is the server's answer for Lancashire leaving NWMPG on 2017-06-30, which lists stayers only.
  it('shows equal shares going from a quarter to a third when Lancashire leaves NWMPG', () => {
    const rows = shareRows(w.collaborations[0], 'lancashire');
    expect(rows.map((r) => [r.force, r.before, r.after])).toEqual([
      ['cheshire', '25.0%', '33.3%'],
      ['greater-manchester', '25.0%', '33.3%'],
      ['lancashire', '25.0%', '—'],
      ['merseyside', '25.0%', '33.3%'],
    ]);
    expect(rows.filter((r) => r.leaving).map((r) => r.force)).toEqual(['lancashire']);
    // No annual cost is recorded for NWMPG, so no extra cost can be claimed.
    expect(rows.every((r) => r.extra === '—')).toBe(true);
  });

  it('gives every member that stays the one equal share the answer states for all of them', () => {
    expect(w.collaborations[0].costShare).toEqual([]);
    const each = { before: 0.25, after: 1 / 3, extraAnnualCost: 50_000 };
    const rows = shareRows({ ...w.collaborations[0], annualCost: 600_000, equalShare: each }, 'lancashire');
    expect(rows.filter((r) => !r.leaving).map((r) => [r.force, r.after, r.extra])).toEqual([
      ['cheshire', '33.3%', '+£50k'],
      ['greater-manchester', '33.3%', '+£50k'],
      ['merseyside', '33.3%', '+£50k'],
    ]);
  });

  it('states the extra yearly cost where the collaboration cost is known', () => {
    const impact = { ...w.collaborations[0], annualCost: 1_200_000, costShare: [{ force: 'cheshire', before: 0.25, after: 1 / 3, extraAnnualCost: 100_000 }], membersBefore: ['cheshire', 'lancashire'] };
    expect(shareRows(impact, 'lancashire')[0].extra).toBe('+£100k');
  });

  it('shows the leaving force\'s recorded share when shares are recorded', () => {
    const recorded = { ...w.collaborations[0], sharesAssumed: false, equalShare: undefined, membersBefore: ['cheshire', 'lancashire'], costShare: [{ force: 'cheshire', before: 0.6, after: 1 }] };
    expect(shareRows(recorded, 'lancashire', 0.4)[1]).toEqual({ force: 'lancashire', before: '40.0%', after: '—', extra: '—', leaving: true });
    expect(shareRows(recorded, 'lancashire')[1].before).toBe('—');
  });

  it('marks on the graph who pays more, what fails and who is left alone', () => {
    const marks = impactMarks(w);
    expect(marks.leaving).toBe('lancashire');
    expect([...marks.affected]).toEqual(['nwmpg']);
    expect(marks.nonViable.size).toBe(0);
    expect([...marks.payingMore].sort()).toEqual(['cheshire', 'greater-manchester', 'merseyside']);

    const broken: Withdrawal = {
      ...w,
      collaborations: [{ ...w.collaborations[0], viable: false }],
      cascade: [{ id: 'seven-force', dependsOn: ['nwmpg'], reason: 'builds on NWMPG' }],
      network: { ...w.network, isolatedForces: ['cheshire'] },
    };
    const brokenMarks = impactMarks(broken);
    expect([...brokenMarks.nonViable].sort()).toEqual(['nwmpg', 'seven-force']);
    expect(brokenMarks.affected.size).toBe(0);
    expect([...brokenMarks.isolated]).toEqual(['cheshire']);
  });

  it('says equal shares are assumed for want of any record only when no member has a recorded share', () => {
    expect(sharingNote(w, 'nwmpg', true, false)).toEqual({ kind: 'shares-assumed', text: 'No cost sharing is recorded: equal shares are assumed.' });
    expect(sharingNote(w, 'nwmpg', true, true)?.text).toBe('The recorded cost shares cannot be rescaled among those who remain (not every member has one, or the leaving force paid everything): equal shares are assumed.');
    expect(sharingNote(w, 'nwmpg', false, true)).toBeNull();
    const formula: Withdrawal = { ...w, costSharing: [{ collaboration: 'nwmpg', method: 'formula', recomputed: { missing: [{ what: 'a' }, { what: 'b' }] } }] };
    expect(sharingNote(formula, 'nwmpg', true, false)?.kind).toBe('shares-illustration');
    expect(sharingNote(formula, 'nwmpg', true, false)?.text).toContain('2 of the numbers it needs are not recorded');
  });

  it('summarises the answer in one sentence', () => {
    expect(summary(w, (id) => id)).toBe('1 collaboration affected, 0 no longer viable.');
    expect(summary({ ...w, network: { ...w.network, componentsAfter: 8 } }, (id) => id)).toContain('network splits from 7 into 8 parts');
    expect(summary({ ...w, notMember: true }, (id) => id.toUpperCase())).toBe('LANCASHIRE is not a member of any collaboration on this date.');
  });
});

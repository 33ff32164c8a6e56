import { describe, expect, it } from 'vitest';
import type { Collaboration, Withdrawal } from '../src/api/types';
import { impactMarks, membersOn, shareRows, sharingNote, summary, type SharingTerms } from '../src/model/withdrawal';
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

  it('shows a share that rises by less than a tenth of a point to the places that show the rise', () => {
    const wide = { ...w.collaborations[0], memberCount: 253, remainingCount: 252, equalShare: { before: 1 / 253, after: 1 / 252 } };
    expect(shareRows(wide, 'lancashire').filter((r) => !r.leaving).map((r) => [r.before, r.after])[0]).toEqual(['0.395%', '0.397%']);
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

  // NWMPG as if it recorded a share per member (Lancashire's 10% rescaled away) beside agreement terms, and £1.2m a year.
  const recordedToo = {
    ...w.collaborations[0],
    annualCost: 1_200_000,
    sharesAssumed: false,
    equalShare: undefined,
    costShare: [
      { force: 'cheshire', before: 0.6, after: 0.6 / 0.9, extraAnnualCost: 80_000 },
      { force: 'greater-manchester', before: 0.2, after: 0.2 / 0.9, extraAnnualCost: 26_666.67 },
      { force: 'merseyside', before: 0.1, after: 0.1 / 0.9, extraAnnualCost: 13_333.33 },
    ],
  };
  const rowsOf = (rows: ReturnType<typeof shareRows>) => rows.map((r) => [r.force, r.before, r.after, r.extra]);

  it("shows the agreement's shares before and after, and their extra £, not the recorded shares rescaled", () => {
    const terms: SharingTerms = {
      collaboration: 'nwmpg',
      method: 'formula',
      sharesBefore: { cheshire: 0.4, 'greater-manchester': 0.3, lancashire: 0.2, merseyside: 0.1 },
      recomputed: { formula: 'formula of incidents', shares: { cheshire: 0.5, 'greater-manchester': 0.375, merseyside: 0.125 }, missing: [] },
    };
    expect(rowsOf(shareRows(recordedToo, 'lancashire', 0.1, terms))).toEqual([
      ['cheshire', '40.0%', '50.0%', '+£120k'],
      ['greater-manchester', '30.0%', '37.5%', '+£90k'],
      ['lancashire', '20.0%', '—', '—'],
      ['merseyside', '10.0%', '12.5%', '+£30k'],
    ]);
    // the rows add up to what the summary prices: Σ (after − before) × £1.2m = £240k
    const extras = shareRows(recordedToo, 'lancashire', 0.1, terms).filter((r) => !r.leaving).map((r) => Number(r.extra.replace(/[+£k]/g, '')));
    expect(extras.reduce((a, b) => a + b, 0)).toBe(240);
    const withTerms: Withdrawal = { ...w, collaborations: [recordedToo], costSharing: [terms] };
    expect(sharingNote(withTerms, 'nwmpg', false, true)?.text).toBe('Shares before and after under the recorded formula of incidents, not the shares recorded per member.');
    expect([...impactMarks(withTerms).payingMore].sort()).toEqual(['cheshire', 'greater-manchester', 'merseyside']);
    // equal terms: a third each before (the leaver's too), a half after
    const equal: SharingTerms = { collaboration: 'nwmpg', method: 'equal', sharesBefore: { cheshire: 0.25, 'greater-manchester': 0.25, lancashire: 0.25, merseyside: 0.25 }, recomputed: { formula: 'equal', shares: { cheshire: 1 / 3, 'greater-manchester': 1 / 3, merseyside: 1 / 3 }, missing: [] } };
    expect(rowsOf(shareRows(recordedToo, 'lancashire', 0.1, equal))[2]).toEqual(['lancashire', '25.0%', '—', '—']);
    expect(rowsOf(shareRows(recordedToo, 'lancashire', 0.1, equal))[0]).toEqual(['cheshire', '25.0%', '33.3%', '+£100k']);
  });

  it("shows a formula's new shares but no shares before nor extra £ when it lacks only the leaving force's numbers", () => {
    const terms: SharingTerms = { collaboration: 'nwmpg', method: 'formula', sharesBefore: null, recomputed: { formula: 'formula of incidents', shares: { cheshire: 0.5, 'greater-manchester': 0.375, merseyside: 0.125 }, missing: [] } };
    expect(rowsOf(shareRows(recordedToo, 'lancashire', 0.1, terms)).slice(0, 3)).toEqual([
      ['cheshire', '—', '50.0%', '—'],
      ['greater-manchester', '—', '37.5%', '—'],
      ['lancashire', '—', '—', '—'],
    ]);
    const withTerms: Withdrawal = { ...w, collaborations: [recordedToo], costSharing: [terms] };
    expect(sharingNote(withTerms, 'nwmpg', false, false)?.text).toBe("New shares under the recorded formula of incidents; it cannot give the shares before (the leaving force's numbers are missing), so no extra cost is shown.");
  });

  it("shows a formula lacking numbers as the equal split it illustrates, not the recorded shares rescaled", () => {
    const terms: SharingTerms = { collaboration: 'nwmpg', method: 'formula', sharesBefore: null, recomputed: { formula: 'formula of length of motorway', shares: null, missing: [{ what: 'a' }] } };
    expect(rowsOf(shareRows(recordedToo, 'lancashire', 0.1, terms))).toEqual([
      ['cheshire', '25.0%', '33.3%', '+£100k'],
      ['greater-manchester', '25.0%', '33.3%', '+£100k'],
      ['lancashire', '25.0%', '—', '—'],
      ['merseyside', '25.0%', '33.3%', '+£100k'],
    ]);
    const withTerms: Withdrawal = { ...w, collaborations: [recordedToo], costSharing: [terms] };
    expect(sharingNote(withTerms, 'nwmpg', false, true)?.text).toBe('Costs are split by a recorded formula, but 1 of the numbers it needs are not recorded: the equal split shown is only an illustration, not the shares recorded per member.');
  });

  it('shows no shares for a formula not worked out because its stayers are not all listed, and says so', () => {
    // 3 of 5 stayers listed (memberLimit): the server recomputes no formula for part of them
    const partial = { ...recordedToo, memberCount: 6, remainingCount: 5 };
    const terms: SharingTerms = { collaboration: 'nwmpg', method: 'formula', recomputed: null };
    const rows = shareRows(partial, 'lancashire', 0.1, terms);
    expect(rows.map((r) => [r.before, r.after, r.extra])).toEqual(Array(4).fill(['—', '—', '—']));
    const withTerms: Withdrawal = { ...w, collaborations: [partial], costSharing: [terms] };
    expect(sharingNote(withTerms, 'nwmpg', false, true)).toEqual({ kind: 'shares-unlisted', text: 'Costs are split by a recorded formula, worked out only when every remaining member is listed (3 of the 5 remaining are): no shares are shown.' });
    expect(impactMarks(withTerms).payingMore.size).toBe(0);
    // equal terms need no list: a sixth each before, a fifth after
    const equal: SharingTerms = { collaboration: 'nwmpg', method: 'equal', recomputed: null };
    expect(rowsOf(shareRows(partial, 'lancashire', 0.1, equal))[0]).toEqual(['cheshire', '16.7%', '20.0%', '+£40k']);
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

describe('the members whose recorded shares count on a date', () => {
  const collab = {
    id: 'words-former',
    name: 'Words Test Unit',
    started: '2015-01-01',
    members: [
      { force: 'surrey', joined: '2015-01-01', left: '2018-01-01', costShare: 1 },
      { force: 'kent', joined: '2015-01-01' },
      { force: 'essex' },
      { force: 'sussex', joined: '2021' },
    ],
  } as unknown as Collaboration;

  it('leaves out a member that had left, with its share, and one not yet certainly joined', () => {
    const on = membersOn(collab, '2020-06-30');
    expect(on.map((m) => m.force)).toEqual(['kent', 'essex']);
    expect(on.some((m) => m.costShare !== undefined)).toBe(false);
  });

  it('counts the former member on a day it was still one', () => {
    expect(membersOn(collab, '2017-06-30').map((m) => m.force)).toEqual(['surrey', 'kent', 'essex']);
  });
});

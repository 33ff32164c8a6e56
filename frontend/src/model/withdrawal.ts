import type { Collaboration, Withdrawal, WithdrawalImpact } from '../api/types';
import { spanActiveAt } from './dates';
import { money, percent, percentPair } from './format';

// Turns the API's what-if answer into what the page shows: which nodes to mark on the graph, and a
// before/after row per member of each affected collaboration.

export interface ImpactMarks {
  leaving: string;
  /** Collaborations that would no longer be viable, including those that fail in the dependency cascade. */
  nonViable: Set<string>;
  /** Collaborations that survive but change (fewer members, higher shares). */
  affected: Set<string>;
  /** Forces left without any partner. */
  isolated: Set<string>;
  /** Forces whose cost share would rise. */
  payingMore: Set<string>;
}

export function impactMarks(w: Withdrawal): ImpactMarks {
  const nonViable = new Set(w.collaborations.filter((c) => !c.viable).map((c) => c.id));
  for (const c of w.cascade) nonViable.add(c.id);
  const affected = new Set(w.collaborations.filter((c) => c.viable).map((c) => c.id));
  const payingMore = new Set<string>();
  // The table's shares (the agreement's terms where recorded), so that the map rings whom the table shows paying more.
  for (const c of w.collaborations) {
    for (const s of shareFigures(c, w.force, undefined, termsOf(w, c.id))) {
      if (!s.leaving && s.after !== undefined && s.before !== undefined && s.after > s.before) payingMore.add(s.force);
    }
  }
  return { leaving: w.force, nonViable, affected, isolated: new Set(w.network.isolatedForces), payingMore };
}

/** A collaboration's recorded formula or equal-share terms as the answer recomputed them (`costSharing`). */
export type SharingTerms = NonNullable<Withdrawal['costSharing']>[number];

export function termsOf(w: Withdrawal, collaboration: string): SharingTerms | undefined {
  return w.costSharing?.find((s) => s.collaboration === collaboration);
}

export interface ShareFigures {
  force: string;
  before?: number;
  after?: number;
  /** £ a year more than before, where the collaboration's cost and both shares are known. */
  extra?: number;
  leaving: boolean;
}

/**
 * One member before the withdrawal per row, with the shares the server's summary prices. Where agreement terms are
 * recorded (`terms`), theirs, whatever per-member shares the register also holds: the shares the terms give before
 * and after; the equal split 1/n → 1/(n − 1) of equal terms whose stayers are not all listed (equal terms need no
 * list) or of a formula lacking numbers (labelled an illustration); none where a formula was not worked out because
 * its stayers are not all listed (`memberLimit`). Otherwise the answer's recorded shares of the stayers, or its one
 * equal share that is each of theirs; the leaving force's own share is then the equal share when shares are assumed,
 * else its recorded share (`recordedLeavingShare`). The leaving force pays nothing after.
 */
export function shareFigures(impact: WithdrawalImpact, leaving: string, recordedLeavingShare?: number, terms?: SharingTerms): ShareFigures[] {
  const shares = (force: string): Omit<ShareFigures, 'force' | 'leaving'> | undefined => {
    if (terms?.recomputed?.shares) {
      const before = terms.sharesBefore?.[force];
      const after = terms.recomputed.shares[force];
      return { before, after, extra: priced(impact.annualCost, before, after) };
    }
    if (terms && (terms.method === 'equal' || terms.recomputed)) {
      const before = 1 / impact.memberCount;
      const after = impact.remainingCount ? 1 / impact.remainingCount : undefined;
      return { before, after, extra: priced(impact.annualCost, before, after) };
    }
    if (terms) return undefined;
    const s = impact.costShare.find((x) => x.force === force) ?? impact.equalShare;
    return s && { before: s.before, after: s.after, extra: s.extraAnnualCost };
  };
  const leavingBefore = impact.sharesAssumed && impact.memberCount ? 1 / impact.memberCount : recordedLeavingShare;
  return impact.membersBefore.map((force) => {
    const own = shares(force);
    return force === leaving ? { force, before: terms ? own?.before : (own?.before ?? leavingBefore), leaving: true } : { force, ...own, leaving: false };
  });
}

function priced(annualCost: number | undefined, before: number | undefined, after: number | undefined): number | undefined {
  return annualCost === undefined || before === undefined || after === undefined ? undefined : annualCost * (after - before);
}

export interface ShareRow {
  force: string;
  before: string;
  after: string;
  extra: string;
  leaving: boolean;
}

/** {@link shareFigures} as the table writes them. */
export function shareRows(impact: WithdrawalImpact, leaving: string, recordedLeavingShare?: number, terms?: SharingTerms): ShareRow[] {
  return shareFigures(impact, leaving, recordedLeavingShare, terms).map((s) => {
    const [before, after] = s.leaving ? [percent(s.before), '—'] : percentPair(s.before, s.after);
    return { force: s.force, before, after, extra: s.leaving || s.extra === undefined ? '—' : `+${money(s.extra)}`, leaving: s.leaving };
  });
}

/** A one-line summary for screen readers and the panel's heading. */
export function summary(w: Withdrawal, nameOf: (id: string) => string): string {
  if (w.notMember) return `${nameOf(w.force)} is not a member of any collaboration on this date.`;
  const lost = w.collaborations.filter((c) => !c.viable).length;
  const parts = [`${w.collaborations.length} collaboration${w.collaborations.length === 1 ? '' : 's'} affected`];
  parts.push(`${lost} no longer viable`);
  if (w.network.isolatedForces.length) parts.push(`${w.network.isolatedForces.length} force(s) left without partners`);
  if (w.network.componentsAfter !== w.network.componentsBefore) {
    parts.push(`network splits from ${w.network.componentsBefore} into ${w.network.componentsAfter} parts`);
  }
  return parts.join(', ') + '.';
}

export interface SharingNote {
  kind: 'shares-illustration' | 'shares-recorded' | 'shares-assumed' | 'shares-unlisted';
  text: string;
}

/**
 * What the shares shown for one collaboration rest on ({@link shareFigures}): the agreement's terms (equal shares, or
 * a formula's shares before and after; said to stand in place of the members' recorded shares where some are
 * recorded, `someShareRecorded`: the register's memberships), a formula's illustration when it lacks numbers, or none
 * shown when a formula's stayers are not all listed; else equal shares assumed, said to be for want of any record only
 * when no member's share is recorded; else nothing to add (recorded shares rescaled).
 */
export function sharingNote(w: Withdrawal, collaboration: string, sharesAssumed: boolean, someShareRecorded: boolean): SharingNote | null {
  const terms = termsOf(w, collaboration);
  const notRecorded = someShareRecorded ? ', not the shares recorded per member' : '';
  if (terms?.method === 'equal') {
    return { kind: 'shares-recorded', text: `The agreement shares costs equally: the shares shown are its equal split${notRecorded}.` };
  }
  if (terms?.recomputed?.shares) {
    const formula = terms.recomputed.formula ?? terms.method;
    return terms.sharesBefore
      ? { kind: 'shares-recorded', text: `Shares before and after under the recorded ${formula}${notRecorded}.` }
      : { kind: 'shares-recorded', text: `New shares under the recorded ${formula}${notRecorded}; it cannot give the shares before (the leaving force's numbers are missing), so no extra cost is shown.` };
  }
  if (terms && !terms.recomputed) {
    const c = w.collaborations.find((x) => x.id === collaboration);
    const listed = c ? ` (${c.membersAfter.length} of the ${c.remainingCount} remaining are)` : '';
    return { kind: 'shares-unlisted', text: `Costs are split by a recorded formula, worked out only when every remaining member is listed${listed}: no shares are shown.` };
  }
  if (terms) {
    const missing = terms.recomputed?.missing.length ?? 0;
    return { kind: 'shares-illustration', text: `Costs are split by a recorded formula, but ${missing} of the numbers it needs are not recorded: the equal split shown is only an illustration${notRecorded}.` };
  }
  if (!sharesAssumed) return null;
  return someShareRecorded
    ? { kind: 'shares-assumed', text: 'The recorded cost shares cannot be rescaled among those who remain (not every member has one, or the leaving force paid everything): equal shares are assumed.' }
    : { kind: 'shares-assumed', text: 'No cost sharing is recorded: equal shares are assumed.' };
}

/**
 * A collaboration's memberships running on `at`: whose recorded shares count there, as the server reads them (a past
 * member's share is none of the members' then).
 */
export function membersOn(c: Collaboration, at: string): Collaboration['members'] {
  return c.members.filter((m) => spanActiveAt(m.joined ?? c.started, m.left, at));
}

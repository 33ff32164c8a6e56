import type { Withdrawal, WithdrawalImpact } from '../api/types';
import { money, percent } from './format';

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
  for (const c of w.collaborations) {
    for (const s of c.costShare) {
      if (s.after !== undefined && s.before !== undefined && s.after > s.before) payingMore.add(s.force);
    }
    const each = c.equalShare;
    if (each?.after !== undefined && each.before !== undefined && each.after > each.before) {
      for (const force of c.membersAfter) payingMore.add(force);
    }
  }
  return { leaving: w.force, nonViable, affected, isolated: new Set(w.network.isolatedForces), payingMore };
}

export interface ShareRow {
  force: string;
  before: string;
  after: string;
  extra: string;
  leaving: boolean;
}

/**
 * One row per member before the withdrawal: its share before and after, and the extra yearly cost where the
 * collaboration's cost is known. The API gives the recorded shares of the members that stay, or one equal share
 * that is each of theirs; the leaving force's own share is the equal share when shares are assumed, else its
 * recorded share (`recordedLeavingShare`), and it pays nothing after.
 */
export function shareRows(impact: WithdrawalImpact, leaving: string, recordedLeavingShare?: number): ShareRow[] {
  const byForce = new Map(impact.costShare.map((s) => [s.force, s]));
  const leavingBefore = impact.sharesAssumed && impact.memberCount ? 1 / impact.memberCount : recordedLeavingShare;
  return impact.membersBefore.map((force) => {
    const s = byForce.get(force) ?? impact.equalShare;
    if (force === leaving) {
      return { force, before: percent(s?.before ?? leavingBefore), after: '—', extra: '—', leaving: true };
    }
    return {
      force,
      before: percent(s?.before),
      after: percent(s?.after),
      extra: s?.extraAnnualCost === undefined ? '—' : `+${money(s.extraAnnualCost)}`,
      leaving: false,
    };
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
  kind: 'shares-illustration' | 'shares-recorded' | 'shares-assumed';
  text: string;
}

/**
 * What the shares shown for one collaboration rest on: a recorded formula (its new shares, or an illustration when
 * it lacks numbers), or equal shares assumed, said to be for want of any record only when no member's share is
 * recorded (`someShareRecorded`: the register's memberships); else nothing to add (recorded shares rescaled).
 */
export function sharingNote(w: Withdrawal, collaboration: string, sharesAssumed: boolean, someShareRecorded: boolean): SharingNote | null {
  const recorded = w.costSharing?.find((s) => s.collaboration === collaboration);
  const missing = recorded?.recomputed?.missing.length ?? 0;
  if (recorded && recorded.method === 'formula' && !recorded.recomputed?.shares) {
    return { kind: 'shares-illustration', text: `Costs are split by a recorded formula, but ${missing} of the numbers it needs are not recorded: the equal split shown is only an illustration.` };
  }
  if (recorded?.recomputed?.shares) return { kind: 'shares-recorded', text: `New shares under the recorded ${recorded.recomputed.formula ?? recorded.method}.` };
  if (!sharesAssumed) return null;
  return someShareRecorded
    ? { kind: 'shares-assumed', text: 'The recorded cost shares cannot be rescaled among those who remain (not every member has one, or the leaving force paid everything): equal shares are assumed.' }
    : { kind: 'shares-assumed', text: 'No cost sharing is recorded: equal shares are assumed.' };
}

import type { Collaboration, ForceMembership } from '../api/types';
import { firstDay } from './dates';

// A force's memberships as bars on a time axis. A membership with no join date runs from its collaboration's
// start; with no leave date, to the collaboration's end or, failing that, to today.

export interface TimelineRow {
  collaboration: string;
  name: string;
  role?: string;
  from?: string;
  to?: string;
  /** Ends on today because nothing says it has ended. */
  open: boolean;
  /** The start is unknown (neither joined nor the collaboration's start is recorded). */
  startUnknown: boolean;
}

export function timelineRows(memberships: ForceMembership[], collabs: Map<string, Collaboration>, today: string): TimelineRow[] {
  return memberships
    .map((m) => {
      const c = collabs.get(m.collaboration);
      const from = firstDay(m.joined) ?? firstDay(c?.started);
      const end = firstDay(m.left) ?? firstDay(c?.ended);
      return { collaboration: m.collaboration, name: c?.name ?? m.collaboration, role: m.role, from, to: end ?? today, open: end === undefined, startUnknown: from === undefined };
    })
    .sort((a, b) => (a.from ?? '0000').localeCompare(b.from ?? '0000') || a.name.localeCompare(b.name));
}

/** The axis: from the earliest known start (or a fallback) to today. */
export function timelineDomain(rows: TimelineRow[], today: string, fallbackStart: string): [string, string] {
  const starts = rows.map((r) => r.from).filter((d): d is string => !!d);
  const start = starts.length ? starts.reduce((a, b) => (a < b ? a : b)) : fallbackStart;
  return [start < today ? start : fallbackStart, today];
}

/** Years since year 0 as a fractional number, for placing a day on a linear axis. */
export function yearFraction(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return y + (m - 1) / 12 + (d - 1) / 365;
}

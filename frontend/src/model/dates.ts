import type { PartialDate } from '../api/types';

// Dates travel as ISO strings throughout: "YYYY-MM-DD" sorts and compares correctly as text, which keeps the
// time logic free of time zones (a Date at local midnight can land on the previous UTC day).

const PARTIAL = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/;

/** The first day of a partial date's period ("2018" → "2018-01-01"), or undefined when absent or malformed. */
export function firstDay(date: PartialDate | undefined | null): string | undefined {
  if (!date) return undefined;
  const m = PARTIAL.exec(date);
  if (!m) return undefined;
  return `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}`;
}

/**
 * The first day on which an event recorded at this precision has certainly happened: a full date itself, a month's
 * event the 1st of the next month, a year's the next 1 January ("2018" → "2019-01-01"). Inside its period the event
 * may or may not have happened, so "as of" a day in it counts it as not yet (the server's rule, docs/analytics.md).
 */
export function certainDay(date: PartialDate | undefined | null): string | undefined {
  const m = date ? PARTIAL.exec(date) : null;
  if (!m) return undefined;
  if (m[3]) return `${m[1]}-${m[2]}-${m[3]}`;
  if (m[2]) return Number(m[2]) === 12 ? `${String(Number(m[1]) + 1).padStart(4, '0')}-01-01` : `${m[1]}-${String(Number(m[2]) + 1).padStart(2, '0')}-01`;
  return `${String(Number(m[1]) + 1).padStart(4, '0')}-01-01`;
}

/** True when `at` falls inside the period of a date recorded only to a year or a month: it may already have happened. */
export function uncertainAt(date: PartialDate | undefined | null, at: string): boolean {
  const from = firstDay(date);
  const certain = certainDay(date);
  return from !== undefined && certain !== undefined && from !== certain && from <= at && at < certain;
}

/**
 * True when a span is running on `at`: it had certainly begun by then (missing = always) and had not certainly
 * ended. A start or end known only to a year or a month counts as not yet happened inside its period.
 */
export function spanActiveAt(start: PartialDate | undefined, end: PartialDate | undefined, at: string): boolean {
  const from = certainDay(start);
  const to = certainDay(end);
  return (from === undefined || from <= at) && (to === undefined || to > at);
}

export function isoToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function isIsoDay(text: string | null | undefined): text is string {
  return !!text && /^\d{4}-\d{2}-\d{2}$/.test(text) && firstDay(text) === text;
}

/** Months since year 0, the slider's unit: one step is one month. */
export function monthIndex(isoDay: string): number {
  return Number(isoDay.slice(0, 4)) * 12 + Number(isoDay.slice(5, 7)) - 1;
}

/** The first day of the month a slider position stands for. */
export function monthStart(index: number): string {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2017-06-30" → "30 Jun 2017"; partial dates keep their precision ("2018-05" → "May 2018"). */
export function formatDate(date: PartialDate | undefined): string {
  if (!date) return '';
  const m = PARTIAL.exec(date);
  if (!m) return date;
  const month = m[2] ? MONTHS[Number(m[2]) - 1] : undefined;
  return [m[3] ? String(Number(m[3])) : undefined, month, m[1]].filter(Boolean).join(' ');
}

/** The earliest start among the given partial dates, as a first day; undefined if none is known. */
export function earliest(dates: (PartialDate | undefined)[]): string | undefined {
  let min: string | undefined;
  for (const d of dates) {
    const day = firstDay(d);
    if (day && (min === undefined || day < min)) min = day;
  }
  return min;
}

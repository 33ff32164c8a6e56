import type { Budget, Schemas } from '../api/types';

// A collaboration's money by financial year: its budgets as recorded, and what each member force pays in one
// year as the server works it out (GET /api/analytics/net-contribution: share × that year's budget, the share
// recorded or from the recorded formula). Nothing is computed here that the server did not answer: a force whose
// payment the server could not work out stays unknown, with the server's reasons, never a 0.

export type NetContributionAnswer = Schemas['NetContributionAnswer'];
export type NetContributionLine = Schemas['NetContributionLine'];

const FINANCIAL_YEAR = /^(\d{4})\/(\d{2})$/;

/** "2019/20" for any day from 1 April 2019 to 31 March 2020 ("YYYY-MM-DD"). */
export function financialYearOf(day: string): string {
  const year = Number(day.slice(0, 4));
  const start = day.slice(5) >= '04-01' ? year : year - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

/** The first day of a financial year ("2019/20" → "2019-04-01"), or undefined when it is not one. */
export function financialYearStart(year: string | undefined): string | undefined {
  const m = year ? FINANCIAL_YEAR.exec(year) : null;
  if (!m || (Number(m[1]) + 1) % 100 !== Number(m[2])) return undefined;
  return `${m[1]}-04-01`;
}

/** The budgets in the order of their years, those without a (valid) year last as recorded. */
export function budgetsByYear(budgets: Budget[] | undefined): Budget[] {
  const list = [...(budgets ?? [])];
  return list.sort((a, b) => (financialYearStart(a.year) ?? '9999').localeCompare(financialYearStart(b.year) ?? '9999'));
}

/**
 * The financial years a member's contribution can be asked for at `at`: those with a recorded budget that had
 * begun by then, latest first (a later year's budget is not known on the date shown).
 */
export function contributionYears(budgets: Budget[] | undefined, at: string): string[] {
  const years = (budgets ?? []).map((b) => b.year).filter((y): y is string => !!financialYearStart(y) && financialYearStart(y)! <= at);
  return [...new Set(years)].sort().reverse();
}

export interface ContributionRow {
  force: string;
  name: string;
  /** The share the server used, and what it rests on ("its recorded cost share", "the recorded formula …"). */
  share?: number;
  shareBasis?: string;
  /** What the force pays in the year, in GBP; undefined when the server could not work it out. */
  pays?: number;
  budget?: number;
  budgetSource?: string;
  /** Why a figure is missing, in the server's words. */
  gaps: string[];
}

/** One row per force the server lists in this collaboration, in name order. */
export function contributionRows(answer: NetContributionAnswer, collaboration: string): ContributionRow[] {
  const rows: ContributionRow[] = [];
  for (const f of answer.forces ?? []) {
    const line = (f.collaborations ?? []).find((l) => l.collaboration === collaboration);
    if (!line || !f.force) continue;
    rows.push({
      force: f.force,
      name: f.name ?? f.force,
      share: line.share,
      shareBasis: line.shareBasis,
      pays: line.pays ?? undefined,
      budget: line.budget ?? undefined,
      budgetSource: line.budgetSource,
      gaps: line.gaps ?? [],
    });
  }
  return rows.sort((a, b) => a.name.localeCompare(b.name));
}

/** The sum of what is known and how many rows it leaves out (unknowns are counted, never added as 0). */
export function knownTotal(rows: ContributionRow[]): { total: number; unknown: number } {
  let total = 0;
  let unknown = 0;
  for (const r of rows) {
    if (r.pays === undefined) unknown++;
    else total += r.pays;
  }
  return { total: Math.round(total * 100) / 100, unknown };
}

import type { Schemas } from '../api/types';
import { financialYearStart } from './contributions';

// A benefit's planned against realised values over time (GET .../benefits/{id}/progress), laid out for a small
// SVG chart. The periods are the server's rows in its time order, one slot each and never merged ("2019/20" and
// "2019-06" stay two); nothing is interpolated. A realised value counts on the date shown only when its period had
// ended by then (a result is known after its period, as the server's net contribution also counts it).

export type BenefitProgress = Schemas['BenefitProgress'];
export type BenefitProgressRow = Schemas['BenefitProgressRow'];

const PARTIAL = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/;

/** The last day of a period written as a financial year, a year, a month or a day; undefined when unreadable. */
export function periodEnd(period: string | undefined): string | undefined {
  if (!period) return undefined;
  const fy = financialYearStart(period);
  if (fy) return `${Number(fy.slice(0, 4)) + 1}-03-31`;
  const m = PARTIAL.exec(period);
  if (!m) return undefined;
  if (m[3]) return period;
  if (m[2]) {
    const last = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate();
    return `${m[1]}-${m[2]}-${String(last).padStart(2, '0')}`;
  }
  return `${m[1]}-12-31`;
}

export interface ChartPoint {
  /** The slot on the x axis (0-based), in the server's order. */
  slot: number;
  period: string;
  value: number;
}

export interface BenefitSeries {
  periods: string[];
  planned: ChartPoint[];
  realised: ChartPoint[];
  /** Realised values left out because their period had not ended by the date shown. */
  notYet: number;
  baseline?: number;
  /** The top of the value axis: a round number at or above every value shown (0 when there is none). */
  max: number;
}

/** The points to draw as of `at` ("YYYY-MM-DD"). */
export function benefitSeries(progress: BenefitProgress, at: string): BenefitSeries {
  const rows = progress.periods ?? [];
  const periods = rows.map((r, i) => r.period ?? `undated ${i + 1}`);
  const planned: ChartPoint[] = [];
  const realised: ChartPoint[] = [];
  let notYet = 0;
  rows.forEach((r, slot) => {
    if (typeof r.planned === 'number') planned.push({ slot, period: periods[slot], value: r.planned });
    if (typeof r.realised === 'number') {
      const end = periodEnd(r.period);
      if (end !== undefined && end <= at) realised.push({ slot, period: periods[slot], value: r.realised });
      else notYet++;
    }
  });
  const baseline = typeof progress.baseline?.value === 'number' ? progress.baseline.value : undefined;
  const values = [...planned, ...realised].map((p) => p.value).concat(baseline ?? []);
  return { periods, planned, realised, notYet, baseline, max: niceMax(Math.max(0, ...values)) };
}

/** The smallest of 1, 2, 2.5, 5 × a power of ten at or above `value` (0 stays 0). */
export function niceMax(value: number): number {
  if (!(value > 0)) return 0;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

/** A value in the benefit's unit: £ for GBP, else the number and the unit as recorded ("25 aircraft", "98 % of population"). */
export function valueInUnit(value: number | undefined, unit: string | undefined): string {
  if (value === undefined || value === null) return '—';
  if (unit === 'GBP') {
    const a = Math.abs(value);
    const text = a >= 1e6 ? `£${trimmed(a / 1e6)}m` : a >= 1e3 ? `£${trimmed(a / 1e3)}k` : `£${trimmed(a)}`;
    return value < 0 ? `−${text}` : text;
  }
  return `${value.toLocaleString('en-GB')}${unit ? ` ${unit}` : ''}`;
}

function trimmed(n: number): string {
  return String(Math.round(n * 100) / 100);
}

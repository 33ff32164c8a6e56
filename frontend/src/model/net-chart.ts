import type { Schemas } from '../api/types';
import { niceMax } from './benefit-chart';

// A force's net contribution across its collaborations (GET /api/analytics/net-contribution?force=) as the rows of
// a bar chart: per collaboration what it pays and the cashable £ attributed to it, each a bar only where the
// server gave a number (an unknown is drawn as "unknown", never as a bar of 0), with the non-cashable and
// qualitative benefits and the gaps kept beside it as the server words them.

export type ForceNet = Schemas['NetContributionForceNet'];

export interface NetBar {
  collaboration: string;
  name: string;
  pays?: number;
  cashable?: number;
  net?: number;
  nonCashable: string[];
  qualitative: string[];
  gaps: string[];
  shareBasis?: string;
  budgetSource?: string;
  cashableSources: string[];
}

export interface NetChart {
  bars: NetBar[];
  /** The top of the £ axis: a round number at or above every bar (0 when no bar has a number). */
  max: number;
}

export function netChart(force: ForceNet | undefined): NetChart {
  const bars: NetBar[] = (force?.collaborations ?? []).map((l) => ({
    collaboration: l.collaboration ?? '',
    name: l.name ?? l.collaboration ?? '',
    pays: l.pays ?? undefined,
    cashable: l.cashable ?? undefined,
    net: l.net ?? undefined,
    nonCashable: l.nonCashable ?? [],
    qualitative: l.qualitative ?? [],
    gaps: l.gaps ?? [],
    shareBasis: l.shareBasis,
    budgetSource: l.budgetSource,
    cashableSources: l.cashableSources ?? [],
  }));
  bars.sort((a, b) => a.name.localeCompare(b.name));
  const numbers = bars.flatMap((b) => [b.pays, b.cashable]).filter((v): v is number => typeof v === 'number');
  return { bars, max: niceMax(Math.max(0, ...numbers)) };
}

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseJson } from '../src/api/client';
import { benefitSeries, niceMax, periodEnd, valueInUnit, type BenefitProgress } from '../src/model/benefit-chart';
import { budgetsByYear, contributionRows, contributionYears, financialYearOf, financialYearStart, knownTotal, type NetContributionAnswer } from '../src/model/contributions';
import { netChart } from '../src/model/net-chart';

// Real answers of the demo register, read as the page reads them (nulls become absent fields).
const fixture = <T>(name: string) => parseJson<T>(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));
const suffolk = fixture<NetContributionAnswer>('net-contribution-suffolk-2021-06-01.json');
const helicopters = fixture<BenefitProgress>('benefit-progress-npas-helicopters.json');
const combined = fixture<BenefitProgress>('benefit-progress-norfolk-suffolk-combined.json');

describe('financial years', () => {
  it('runs from 1 April to 31 March', () => {
    expect(financialYearOf('2019-04-01')).toBe('2019/20');
    expect(financialYearOf('2020-03-31')).toBe('2019/20');
    expect(financialYearOf('1999-12-31')).toBe('1999/00');
    expect(financialYearStart('2019/20')).toBe('2019-04-01');
    expect(financialYearStart('1999/00')).toBe('1999-04-01');
    expect(financialYearStart('2019/21')).toBeUndefined();
    expect(financialYearStart('2019')).toBeUndefined();
  });

  it('orders budgets by year with the undated last, and offers only the years begun by the date shown, latest first', () => {
    const budgets = [{ year: '2021/22', amount: 3 }, { amount: 9 }, { year: '2019/20', amount: 1 }, { year: '2020/21', amount: 2 }];
    expect(budgetsByYear(budgets).map((b) => b.year)).toEqual(['2019/20', '2020/21', '2021/22', undefined]);
    expect(contributionYears(budgets, '2021-03-31')).toEqual(['2020/21', '2019/20']);
    expect(contributionYears(budgets, '2021-04-01')).toEqual(['2021/22', '2020/21', '2019/20']);
    expect(contributionYears([{ amount: 1_300_000 }], '2021-04-01')).toEqual([]);
  });
});

describe('contributions of a collaboration’s members', () => {
  const answer: NetContributionAnswer = {
    year: '2020/21',
    forces: [
      { force: 'kent', name: 'Kent Police', collaborations: [{ collaboration: 'c', share: 0.6, shareBasis: 'its recorded cost share', budget: 1_000_000, budgetSource: 'https://example.org/b', pays: 600_000, gaps: [] }] },
      { force: 'essex', name: 'Essex Police', collaborations: [{ collaboration: 'c', shareBasis: 'no share recorded', budget: 1_000_000, gaps: ['its cost share is not recorded'] }] },
      { force: 'surrey', name: 'Surrey Police', collaborations: [{ collaboration: 'other', pays: 5, gaps: [] }] },
    ],
  };

  it('takes the server’s lines of that collaboration only, in name order, an unknown payment left unknown', () => {
    const rows = contributionRows(answer, 'c');
    expect(rows.map((r) => [r.force, r.pays, r.share])).toEqual([
      ['essex', undefined, undefined],
      ['kent', 600_000, 0.6],
    ]);
    expect(rows[0].gaps).toEqual(['its cost share is not recorded']);
    expect(rows[1].budgetSource).toBe('https://example.org/b');
  });

  it('adds up only what is known and counts the unknowns', () => {
    expect(knownTotal(contributionRows(answer, 'c'))).toEqual({ total: 600_000, unknown: 1 });
    expect(knownTotal([])).toEqual({ total: 0, unknown: 0 });
  });

  it('reads Suffolk in the Norfolk and Suffolk collaboration in 2020/21 as unknown: no share and no budget recorded', () => {
    const [row] = contributionRows(suffolk, 'norfolk-suffolk');
    expect(row.force).toBe('suffolk');
    expect(row.pays).toBeUndefined();
    expect(row.gaps).toContain('no 2020/21 budget is recorded');
  });
});

describe('benefit chart', () => {
  it('ends a period on its last day, whatever it is written as', () => {
    expect(periodEnd('2019/20')).toBe('2020-03-31');
    expect(periodEnd('2012')).toBe('2012-12-31');
    expect(periodEnd('2012-10')).toBe('2012-10-31');
    expect(periodEnd('2024-02')).toBe('2024-02-29');
    expect(periodEnd('2012-10-31')).toBe('2012-10-31');
    expect(periodEnd(undefined)).toBeUndefined();
    expect(periodEnd('spring')).toBeUndefined();
  });

  it('rounds the value axis up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceMax(41_000_000)).toBe(50_000_000);
    expect(niceMax(33)).toBe(50);
    expect(niceMax(20)).toBe(20);
    expect(niceMax(0)).toBe(0);
  });

  it('draws NPAS’s aircraft in their own unit with the baseline of 33 local helicopters', () => {
    const series = benefitSeries(helicopters, '2013-01-01');
    expect(series.realised).toEqual([{ slot: 0, period: '2012-10', value: 25 }]);
    expect(series.baseline).toBe(33);
    expect(series.max).toBe(50);
    expect(valueInUnit(25, helicopters.unit)).toBe('25 aircraft');
  });

  it('leaves out a realised value whose period had not ended on the date shown, and counts it', () => {
    const before = benefitSeries(combined, '2021-06-30');
    expect(before.planned.map((p) => [p.period, p.value])).toEqual([['2010', 9_800_000]]);
    expect(before.realised).toEqual([]);
    expect(before.notYet).toBe(1);
    const after = benefitSeries(combined, '2022-01-01');
    expect(after.realised.map((p) => [p.slot, p.value])).toEqual([[1, 41_000_000]]);
    expect(after.notYet).toBe(0);
    expect(after.max).toBe(50_000_000);
    expect(valueInUnit(41_000_000, 'GBP')).toBe('£41m');
  });
});

describe('net contribution chart', () => {
  it('gives Suffolk a cashable bar only where the server has a number, and no paid bar where it has none', () => {
    const chart = netChart(suffolk.forces![0]);
    expect(chart.bars.map((b) => b.collaboration).sort()).toEqual(['ecis', 'ersou', 'norfolk-suffolk', 'npas', 'seven-force']);
    const names = chart.bars.map((b) => b.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    const ns = chart.bars.find((b) => b.collaboration === 'norfolk-suffolk')!;
    expect(ns.cashable).toBe(20_000_000);
    expect(ns.pays).toBeUndefined();
    expect(chart.bars.every((b) => b.pays === undefined)).toBe(true);
    expect(chart.max).toBe(20_000_000);
    expect(chart.bars.reduce((n, b) => n + b.gaps.length, 0)).toBe(suffolk.forces![0].gaps);
  });

  it('has an empty axis for a force in no collaboration', () => {
    expect(netChart(undefined)).toEqual({ bars: [], max: 0 });
  });
});

import './money.css';
import type { Schemas } from '../api/types';
import { benefitSeries, periodEnd, valueInUnit, type BenefitProgress, type BenefitSeries } from '../model/benefit-chart';
import { h, s } from '../ui/dom';
import { empty, entityLink, section, sourceLink, type PanelContext } from './common';

// A collaboration's benefits register: per benefit its kind, measure and unit (any unit, not only £), baseline,
// and planned against realised values over time as a small SVG chart (from GET .../benefits/{id}/progress) with
// the same numbers in a table beside it, each realised value with its evidence and source. Realised values whose
// period had not ended by the date shown are left out and counted.

type Benefit = Schemas['Benefit'];

const W = 320;
const H = 150;
const PAD = { left: 56, right: 10, top: 10, bottom: 34 };

export function benefitsSection(ctx: PanelContext, id: string, at: string): HTMLElement {
  return section('Benefits: planned against realised', 'collab-benefits', async () => {
    const benefits = await ctx.api.get<Benefit[]>(`/api/collaborations/${encodeURIComponent(id)}/benefits`);
    if (!benefits.length) return empty('No benefits recorded.');
    const progress = await Promise.all(benefits.map((b) => ctx.api.get<BenefitProgress>(`/api/collaborations/${encodeURIComponent(id)}/benefits/${encodeURIComponent(b.id ?? '')}/progress`)));
    return benefits.map((b, i) => benefitArticle(ctx, id, b, progress[i], at));
  });
}

function benefitArticle(ctx: PanelContext, collaboration: string, b: Benefit, p: BenefitProgress, at: string): HTMLElement {
  const series = benefitSeries(p, at);
  const key = `benefit-${collaboration}-${b.id}`;
  const facts = [b.kind, b.measure, b.unit ? `unit: ${b.unit}` : 'no unit (qualitative)', b.status, b.owner ? `owner: ${b.owner}` : undefined].filter(Boolean).join(' · ');
  const attributed = b.attributedTo?.length ? h('p', { class: 'attributed' }, 'Attributed to ', ...b.attributedTo.flatMap((a, j) => [j ? ', ' : '', entityLink(ctx, 'force', a.force ?? ''), a.share !== undefined ? ` (${Math.round(a.share * 100)}%)` : ' (share not recorded)'])) : h('p', { class: 'muted attributed' }, 'Attributed to no force.');
  const baseline = p.baseline ? h('p', { class: 'baseline' }, 'Baseline: ', valueInUnit(p.baseline.value, p.unit), p.baseline.period ? ` (${p.baseline.period})` : '', p.baseline.note ? h('span', { class: 'muted' }, ` — ${p.baseline.note}`) : null, p.baseline.source ? [' ', sourceLink(p.baseline.source)!] : null) : h('p', { class: 'muted baseline' }, 'No baseline recorded.');
  const hasNumbers = series.planned.length + series.realised.length > 0;
  return h(
    'article',
    { class: 'benefit', 'data-benefit': b.id ?? '' },
    h('h4', {}, b.title ?? b.id ?? 'Benefit'),
    h('p', { class: 'muted' }, facts),
    baseline,
    attributed,
    hasNumbers ? chart(p, series, key, at) : null,
    progressTable(p, at),
    series.notYet ? h('p', { class: 'muted not-yet' }, `${series.notYet} realised value${series.notYet === 1 ? '' : 's'} for a period not yet ended on the date shown ${series.notYet === 1 ? 'is' : 'are'} left out.`) : null,
  );
}

/** Planned (hollow squares, dashed) against realised (filled circles, solid) by period, with the baseline dashed across. */
function chart(p: BenefitProgress, series: BenefitSeries, key: string, at: string): SVGSVGElement {
  const n = Math.max(1, series.periods.length);
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const x = (slot: number) => PAD.left + (n === 1 ? innerW / 2 : (slot / (n - 1)) * innerW);
  const y = (v: number) => PAD.top + innerH - (series.max ? (v / series.max) * innerH : 0);
  const described = `Planned: ${series.planned.map((q) => `${q.period} ${valueInUnit(q.value, p.unit)}`).join(', ') || 'none'}. Realised by ${at}: ${series.realised.map((q) => `${q.period} ${valueInUnit(q.value, p.unit)}`).join(', ') || 'none'}.${series.baseline !== undefined ? ` Baseline ${valueInUnit(series.baseline, p.unit)}.` : ''}`;
  const svg = s(
    'svg',
    { class: 'benefit-chart', viewBox: `0 0 ${W} ${H}`, width: '100%', role: 'img', 'aria-labelledby': `${key}-title ${key}-desc` },
    s('title', { id: `${key}-title` }, `${p.title ?? 'Benefit'}: planned against realised (${p.unit ?? 'no unit'})`),
    s('desc', { id: `${key}-desc` }, described),
  );
  for (const tick of [0, series.max / 2, series.max]) {
    svg.append(s('line', { x1: PAD.left, x2: W - PAD.right, y1: y(tick), y2: y(tick), class: 'chart-grid' }), s('text', { x: PAD.left - 4, y: y(tick) + 3, 'text-anchor': 'end', class: 'chart-label' }, valueInUnit(tick, p.unit)));
  }
  series.periods.forEach((period, slot) => svg.append(s('text', { x: x(slot), y: H - PAD.bottom + 14, 'text-anchor': 'middle', class: 'chart-label' }, period)));
  if (series.baseline !== undefined) svg.append(s('line', { x1: PAD.left, x2: W - PAD.right, y1: y(series.baseline), y2: y(series.baseline), class: 'chart-baseline' }));
  const path = (points: { slot: number; value: number }[]) => points.map((q, i) => `${i ? 'L' : 'M'}${x(q.slot).toFixed(1)},${y(q.value).toFixed(1)}`).join(' ');
  if (series.planned.length > 1) svg.append(s('path', { d: path(series.planned), class: 'chart-planned-line' }));
  if (series.realised.length > 1) svg.append(s('path', { d: path(series.realised), class: 'chart-realised-line' }));
  for (const q of series.planned) svg.append(s('rect', { x: x(q.slot) - 4, y: y(q.value) - 4, width: 8, height: 8, class: 'chart-planned', 'data-period': q.period, 'data-value': q.value }));
  for (const q of series.realised) svg.append(s('circle', { cx: x(q.slot), cy: y(q.value), r: 4, class: 'chart-realised', 'data-period': q.period, 'data-value': q.value }));
  // the key, drawn in the chart so that it travels with it
  const ky = H - 8;
  svg.append(
    s('rect', { x: PAD.left, y: ky - 7, width: 8, height: 8, class: 'chart-planned' }),
    s('text', { x: PAD.left + 12, y: ky, class: 'chart-label' }, 'planned'),
    s('circle', { cx: PAD.left + 70, cy: ky - 3, r: 4, class: 'chart-realised' }),
    s('text', { x: PAD.left + 78, y: ky, class: 'chart-label' }, 'realised'),
    ...(series.baseline !== undefined ? [s('line', { x1: PAD.left + 130, x2: PAD.left + 150, y1: ky - 3, y2: ky - 3, class: 'chart-baseline' }), s('text', { x: PAD.left + 154, y: ky, class: 'chart-label' }, 'baseline')] : []),
  );
  return svg;
}

function progressTable(p: BenefitProgress, at: string): HTMLElement {
  const rows = p.periods ?? [];
  if (!rows.length) return empty('No planned or realised values recorded.');
  return h(
    'table',
    { class: 'benefit-progress' },
    h('caption', {}, `${p.title ?? 'Benefit'}, by period (${p.unit ?? 'no unit'})`),
    h('thead', {}, h('tr', {}, ...['Period', 'Planned', 'Realised', 'Evidence and source'].map((t) => h('th', { scope: 'col' }, t)))),
    h(
      'tbody',
      {},
      rows.map((r) => {
        const realisedKnown = typeof r.realised === 'number' || r.evidence || r.realisedSource;
        const end = periodEnd(r.period);
        const later = !!realisedKnown && (end === undefined || end > at);
        return h(
          'tr',
          { 'data-period': r.period ?? '' },
          h('th', { scope: 'row' }, r.period ?? 'undated'),
          h('td', {}, valueInUnit(r.planned, p.unit), r.plannedConfidence ? h('span', { class: 'tag' }, r.plannedConfidence) : null, r.plannedSource ? h('div', {}, sourceLink(r.plannedSource)) : null),
          h('td', { class: 'realised' }, later ? h('span', { class: 'muted' }, end === undefined ? 'period not recorded' : `not yet at ${at}`) : valueInUnit(r.realised, p.unit), r.realisedConfidence ? h('span', { class: 'tag' }, r.realisedConfidence) : null),
          h('td', {}, later ? null : [r.evidence ? h('div', { class: 'evidence' }, r.evidence) : null, r.realisedSource ? sourceLink(r.realisedSource) : realisedKnown ? h('span', { class: 'unknown' }, 'no source recorded') : '—']),
        );
      }),
    ),
  );
}

import './money.css';
import { netChart, type NetBar, type NetChart } from '../model/net-chart';
import type { NetContributionAnswer } from '../model/contributions';
import { money } from '../model/format';
import { h, s } from '../ui/dom';
import { empty, entityLink, section, sourceLink, type PanelContext } from './common';
import { uncertainList } from './uncertain-list';

// A force's net contribution across its collaborations (GET /api/analytics/net-contribution?force=&at=): the
// server's summary first, then per collaboration what the force pays against the cashable £ attributed to it as
// paired bars (a missing number written "unknown", never a bar of 0), the non-cashable and qualitative benefits
// listed apart, and the gaps in the data counted as the server counts them. The same numbers are in a table.

const W = 340;
const ROW = 30;
const LEFT = 120;
const RIGHT = 64;

export function netContributionSection(ctx: PanelContext, forceId: string, at: string): HTMLElement {
  return section('Net contribution', 'force-net', async () => {
    const answer = await ctx.api.get<NetContributionAnswer>('/api/analytics/net-contribution', { force: forceId, at });
    const force = answer.forces?.find((f) => f.force === forceId);
    const model = netChart(force);
    const out: (HTMLElement | SVGSVGElement)[] = [h('p', { class: 'net-summary' }, answer.summary ?? '')];
    if (!model.bars.length) {
      out.push(empty('Not a member of any collaboration on the date shown.'));
      return out;
    }
    out.push(
      h('p', { class: 'net-gaps' }, `${answer.year}: ${force?.gaps ?? answer.gaps ?? 0} gaps in the data; both sides known in ${force?.netKnownIn ?? 0} of ${model.bars.length} collaborations`, force?.net !== undefined ? `, net ${money(force.net)}${force.netDonor ? ' (a net donor)' : ''}` : '', '.'),
      chart(model, answer.year ?? ''),
      table(ctx, model, answer.year ?? ''),
    );
    const apart = model.bars.filter((b) => b.nonCashable.length || b.qualitative.length);
    if (apart.length) {
      out.push(
        h('h4', {}, 'Non-cashable and qualitative benefits (not in £)'),
        h('ul', { class: 'plain net-apart' }, apart.map((b) => h('li', {}, entityLink(ctx, 'collab', b.collaboration), ': ', [...b.nonCashable, ...b.qualitative.map((q) => `${q} (qualitative)`)].join('; ')))),
      );
    }
    const uncertain = uncertainList(answer.uncertain);
    if (uncertain) out.push(uncertain);
    return out as HTMLElement[];
  });
}

function chart(model: NetChart, year: string): SVGSVGElement {
  const height = model.bars.length * ROW + 30;
  const span = W - LEFT - RIGHT;
  const x = (v: number) => LEFT + (model.max ? (v / model.max) * span : 0);
  const svg = s(
    'svg',
    { class: 'net-chart', viewBox: `0 0 ${W} ${height}`, width: '100%', role: 'img', 'aria-labelledby': 'net-chart-title net-chart-desc' },
    s('title', { id: 'net-chart-title' }, `Paid against cashable benefits attributed, ${year}`),
    s('desc', { id: 'net-chart-desc' }, model.bars.map((b) => `${b.name}: pays ${b.pays === undefined ? 'unknown' : money(b.pays)}, cashable ${b.cashable === undefined ? 'unknown' : money(b.cashable)}`).join('. ')),
  );
  model.bars.forEach((b, i) => {
    const y = i * ROW + 4;
    svg.append(s('text', { x: LEFT - 6, y: y + 14, 'text-anchor': 'end', class: 'chart-label' }, b.name.length > 22 ? `${b.name.slice(0, 21)}…` : b.name));
    bar(svg, b.pays, x, y, 'net-pays', 'pays');
    bar(svg, b.cashable, x, y + 12, 'net-cashable', 'cashable');
  });
  const ky = height - 8;
  svg.append(
    s('rect', { x: LEFT, y: ky - 8, width: 10, height: 8, class: 'net-pays' }),
    s('text', { x: LEFT + 14, y: ky, class: 'chart-label' }, 'pays'),
    s('rect', { x: LEFT + 50, y: ky - 8, width: 10, height: 8, class: 'net-cashable' }),
    s('text', { x: LEFT + 64, y: ky, class: 'chart-label' }, 'cashable £ attributed'),
  );
  return svg;
}

function bar(svg: SVGSVGElement, value: number | undefined, x: (v: number) => number, y: number, cls: string, what: string) {
  if (value === undefined) {
    svg.append(s('text', { x: LEFT + 2, y: y + 9, class: `chart-label unknown ${cls}-unknown` }, `${what}: unknown`));
    return;
  }
  const width = Math.max(value > 0 ? 1 : 0, x(value) - LEFT);
  svg.append(s('rect', { x: LEFT, y, width, height: 10, class: cls, 'data-value': value }), s('text', { x: LEFT + width + 4, y: y + 9, class: 'chart-label' }, money(value)));
}

function table(ctx: PanelContext, model: NetChart, year: string): HTMLElement {
  const cell = (v: number | undefined) => (v === undefined ? h('span', { class: 'unknown' }, 'unknown') : money(v));
  return h(
    'table',
    { class: 'net-table' },
    h('caption', {}, `Paid and cashable benefits by collaboration, ${year}`),
    h('thead', {}, h('tr', {}, ...['Collaboration and its gaps', 'Pays', 'Cashable £'].map((t) => h('th', { scope: 'col' }, t)))),
    h(
      'tbody',
      {},
      model.bars.map((b: NetBar) =>
        h(
          'tr',
          { 'data-collaboration': b.collaboration },
          h('th', { scope: 'row' }, entityLink(ctx, 'collab', b.collaboration), h('div', { class: 'muted gaps' }, b.gaps.length ? b.gaps.join('; ') : 'no gaps')),
          h('td', { class: 'pays' }, cell(b.pays), b.shareBasis ? h('div', { class: 'muted' }, b.shareBasis) : null, b.budgetSource ? h('div', {}, sourceLink(b.budgetSource)) : null),
          h('td', { class: 'cashable' }, cell(b.cashable), ...b.cashableSources.map((src) => h('div', {}, sourceLink(src)))),
        ),
      ),
    ),
  );
}

import type { Withdrawal } from '../api/types';
import { isoToday, spanActiveAt } from '../model/dates';
import { percent } from '../model/format';
import { timelineRows } from '../model/timeline';
import { h } from '../ui/dom';
import { chips, closeButton, empty, entityLink, section, type PanelContext } from './common';
import { timelineChart } from './timeline-chart';
import { whatIfResult } from './what-if';
import { forceEditControls } from './edit-force';
import { netContributionSection } from './net-contribution-section';

/**
 * A force: its memberships over time, the collaborations that overlap in its portfolio, the forces that
 * collaborate most like it, and the what-if of its withdrawal from one or all of its collaborations.
 */
export function forcePanel(ctx: PanelContext, forceId: string, withdrawal: Promise<Withdrawal> | undefined): HTMLElement {
  const { api, catalog, store } = ctx;
  const force = catalog.forceById.get(forceId);
  const at = ctx.at();
  const detail = api.force(forceId);

  const memberships = section('Memberships over time', 'force-memberships', async () => {
    const d = await detail;
    if (!d.memberships.length) return empty('No memberships recorded.');
    return timelineChart(timelineRows(d.memberships, catalog.collabById, isoToday()), isoToday(), at);
  });

  const whatIf = h('section', { class: 'panel-section', id: 'what-if' }, h('h3', {}, 'What if this force withdrew?'));
  const choice = h('select', { id: 'whatif-choice', 'aria-label': 'Withdraw from' }, h('option', { value: 'all' }, 'All its collaborations'));
  const run = h('button', { type: 'button', id: 'whatif-run', class: 'primary' }, 'Show impact');
  const reset = h('button', { type: 'button', id: 'whatif-clear', class: 'link' }, 'Clear');
  run.addEventListener('click', () => store.set({ whatif: choice.value }));
  reset.addEventListener('click', () => store.set({ whatif: undefined }));
  const result = h('div', { id: 'whatif-result', 'aria-live': 'polite' });
  whatIf.append(h('div', { class: 'row' }, h('label', { for: 'whatif-choice' }, 'Withdraw from'), choice, run, reset), result);
  detail
    .then((d) => {
      // Only the memberships running on the shown date can be withdrawn from.
      const current = d.memberships.filter((m) => {
        const c = catalog.collabById.get(m.collaboration);
        return spanActiveAt(m.joined ?? c?.started, m.left, at) && spanActiveAt(c?.started, c?.ended, at);
      });
      for (const m of current) choice.append(h('option', { value: m.collaboration }, catalog.nameOf(m.collaboration)));
      if (store.state.whatif) choice.value = store.state.whatif;
    })
    .catch(() => undefined);
  if (withdrawal) {
    result.append(h('p', { class: 'muted' }, 'Working out the impact…'));
    withdrawal.then((w) => result.replaceChildren(whatIfResult(ctx, w))).catch((err: Error) => result.replaceChildren(h('p', { class: 'error' }, `Not available: ${err.message}`)));
  }

  const overlaps = section('Overlaps in its portfolio', 'force-overlaps', async () => {
    const o = await api.overlaps({ force: forceId, at });
    const rows: Node[] = [];
    for (const d of o.duplicates) {
      rows.push(h('li', {}, h('strong', {}, catalog.nameOf(d.function)), ': ', entityLink(ctx, 'collab', d.collaborations[0]), ' and ', entityLink(ctx, 'collab', d.collaborations[1]), ` (${d.sharedMembers.length} shared members)`));
    }
    for (const p of o.pairs.slice(0, 5)) {
      rows.push(h('li', {}, entityLink(ctx, 'collab', p.a), ' ∩ ', entityLink(ctx, 'collab', p.b), ` — ${p.shared.length} shared members, Jaccard ${p.jaccard.toFixed(2)}`));
    }
    if (o.totalDuplicates > o.duplicates.length) rows.push(h('li', { class: 'muted' }, `and ${o.totalDuplicates - o.duplicates.length} more possible duplicates`));
    if (o.totalPairs > 5) rows.push(h('li', { class: 'muted' }, `${o.totalPairs} overlapping pairs in all`));
    return rows.length ? h('ul', { class: 'plain' }, rows) : empty('No overlapping collaborations.');
  });

  const similar = section('Similar forces', 'force-similar', async () => {
    const list = await api.similarForces(forceId, at);
    if (!list.length) return empty('No force shares a collaboration with this one on this date.');
    return h(
      'ol',
      { class: 'plain' },
      list.map((s) => h('li', {}, entityLink(ctx, 'force', s.force), ` ${percent(s.score, 0)}`, s.shared.length ? chips(s.shared, catalog.nameOf) : null)),
    );
  });

  const root = h(
    'div',
    { class: 'panel-inner', 'data-panel': 'force', 'data-id': forceId },
    h('header', { class: 'panel-head' }, h('div', {}, h('h2', {}, force?.name ?? forceId), h('p', { class: 'muted' }, [force?.region, force?.hq?.town && `HQ ${force.hq.town}`].filter(Boolean).join(' · '))), closeButton(ctx)),
    whatIf,
    memberships,
    netContributionSection(ctx, forceId, at),
    overlaps,
    similar,
  );
  // editing in place, for the force's editors and admins (none for viewers)
  const controls = forceEditControls(ctx, forceId, () => root.replaceWith(forcePanel(ctx, forceId, withdrawal)));
  // after the what-if, which stays a few key presses from the panel's heading (keyboard.e2e.ts)
  if (controls) whatIf.after(controls);
  return root;
}

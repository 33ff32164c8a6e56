import './money.css';
import type { Collaboration } from '../api/types';
import { budgetsByYear, contributionRows, contributionYears, financialYearOf, financialYearStart, knownTotal, type NetContributionAnswer } from '../model/contributions';
import { money, percent } from '../model/format';
import { h } from '../ui/dom';
import { empty, entityLink, section, sourceLink, type PanelContext } from './common';
import { uncertainList } from './uncertain-list';

// A collaboration's budget by financial year, and what each member force pays in one year in £ (share × that
// year's budget) as the server answers it (GET /api/analytics/net-contribution?collaboration=<id>: this
// collaboration's members and lines alone, so the server reads one collaboration, not the register): with the share's basis and the budget's source, and "unknown" with the server's reasons where a
// number is missing. The year offered first is the latest with a budget that had begun by the date shown; with
// none, the server's own default (the last financial year ended before it), so the unknowns still show.

export function moneySection(ctx: PanelContext, id: string, detail: Promise<Collaboration>, at: string): HTMLElement {
  return section('Budget and contributions', 'collab-money', async () => {
    const c = await detail;
    const budgets = budgetsByYear(c.budgets);
    const years = contributionYears(c.budgets, at);
    const out: HTMLElement[] = [budgetTable(budgets, at)];
    const result = h('div', { class: 'contributions', 'aria-live': 'polite' });
    // years changed quickly overlap: only the answer to the latest request is shown, whatever order they arrive in
    let asked = 0;
    const show = (year: string | undefined) => {
      const mine = ++asked;
      result.replaceChildren(h('p', { class: 'muted' }, 'Loading…'));
      ctx.api
        .get<NetContributionAnswer>('/api/analytics/net-contribution', { at, year, collaboration: id })
        .then((answer) => {
          if (mine === asked) result.replaceChildren(...contributions(ctx, answer, id));
        })
        .catch((err: Error) => {
          if (mine === asked) result.replaceChildren(h('p', { class: 'error' }, `Not available: ${err.message}`));
        });
    };
    if (years.length > 1) {
      const choice = h('select', { id: 'contribution-year' }, years.map((y) => h('option', { value: y }, y)));
      choice.addEventListener('change', () => show(choice.value));
      out.push(h('div', { class: 'row' }, h('label', { for: 'contribution-year' }, 'Contributions in'), choice));
    }
    out.push(result);
    show(years[0]);
    return out;
  });
}

function budgetTable(budgets: ReturnType<typeof budgetsByYear>, at: string): HTMLElement {
  if (!budgets.length) return empty('No budget recorded for any year: what members pay is unknown.');
  const current = financialYearOf(at);
  return h(
    'table',
    { class: 'budgets' },
    h('caption', {}, 'Budget by financial year'),
    h('thead', {}, h('tr', {}, ...['Year', 'Budget', 'Source'].map((t) => h('th', { scope: 'col' }, t)))),
    h(
      'tbody',
      {},
      budgets.map((b) => {
        const start = financialYearStart(b.year);
        return h(
          'tr',
          { 'data-year': b.year ?? '', class: start && start > at ? 'inactive' : b.year === current ? 'current' : '' },
          h('th', { scope: 'row' }, b.year ?? 'year not recorded', b.year === current ? h('span', { class: 'muted' }, ' (this year)') : null, start && start > at ? h('span', { class: 'muted' }, ' (after the date shown)') : null),
          h('td', { class: 'amount' }, money(b.amount), b.confidence && b.confidence !== 'confirmed' ? h('span', { class: 'tag' }, b.confidence) : null, b.note ? h('div', { class: 'muted' }, b.note) : null),
          h('td', {}, sourceLink(b.source) ?? h('span', { class: 'unknown' }, 'no source recorded')),
        );
      }),
    ),
  );
}

function contributions(ctx: PanelContext, answer: NetContributionAnswer, id: string): HTMLElement[] {
  const rows = contributionRows(answer, id);
  const year = answer.year ?? '';
  if (!rows.length) return [empty(`No member force is active in this collaboration on the date shown, so nobody pays into it in ${year}.`)];
  const { total, unknown } = knownTotal(rows);
  const budget = rows.find((r) => r.budget !== undefined);
  const out: HTMLElement[] = [
    h(
      'p',
      { class: 'contributions-summary' },
      `${year}: `,
      budget ? `budget ${money(budget.budget)}` : `no ${year} budget recorded`,
      budget?.budgetSource ? [' (source: ', sourceLink(budget.budgetSource)!, ')'] : null,
      `; what each member pays is its share × that budget, as the server works it out. `,
      unknown === rows.length ? `Unknown for all ${rows.length} members.` : `Known for ${rows.length - unknown} of ${rows.length} members, ${money(total)} in all${unknown ? `; ${unknown} unknown` : ''}.`,
    ),
    h(
      'table',
      { class: 'contributions-table', 'data-year': year },
      h('caption', {}, `What each member force pays in ${year}`),
      h('thead', {}, h('tr', {}, ...['Force', 'Share', `Pays in ${year}`].map((t) => h('th', { scope: 'col' }, t)))),
      h(
        'tbody',
        {},
        rows.map((r) =>
          h(
            'tr',
            { 'data-force': r.force },
            h('th', { scope: 'row' }, entityLink(ctx, 'force', r.force)),
            h('td', {}, r.share === undefined ? h('span', { class: 'unknown' }, 'unknown') : percent(r.share), r.shareBasis ? h('div', { class: 'muted' }, r.shareBasis) : null),
            h(
              'td',
              { class: 'pays' },
              r.pays === undefined ? h('span', { class: 'unknown' }, 'unknown') : h('span', { class: 'amount' }, money(r.pays)),
              r.gaps.length ? h('div', { class: 'muted gaps' }, r.gaps.join('; ')) : null,
            ),
          ),
        ),
      ),
    ),
  ];
  const uncertain = uncertainList((answer.uncertain ?? []).filter((u) => u.collaboration === id));
  if (uncertain) out.push(uncertain);
  return out;
}

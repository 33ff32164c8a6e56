import './money.css';
import type { Collaboration, Schemas } from '../api/types';
import { certainDay, formatDate } from '../model/dates';
import { periodEnd } from '../model/benefit-chart';
import { money, percent } from '../model/format';
import { h } from '../ui/dom';
import { entityLink, section, sourceLink, type PanelContext } from './common';

// A collaboration's agreement terms, read-only for every role (editors change them through "Edit terms"): each
// term with its source and confidence, "not recorded" where there is none. As of the date shown: a review due
// before it is flagged as passed, and notices served or staffing splits dated after it are not yet shown.

type Terms = Schemas['AgreementTerms'];
type Sourced = { value?: string | number; source?: string; confidence?: string; note?: string };

export function termsSection(ctx: PanelContext, detail: Promise<Collaboration>, at: string): HTMLElement {
  return section('Agreement terms', 'collab-terms', async () => {
    const terms: Terms = (await detail).terms ?? {};
    const rows: HTMLElement[] = [
      row('legal-basis', 'Legal basis', terms.legalBasis, (v) => legalBasis(String(v))),
      row('signed', 'Signed', terms.signed, (v) => formatDate(String(v)), (v) => (after(String(v), at) ? 'after the date shown' : undefined)),
      row('review-due', 'Review due', terms.reviewDue, (v) => formatDate(String(v)), (v) => (reviewPassed(String(v), at) ? 'passed' : undefined)),
      row('notice', 'Notice period', terms.noticeMonths, (v) => `${v} month${v === 1 ? '' : 's'}`),
      listRow('exit-dates', 'Earliest exit or break dates', (terms.exitDates ?? []).map((d) => item(`${d.kind ? `${d.kind}: ` : ''}${formatDate(d.date) || 'date not recorded'}`, d))),
      row('exit-terms', 'Exit terms', terms.exitTerms, (v) => String(v)),
      listRow('exit-cost', 'Exit cost rule', terms.exitCost ? [item(exitCostRule(terms.exitCost), terms.exitCost)] : []),
      strandedRow(terms.strandedCosts),
      row('governance', 'Governance', terms.governance, (v) => String(v)),
      listRow(
        'notices',
        'Notices served',
        (terms.noticesServed ?? []).filter((n) => !after(n.date, at)).map((n) => item([n.force ? entityLink(ctx, 'force', n.force) : 'A member', ` served notice ${n.date ? `in ${formatDate(n.date)}` : 'on a date not recorded'}`], n)),
      ),
      listRow(
        'staffing',
        'Staffing split',
        (terms.staffing ?? []).filter((s) => !after(s.date, at)).map((s) => item([s.force ? entityLink(ctx, 'force', s.force) : 'A member', ` ${percent(s.share, 0)}${s.date ? ` (${formatDate(s.date)})` : ''}`], s)),
      ),
    ];
    return h('dl', { class: 'terms' }, rows);
  });
}

/** True when a date is certainly after the date shown (a date known to a year or month only once its period is over). */
function after(date: string | undefined, at: string): boolean {
  const day = certainDay(date);
  return day !== undefined && day > at;
}

/** A review is passed on the date shown when its whole period had ended before it. */
export function reviewPassed(due: string | undefined, at: string): boolean {
  const end = periodEnd(due);
  return end !== undefined && end < at;
}

const LEGAL_BASES: Record<string, string> = { s22A: 's22A (collaboration agreement)', s23: 's23 (collaboration agreement, ss23–23I)' };

function legalBasis(value: string): string {
  return LEGAL_BASES[value] ? `Police Act 1996 ${LEGAL_BASES[value]}` : value;
}

function exitCostRule(rule: Schemas['AgreementTermsExitCostRule']): string {
  if (rule.kind === 'fixed-settlement') return `a fixed settlement of ${money(rule.amount)}`;
  if (rule.share !== undefined) return `${percent(rule.share, 0)} of stated liabilities${rule.liabilities !== undefined ? ` of ${money(rule.liabilities)}` : ' (their amount not recorded)'}`;
  return rule.kind ?? 'recorded without its kind';
}

/** Source, confidence and note of a term, after its value. */
function provenance(t: { source?: string; confidence?: string; note?: string }): (HTMLElement | null)[] {
  return [
    t.confidence && t.confidence !== 'confirmed' ? h('span', { class: 'tag' }, t.confidence) : null,
    t.note ? h('div', { class: 'muted term-note' }, t.note) : null,
    t.source ? h('div', { class: 'term-source' }, 'Source: ', sourceLink(t.source)) : h('div', { class: 'muted term-source' }, 'No source recorded'),
  ];
}

function row(key: string, label: string, term: Sourced | undefined, show: (v: string | number) => string, flag?: (v: string | number) => string | undefined): HTMLElement {
  const dd =
    term?.value === undefined
      ? h('dd', { class: 'unknown' }, 'not recorded')
      : h('dd', {}, h('span', { class: 'term-value' }, show(term.value)), flag?.(term.value) ? h('strong', { class: `flag flag-${flag(term.value)!.replace(/\s+/g, '-')}` }, ` (${flag(term.value)})`) : null, ...provenance(term));
  return h('div', { class: 'term', 'data-term': key }, h('dt', {}, label), dd);
}

/**
 * The stranded costs a leaving force is to meet: an amount; stated by a source (or a note) with the amount not
 * known; or not recorded at all. The business case bills the first and lists the other two among its unknowns.
 */
function strandedRow(term: Terms['strandedCosts']): HTMLElement {
  const dd = !term
    ? h('dd', { class: 'unknown' }, 'not recorded')
    : h('dd', {}, term.value === undefined ? h('span', { class: 'term-value unknown' }, 'stated, amount not recorded') : h('span', { class: 'term-value' }, money(term.value)), ...provenance(term));
  return h('div', { class: 'term', 'data-term': 'stranded-costs' }, h('dt', {}, 'Stranded costs'), dd);
}

function item(text: string | (string | HTMLElement)[], t: { source?: string; confidence?: string; note?: string }): HTMLElement {
  return h('li', {}, ...(Array.isArray(text) ? text : [text]), ...provenance(t));
}

function listRow(key: string, label: string, items: HTMLElement[]): HTMLElement {
  return h('div', { class: 'term', 'data-term': key }, h('dt', {}, label), items.length ? h('dd', {}, h('ul', { class: 'plain' }, items)) : h('dd', { class: 'unknown' }, 'not recorded'));
}

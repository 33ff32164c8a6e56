import './money.css';
import { ApiError } from '../api/client';
import type { Schemas } from '../api/types';
import { h } from '../ui/dom';
import { closeButton, empty, entityLink, type PanelContext } from './common';
import { uncertainList } from './uncertain-list';

// Before signing (POST /api/analytics/before-signing): a force drafts a collaboration (name, members, functions,
// region) and sees, as of the date shown, the existing agreements it overlaps or duplicates, similar ones elsewhere
// and how they went, whom to ask, the health criteria the draft does not meet yet, and what is uncertain at that
// date. Nothing is written: every role that reads the register may ask (viewers included).

type Draft = Schemas['BeforeSigningDraft'];
type Answer = Schemas['BeforeSigningAnswer'];

/** The draft as last typed: the panel is drawn again when the slider's date changes, and keeps it. */
let typed: { name: string; members: string[]; functions: string[]; region: string } = { name: '', members: [], functions: [], region: '' };

export function beforeSigningPanel(ctx: PanelContext): HTMLElement {
  const { catalog } = ctx;
  const error = (field: string) => h('p', { class: 'field-error', id: `bs-${field}-error`, hidden: true });
  const name = h('input', { id: 'bs-name', type: 'text', autocomplete: 'off', 'aria-describedby': 'bs-name-error' });
  const members = h(
    'select',
    { id: 'bs-members', multiple: true, size: 8, 'aria-describedby': 'bs-members-hint bs-members-error' },
    catalog.regions().map((r) => h('optgroup', { label: r }, catalog.forces.filter((f) => f.region === r).map((f) => h('option', { value: f.id }, f.name)))),
  );
  const functions = h('select', { id: 'bs-functions', multiple: true, size: 6, 'aria-describedby': 'bs-functions-hint bs-functions-error' }, [...catalog.functions].sort((a, b) => a.name.localeCompare(b.name)).map((f) => h('option', { value: f.id }, f.name)));
  const region = h('select', { id: 'bs-region', 'aria-describedby': 'bs-region-error' }, h('option', { value: '' }, 'Not stated'), catalog.regions().map((r) => h('option', { value: r }, r)));
  name.value = typed.name;
  for (const o of members.querySelectorAll('option')) o.selected = typed.members.includes(o.value);
  for (const o of functions.options) o.selected = typed.functions.includes(o.value);
  region.value = typed.region;
  const remember = () => (typed = { name: name.value, members: [...members.selectedOptions].map((o) => o.value), functions: [...functions.selectedOptions].map((o) => o.value), region: region.value });
  for (const el of [name, members, functions, region]) el.addEventListener('change', remember);
  const errors: Record<string, HTMLElement> = { name: error('name'), members: error('members'), functions: error('functions'), region: error('region') };
  const submit = h('button', { type: 'submit', class: 'primary', id: 'bs-check' }, 'Check before signing');
  const result = h('div', { id: 'bs-result', 'aria-live': 'polite' });
  const form = h(
    'form',
    { id: 'before-signing-form', class: 'stack', novalidate: true },
    h('label', { for: 'bs-name' }, 'Name of the draft collaboration'),
    name,
    errors.name,
    h('label', { for: 'bs-members' }, 'Forces that would sign'),
    h('p', { class: 'muted hint', id: 'bs-members-hint' }, 'Ctrl or Shift to choose more than one.'),
    members,
    errors.members,
    h('label', { for: 'bs-functions' }, 'Functions'),
    h('p', { class: 'muted hint', id: 'bs-functions-hint' }, 'Ctrl or Shift to choose more than one.'),
    functions,
    errors.functions,
    h('label', { for: 'bs-region' }, 'Region'),
    region,
    errors.region,
    h('div', { class: 'row' }, submit),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    for (const el of Object.values(errors)) el.hidden = true;
    for (const el of [name, members, functions, region]) el.removeAttribute('aria-invalid');
    const draft: Draft = {
      name: name.value.trim() || undefined,
      members: [...members.selectedOptions].map((o) => o.value),
      functions: [...functions.selectedOptions].map((o) => o.value),
      region: region.value || undefined,
      at: ctx.at(),
    };
    result.replaceChildren(h('p', { class: 'muted' }, 'Checking…'));
    submit.disabled = true;
    ctx.api
      .send<Answer>('POST', '/api/analytics/before-signing', draft)
      .then((answer) => result.replaceChildren(answerView(ctx, answer!)))
      .catch((err: Error) => {
        // the server names each field it refuses: the reason goes beside that field
        const fields = err instanceof ApiError ? (err.problem.errors ?? []) : [];
        for (const f of fields) {
          const key = f.field.replace(/\[\d+\]$/, '');
          const el = errors[key];
          if (!el) continue;
          el.textContent = el.hidden ? f.reason : `${el.textContent}; ${f.reason}`;
          el.hidden = false;
          ({ name, members, functions, region } as Record<string, HTMLElement>)[key]?.setAttribute('aria-invalid', 'true');
        }
        result.replaceChildren(h('p', { class: 'error' }, `Not checked: ${err.message}`));
      })
      .finally(() => (submit.disabled = false));
  });
  return h(
    'div',
    { class: 'panel-inner', 'data-panel': 'before-signing' },
    h('header', { class: 'panel-head' }, h('div', {}, h('h2', {}, 'Before signing'), h('p', { class: 'muted' }, `The duty to consider existing collaboration (Police Act 1996 ss22A–23I), as of ${ctx.at()}. Nothing is saved.`)), closeButton(ctx)),
    form,
    result,
  );
}

function answerView(ctx: PanelContext, a: Answer): HTMLElement {
  const { catalog } = ctx;
  const out = h('div', { class: 'before-signing-answer' }, h('p', { class: 'bs-summary' }, a.summary ?? ''));
  out.append(
    ...listed('Existing agreements it overlaps', 'ul', 'plain bs-overlaps', a.overlaps, 'No existing agreement shares a member with it.', (o) =>
      h(
        'li',
        { 'data-collaboration': o.collaboration ?? '', 'data-duplicate': String(!!o.duplicate) },
        entityLink(ctx, 'collab', o.collaboration ?? ''),
        o.duplicate ? h('strong', { class: 'badge bad' }, 'duplicates a function') : null,
        h('span', { class: 'muted' }, ` — ${o.status ?? ''}; shares ${(o.sharedMembers ?? []).map(catalog.nameOf).join(', ') || 'no member'}${o.sharedFunctions?.length ? `; functions ${o.sharedFunctions.map(catalog.nameOf).join(', ')}` : ''}`),
      ),
    ),
    ...listed('Similar collaborations elsewhere and how they went', 'ul', 'plain bs-elsewhere', a.similarElsewhere, 'No collaboration elsewhere covers one of its functions.', (e) =>
      h(
        'li',
        { 'data-collaboration': e.collaboration ?? '' },
        entityLink(ctx, 'collab', e.collaboration ?? ''),
        h('span', { class: 'muted' }, ` — ${e.status ?? ''}${e.ended ? `, ended ${e.ended}` : ''}; ${e.withdrawals ?? 0} withdrawal${e.withdrawals === 1 ? '' : 's'}; ${e.lessons?.length ?? 0} lesson${e.lessons?.length === 1 ? '' : 's'} recorded; shares ${(e.sharedFunctions ?? []).map(catalog.nameOf).join(', ')}`),
      ),
    ),
    ...listed('Whom to ask', 'ol', 'plain bs-contacts', a.contacts, 'Nobody is recorded as a contact for its functions.', (c) =>
      h('li', { 'data-person': c.person ?? '' }, h('strong', {}, c.title ?? c.person ?? ''), c.rank ? h('span', { class: 'muted' }, ` (${c.rank})`) : null, c.force ? [' · ', entityLink(ctx, 'force', c.force)] : null, c.collaboration ? [' · for ', entityLink(ctx, 'collab', c.collaboration)] : null),
    ),
    ...listed('Health criteria the draft does not meet yet', 'ul', 'plain health-lights bs-not-met', a.notYetMet, 'It meets every criterion that can be checked before signing.', (c) =>
      h(
        'li',
        { class: `health-light health-${c.colour}`, 'data-colour': c.colour ?? '' },
        h('span', { class: 'light', 'aria-hidden': 'true' }),
        h('strong', {}, `${c.colour}: `),
        `${c.criterion} `,
        h('span', { class: 'muted' }, `— ${c.evidence ?? ''}`),
        c.toGreen ? h('div', { class: 'to-green' }, `To make it green: ${c.toGreen}`) : null,
      ),
    ),
  );
  const uncertain = uncertainList(a.uncertain, 'bs-uncertain');
  if (uncertain) out.append(uncertain);
  return out;
}

/** One part of the answer: its heading, then its items as a list, or a sentence saying there are none. */
function listed<T>(title: string, tag: 'ul' | 'ol', className: string, items: T[] | undefined, none: string, item: (x: T) => HTMLElement): HTMLElement[] {
  return [h('h3', {}, title), items?.length ? h(tag, { class: className }, items.map(item)) : empty(none)];
}

import type { Collaboration } from '../api/types';
import { formatDate, spanActiveAt } from '../model/dates';
import { money, percent } from '../model/format';
import { h } from '../ui/dom';
import { chips, closeButton, empty, entityLink, section, sourceLink, type PanelContext } from './common';
import { topicLabel } from '../catalog';
import { healthSection } from './health-section';
import { termsSection } from './terms-section';
import { moneySection } from './money-section';
import { benefitsSection } from './benefits-section';
import { collabEditControls } from './edit-collab';

/**
 * A collaboration: who is in it (roles, shares, dates), what it is for, what it costs and saves with the
 * source of every figure, what was learned, whom to contact, and which collaborations resemble it.
 */
export function collabPanel(ctx: PanelContext, id: string): HTMLElement {
  const { api, catalog } = ctx;
  const at = ctx.at();
  const detail = api.collaboration(id);
  const head = h('header', { class: 'panel-head' }, h('div', {}, h('h2', {}, catalog.nameOf(id)), h('p', { class: 'muted', id: 'collab-facts' }, '')), closeButton(ctx));
  const overview = section('About', 'collab-about', async () => {
    const c = await detail;
    head.querySelector('#collab-facts')!.textContent = facts(c);
    return [
      c.purpose ? h('p', {}, c.purpose) : empty('No purpose recorded.'),
      h('p', {}, h('strong', {}, 'Functions: '), c.functions.length ? chips(c.functions, catalog.nameOf) : '—'),
      c.partners.length ? h('p', {}, h('strong', {}, 'Partners: '), c.partners.join(', ')) : null,
      c.dependsOn.length ? h('p', {}, h('strong', {}, 'Builds on: '), ...c.dependsOn.map((d) => entityLink(ctx, 'collab', d))) : null,
    ].filter((n): n is HTMLElement => n !== null);
  });
  const members = section('Members', 'collab-members', async () => membersTable(ctx, await detail, at));
  const money_ = section('Costs and savings', 'collab-costs', async () => costs(await detail));
  // the agreement's terms, budget and contributions in £, and benefits: each a section of its own file
  const terms = termsSection(ctx, detail, at);
  const budget = moneySection(ctx, id, detail, at);
  const benefits = benefitsSection(ctx, id, at);
  const lessons = section('Lessons learned', 'collab-lessons', async () => {
    const list = await api.lessons({ collaboration: id });
    if (!list.length) return empty('No lessons recorded.');
    return h(
      'ul',
      { class: 'plain lessons' },
      list.map((l) => h('li', {}, h('strong', {}, l.title), l.theme ? h('span', { class: 'tag' }, topicLabel(catalog, l.theme)) : null, l.summary ? h('p', {}, l.summary) : null, sourceLink(l.source))),
    );
  });
  const contacts = section('Contacts', 'collab-contacts', async () => {
    const people = await api.people(id);
    if (!people.length) return empty('No contacts recorded.');
    // below contact-viewer the server sends roles without names or contact details; say so rather than leave a gap
    const withheld: HTMLElement | null = ctx.session.seesPersonalData ? null : h('p', { class: 'muted personal-withheld' }, 'Names and contact details are shown to contact viewers; you see each contact’s role.');
    const list: HTMLElement = h(
      'ul',
      { class: 'plain' },
      people.map((p) => {
        const topics = p.contactFor.filter((c) => c.collaboration === id).flatMap((c) => c.topics);
        return h('li', { 'data-person': p.id }, h('strong', {}, p.name ?? p.title ?? p.id), p.name && p.title ? ` — ${p.title}` : '', p.rank ? h('span', { class: 'muted' }, ` (${p.rank})`) : null, p.contact ? h('div', { class: 'contact-details' }, p.contact) : null, topics.length ? chips(topics, (t) => topicLabel(catalog, t)) : null);
      }),
    );
    return withheld ? [withheld, list] : list;
  });
  const similar = section('Similar collaborations', 'collab-similar', async () => {
    const list = await api.similarCollaborations(id);
    if (!list.length) return empty('Nothing similar found.');
    return h(
      'ol',
      { class: 'plain' },
      list.map((s) => h('li', {}, entityLink(ctx, 'collab', s.collaboration), ` ${percent(s.score, 0)}`, h('span', { class: 'muted' }, ` — ${s.sharedMembers.length} shared members, ${s.sharedFunctions.length} shared functions`))),
    );
  });
  // editing in place, for the accounts that may change something here (none for viewers)
  const editSlot = h('div', { class: 'edit-slot' });
  const root = h('div', { class: 'panel-inner', 'data-panel': 'collaboration', 'data-id': id }, head, editSlot, overview, healthSection(ctx, id, at), terms, members, budget, money_, benefits, lessons, contacts, similar);
  const refresh = () => {
    const again = collabPanel(ctx, id);
    root.replaceWith(again);
    const heading = again.querySelector('h2')!;
    heading.tabIndex = -1;
    heading.focus();
  };
  detail
    .then((c) => {
      catalog.collabById.set(c.id, c); // a name changed here shows at once
      const controls = collabEditControls(ctx, c, refresh);
      if (controls) editSlot.replaceChildren(controls);
    })
    .catch(() => undefined);
  return root;
}

function facts(c: Collaboration): string {
  const span = c.started || c.ended ? `${c.started ? formatDate(c.started) : 'start unknown'} – ${c.ended ? formatDate(c.ended) : 'now'}` : 'dates unknown';
  return [c.kind, c.scope, c.status, span, c.terms?.legalBasis && `legal basis ${c.terms.legalBasis.value}`, c.confidence && c.confidence !== 'confirmed' ? c.confidence : undefined].filter(Boolean).join(' · ');
}

function membersTable(ctx: PanelContext, c: Collaboration, at: string): HTMLElement {
  const rows = [...c.members].sort((a, b) => (a.role === b.role ? ctx.catalog.nameOf(a.force).localeCompare(ctx.catalog.nameOf(b.force)) : roleRank(a.role) - roleRank(b.role)));
  return h(
    'table',
    { class: 'members' },
    h('thead', {}, h('tr', {}, ...['Force', 'Role', 'Joined', 'Left', 'Share'].map((t) => h('th', { scope: 'col' }, t)))),
    h(
      'tbody',
      {},
      rows.map((m) => {
        const current = spanActiveAt(m.joined ?? c.started, m.left, at);
        return h(
          'tr',
          { class: current ? '' : 'inactive', title: current ? '' : 'Not a member on the date shown' },
          h('th', { scope: 'row' }, entityLink(ctx, 'force', m.force)),
          h('td', {}, m.role ?? 'member'),
          h('td', {}, m.joined ? formatDate(m.joined) : 'from start'),
          h('td', {}, formatDate(m.left) || (m.leftDateUnknown ? 'date unknown' : '—')),
          h('td', {}, percent(m.costShare)),
        );
      }),
    ),
  );
}

const roleRank = (role?: string) => (role === 'host' ? 0 : role === 'lead' ? 1 : 2);

function costs(c: Collaboration): HTMLElement[] {
  const out: HTMLElement[] = [];
  if (c.figures.length) {
    out.push(
      h(
        'table',
        { class: 'figures' },
        h('thead', {}, h('tr', {}, ...['Figure', 'Amount', 'When', 'Source'].map((t) => h('th', { scope: 'col' }, t)))),
        h(
          'tbody',
          {},
          c.figures.map((f) =>
            h(
              'tr',
              {},
              h('td', {}, f.kind.replace(/-/g, ' '), f.note ? h('div', { class: 'muted' }, f.note) : null),
              h('td', {}, money(f.amount), f.period ? h('div', { class: 'muted' }, f.period) : null, f.confidence && f.confidence !== 'confirmed' ? h('div', { class: 'tag' }, f.confidence) : null),
              h('td', {}, formatDate(f.date) || '—'),
              h('td', {}, sourceLink(f.source) ?? '—'),
            ),
          ),
        ),
      ),
    );
  }
  if (!out.length) out.push(empty('No cost or saving figures recorded.'));
  if (c.sources.length) out.push(h('p', { class: 'sources' }, h('strong', {}, 'Sources: '), ...c.sources.map((s) => sourceLink(s))));
  return out;
}

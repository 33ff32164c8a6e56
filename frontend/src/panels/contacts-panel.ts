import { topicLabel } from '../catalog';
import type { Contact } from '../api/types';
import { h, select } from '../ui/dom';
import { closeButton, empty, entityLink, section, type PanelContext } from './common';

/** Contacts finder: pick a topic (a function or a lesson theme) and optionally a force to start from. */
export function contactsPanel(ctx: PanelContext): HTMLElement {
  const { catalog, store, api } = ctx;
  const topics = [
    ...catalog.themes.map((t) => ({ value: t, label: `Theme: ${topicLabel(catalog, t)}` })),
    ...catalog.functions.map((f) => ({ value: f.id, label: f.name })),
  ];
  const topic = select('contacts-topic', 'Topic', topics, store.state.topic, 'Choose a topic…');
  const from = select('contacts-force', 'Nearest to force', catalog.forces.map((f) => ({ value: f.id, label: f.name })), undefined, 'Any force');
  const results = h('div', { id: 'contacts-results' });
  const refresh = () => {
    const chosen = topic.value;
    if (!chosen) return results.replaceChildren(empty('Choose a topic to see who to ask.'));
    results.replaceChildren(
      section('Ranked contacts', 'contacts-ranked', async () => {
        const list = await api.contacts({ topic: chosen, force: from.value || undefined, at: ctx.at(), limit: 20 });
        if (!list.length) return empty('Nobody is recorded as a contact for this topic.');
        return h('ol', { class: 'plain contacts' }, list.map((c) => contactItem(ctx, c)));
      }),
    );
  };
  // The topic is part of the shared view (URL); the starting force is a local refinement of the answer.
  topic.addEventListener('change', () => store.set({ topic: topic.value || undefined }));
  from.addEventListener('change', refresh);
  refresh();
  return h(
    'div',
    { class: 'panel-inner', 'data-panel': 'contacts' },
    h('header', { class: 'panel-head' }, h('h2', {}, 'Contacts finder'), closeButton(ctx)),
    h('div', { class: 'stack' }, h('label', { for: 'contacts-topic' }, 'Topic'), topic, h('label', { for: 'contacts-force' }, 'Nearest to'), from),
    results,
  );
}

function contactItem(ctx: PanelContext, c: Contact): HTMLElement {
  return h(
    'li',
    { 'data-person': c.person },
    h('strong', {}, c.title ?? c.person),
    c.rank ? h('span', { class: 'muted' }, ` (${c.rank})`) : null,
    c.force ? h('span', {}, ' · ', entityLink(ctx, 'force', c.force)) : null,
    h('div', { class: 'muted' }, `matched on ${c.matchedOn ?? 'topic'} · ${c.hops} hop${c.hops === 1 ? '' : 's'} · score ${c.score.toFixed(2)}`),
    c.path.length ? pathView(ctx, c.path) : null,
  );
}

/** The path as alternating force → collaboration → force links. */
function pathView(ctx: PanelContext, path: string[]): HTMLElement {
  const out = h('p', { class: 'path' });
  path.forEach((id, i) => {
    if (i > 0) out.append(' → ');
    out.append(entityLink(ctx, ctx.catalog.forceById.has(id) ? 'force' : 'collab', id));
  });
  return out;
}

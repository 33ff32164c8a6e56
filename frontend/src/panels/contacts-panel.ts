import { topicLabel } from '../catalog';
import type { Contact } from '../api/types';
import { h, select } from '../ui/dom';
import { closeButton, empty, entityLink, section, type PanelContext } from './common';

/**
 * Contacts finder: pick a topic (a function or a lesson theme) and the force asking; contacts are ranked by
 * topic match and by how few collaborations separate them from that force, with the path that links them.
 */
export function contactsPanel(ctx: PanelContext): HTMLElement {
  const { catalog, store, api } = ctx;
  const topics = [
    ...catalog.themes.map((t) => ({ value: t, label: `Theme: ${topicLabel(catalog, t)}` })),
    ...catalog.functions.map((f) => ({ value: f.id, label: f.name })),
  ];
  const topic = select('contacts-topic', 'Topic', topics, store.state.topic, 'Choose a topic…');
  const from = select('contacts-force', 'Asking force', catalog.forces.map((f) => ({ value: f.id, label: f.name })), store.state.asking, 'Choose a force…');
  const results = h('div', { id: 'contacts-results' });
  const refresh = () => {
    const chosen = topic.value;
    const force = from.value;
    if (!chosen || !force) return results.replaceChildren(empty('Choose a topic and the force asking to see whom to ask.'));
    results.replaceChildren(
      section('Ranked contacts', 'contacts-ranked', async () => {
        const list = await api.contacts({ topic: chosen, force, at: ctx.at(), limit: 20 });
        if (!list.length) return empty('Nobody is recorded as a contact for this topic.');
        const ranked = h('ol', { class: 'plain contacts' }, list.map((c) => contactItem(ctx, c)));
        return ctx.session.seesPersonalData ? ranked : [h('p', { class: 'muted personal-withheld' }, 'Names and contact details are shown to contact viewers; you see each contact’s role.'), ranked];
      }),
    );
  };
  // Both choices are part of the shared view (URL); the asking force is also highlighted on the map while the
  // finder is open (it is not the selected force: closing the finder or opening another tool forgets it).
  topic.addEventListener('change', () => store.set({ topic: topic.value || undefined }));
  from.addEventListener('change', () => store.set({ asking: from.value || undefined }));
  refresh();
  return h(
    'div',
    { class: 'panel-inner', 'data-panel': 'contacts' },
    h('header', { class: 'panel-head' }, h('h2', {}, 'Contacts finder'), closeButton(ctx)),
    h('div', { class: 'stack' }, h('label', { for: 'contacts-topic' }, 'Topic'), topic, h('label', { for: 'contacts-force' }, 'Asking force'), from),
    results,
  );
}

function contactItem(ctx: PanelContext, c: Contact): HTMLElement {
  return h(
    'li',
    { 'data-person': c.person },
    h('strong', {}, c.name ?? c.title ?? c.person),
    c.name && c.title ? ` — ${c.title}` : null,
    c.rank ? h('span', { class: 'muted' }, ` (${c.rank})`) : null,
    c.contact ? h('div', { class: 'contact-details' }, c.contact) : null,
    c.force ? h('span', {}, ' · ', entityLink(ctx, 'force', c.force)) : null,
    h('div', { class: 'muted' }, [`matched on ${(c.matchedOn ?? ['topic']).join(' and ')}`, c.hops === undefined ? 'no link from this force' : `${c.hops} hop${c.hops === 1 ? '' : 's'} away`, `score ${c.score.toFixed(2)}`].join(' · ')),
    c.collaboration ? h('div', {}, 'for ', entityLink(ctx, 'collab', c.collaboration)) : null,
    c.path?.length ? pathView(ctx, c.path) : null,
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

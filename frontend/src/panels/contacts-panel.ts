import { topicLabel } from '../catalog';
import type { Contact } from '../api/types';
import { contactReasons } from '../model/contact-reasons';
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

/** Why the contact is listed, in words, and the score's parts named (no bare score). */
function reasonsView(ctx: PanelContext, c: Contact): HTMLElement {
  const topic = ctx.store.state.topic ?? '';
  const { why, parts } = contactReasons(c, { asking: ctx.store.state.asking ?? '', topic, topicName: topicLabel(ctx.catalog, topic).toLowerCase(), nameOf: ctx.catalog.nameOf, collaboration: (id) => ctx.catalog.collabById.get(id) });
  return h('div', { class: 'contact-why' }, h('ul', { class: 'reasons' }, why.map((w) => h('li', {}, w))), parts ? h('p', { class: 'muted score-parts' }, parts) : null);
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
    c.collaboration ? h('div', {}, 'for ', entityLink(ctx, 'collab', c.collaboration)) : null,
    reasonsView(ctx, c),
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

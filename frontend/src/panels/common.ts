import type { Api } from '../api/client';
import type { Session } from '../api/session';
import type { Catalog } from '../catalog';
import type { Store } from '../store';
import { closePanel, selectCollaboration, selectForce } from '../model/view-state';
import { h } from '../ui/dom';

/** What every panel works with. */
export interface PanelContext {
  api: Api;
  catalog: Catalog;
  store: Store;
  /** The date the page is showing, as "YYYY-MM-DD". */
  at: () => string;
  /** Who is signed in, and so what the panels offer and say. */
  session: Session;
}

/**
 * A titled panel section filled in asynchronously. A section whose endpoint fails says so on its own, so one
 * missing analysis never blanks the whole panel.
 */
export function section(title: string, id: string, load: () => Promise<Node | Node[]>): HTMLElement {
  const body = h('div', { class: 'section-body' }, h('p', { class: 'muted' }, 'Loading…'));
  const el = h('section', { class: 'panel-section', id }, h('h3', {}, title), body);
  load()
    .then((content) => body.replaceChildren(...(Array.isArray(content) ? content : [content])))
    .catch((err: Error) => body.replaceChildren(h('p', { class: 'error' }, `Not available: ${err.message}`)));
  return el;
}

export function empty(text: string): HTMLElement {
  return h('p', { class: 'muted' }, text);
}

/** A link-styled button that selects a force or collaboration. */
export function entityLink(ctx: PanelContext, kind: 'force' | 'collab', id: string): HTMLButtonElement {
  const button = h('button', { type: 'button', class: 'link entity', 'data-id': id }, ctx.catalog.nameOf(id));
  button.addEventListener('click', () => ctx.store.set(kind === 'force' ? selectForce(id) : selectCollaboration(id), { push: true }));
  return button;
}

export function chips(items: string[], label: (item: string) => string = (x) => x): HTMLElement {
  return h('ul', { class: 'chips' }, items.map((i) => h('li', {}, label(i))));
}

export function closeButton(ctx: PanelContext): HTMLButtonElement {
  const button = h('button', { type: 'button', class: 'close', 'aria-label': 'Close panel (Escape)', title: 'Close (Esc)' }, '×');
  button.addEventListener('click', () => ctx.store.set(closePanel(), { push: true }));
  return button;
}

/** A source: a link when it is a web address (opened beside the explorer), else the citation as text. */
export function sourceLink(url: string | undefined): HTMLElement | null {
  if (!url) return null;
  let host = url;
  try {
    host = new URL(url).hostname.replace(/^www\./, '');
  } catch {
    // Not a URL (a citation in words): show it as it is.
  }
  // Only web addresses become links; anything else stays text so that no other scheme can be followed.
  return /^https?:\/\//.test(url) ? h('a', { href: url, target: '_blank', rel: 'noopener noreferrer', class: 'source' }, host) : h('span', { class: 'source' }, url);
}

import type { Collaboration, PolicingFunction } from '../api/types';
import { EditApi } from '../api/edits';
import type { FieldSpec } from '../model/edit-form';
import { h } from '../ui/dom';
import { closeButton, empty, entityLink, type PanelContext } from './common';
import { deleteButton } from './edit-collab';
import { openEditor, openHistory } from './edit-dialog';

const edits = new EditApi();
const enc = encodeURIComponent;

/** A function of the vocabulary: its id (fixed once made) and its name. */
export const FUNCTION_FIELDS: FieldSpec[] = [
  { name: 'id', label: 'Id', hint: 'lower case letters, digits and hyphens; cannot be changed later', createOnly: true },
  { name: 'name', label: 'Name', hint: 'e.g. Roads policing' },
];

/** How many collaborations covering one function are asked for at a time. */
export const COVERING_PAGE = 100;

/**
 * The vocabulary of police functions (`/api/functions`), each with the collaborations that cover it. One request
 * reads the register's collaborations (up to 1,000, with the count the server makes, `X-Total-Count`); when that is
 * all of them each function's are found in it. When it is not (a national register), each function's are asked of
 * the server by function (`/api/collaborations?function=`) with its count: each says how many there are, shows
 * them a page at a time and says how many are not shown yet. Nothing is cut short silently. Everyone who
 * reads the register sees it; admins, who alone may change the vocabulary, add a function, rename one, delete one
 * (the server refuses, 409, while collaborations cover it or contacts name it: its reason stays beside the
 * control) and see each one's history.
 */
export function functionsPanel(ctx: PanelContext): HTMLElement {
  const list = h('div', { id: 'functions-list', 'aria-live': 'polite' }, h('p', { class: 'muted' }, 'Loading…'));
  const admin = ctx.session.isAdmin;
  const refresh = async () => {
    try {
      const [{ items: functions, total }, register] = await Promise.all([ctx.api.functionPage(), ctx.api.collaborationPage()]);
      const whole = register.total <= register.items.length ? register.items : undefined;
      list.replaceChildren(
        functions.length ? table(ctx, functions, whole, refresh) : empty('No functions recorded.'),
        ...(total > functions.length ? [h('p', { class: 'muted partial', 'data-partial': 'functions' }, `Showing ${functions.length.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} functions.`)] : []),
      );
    } catch (err) {
      list.replaceChildren(h('p', { class: 'error' }, `The functions could not be loaded: ${(err as Error).message}`));
    }
  };
  const add = admin
    ? (() => {
        const b = h('button', { type: 'button', class: 'edit-control', 'data-edit': 'function-new' }, 'Add a function');
        b.addEventListener('click', () =>
          openEditor(edits, {
            title: 'A new function',
            fields: FUNCTION_FIELDS,
            creating: true,
            load: async () => ({ value: {} }),
            save: (body) => edits.write('POST', '/api/functions', body),
            saved: () => void refresh(),
          }),
        );
        return b;
      })()
    : null;
  void refresh();
  return h(
    'div',
    { class: 'panel-inner', 'data-panel': 'functions' },
    h('header', { class: 'panel-head' }, h('h2', {}, 'Functions'), closeButton(ctx)),
    h('p', { class: 'muted' }, admin ? 'The vocabulary of police functions that collaborations cover. Only admins change it.' : 'The vocabulary of police functions that collaborations cover (admins change it).'),
    add,
    list,
  );
}

function table(ctx: PanelContext, functions: PolicingFunction[], whole: Collaboration[] | undefined, refresh: () => void): HTMLElement {
  const admin = ctx.session.isAdmin;
  return h(
    'ul',
    { class: 'plain function-list' },
    [...functions].sort((a, b) => a.name.localeCompare(b.name)).map((f) => {
      const path = `/api/functions/${enc(f.id)}`;
      const key = `function:${f.id}`;
      const controls: HTMLElement[] = [];
      if (admin) {
        const edit = h('button', { type: 'button', class: 'edit-control', 'data-edit': 'function', 'aria-label': `Edit function ${f.name}` }, 'Edit');
        edit.addEventListener('click', () =>
          openEditor(edits, {
            title: `Edit ${f.name}`,
            fields: FUNCTION_FIELDS,
            load: () => edits.read<Record<string, unknown>>(path),
            body: (loaded, values) => {
              const { version: _version, ...rest } = loaded;
              return { ...rest, name: typeof values.name === 'string' && values.name.trim() ? values.name.trim() : undefined };
            },
            save: (body, version) => edits.write('PUT', path, body, version),
            history: key,
            saved: refresh,
          }),
        );
        controls.push(
          edit,
          deleteButton('Delete', 'function-delete', {
            what: `the function ‘${f.name}’`,
            fields: FUNCTION_FIELDS,
            load: () => edits.read<Record<string, unknown>>(path),
            remove: (_loaded, version) => edits.write('DELETE', path, undefined, version),
            deleted: refresh,
          }, { 'aria-label': `Delete function ${f.name}` }),
        );
      }
      if (admin) {
        const history = h('button', { type: 'button', class: 'edit-control link', 'data-edit': 'history', 'aria-label': `History of ${f.name}` }, 'History');
        history.addEventListener('click', () => openHistory(edits, key, f.name));
        controls.push(history);
      }
      return h(
        'li',
        { 'data-function': f.id },
        h('h3', {}, f.name, ' ', h('span', { class: 'muted' }, `(${f.id})`)),
        controls.length ? h('div', { class: 'row' }, ...controls) : null,
        covering(ctx, f, whole),
      );
    }),
  );
}

/**
 * The collaborations covering a function, by name: from the whole register when the page holds it all, else asked
 * of the server a page at a time with its count, saying how many there are and offering "Show more" while some are
 * not shown.
 */
function covering(ctx: PanelContext, f: PolicingFunction, whole: Collaboration[] | undefined): HTMLElement {
  const box = h('div', { class: 'covering', 'data-covering': f.id }, h('p', { class: 'muted' }, 'Loading…'));
  const loaded: { id: string; name: string }[] = [];
  const more = async (clicked = false): Promise<void> => {
    try {
      const { items, total } = whole
        ? ((all) => ({ items: all, total: all.length }))(whole.filter((c) => (c.functions ?? []).includes(f.id)))
        : await ctx.api.collaborationsCovering(f.id, COVERING_PAGE, loaded.length);
      loaded.push(...items.filter((c) => !loaded.some((l) => l.id === c.id)));
      if (!total || !loaded.length) {
        box.replaceChildren(empty('No collaboration covers it.'));
        return;
      }
      const sorted = [...loaded].sort((a, b) => a.name.localeCompare(b.name));
      const left = Math.max(0, total - loaded.length);
      const parts: HTMLElement[] = [
        h('p', { class: 'muted covering-count' }, `${total.toLocaleString('en-GB')} collaboration${total === 1 ? '' : 's'} cover${total === 1 ? 's' : ''} it${left ? `; showing ${loaded.length.toLocaleString('en-GB')}` : ''}.`),
        h('ul', { class: 'plain', 'aria-label': `Collaborations covering ${f.name}` }, sorted.map((c) => h('li', {}, named(entityLink(ctx, 'collab', c.id), c.name)))),
      ];
      // a page that came back short while the count says more exist (the register changed meanwhile) stops here
      if (left && items.length) {
        const button = h('button', { type: 'button', class: 'link', 'data-more': f.id }, `Show ${Math.min(left, COVERING_PAGE).toLocaleString('en-GB')} more (${left.toLocaleString('en-GB')} not shown)`);
        button.addEventListener('click', () => {
          button.disabled = true;
          void more(true);
        });
        parts.push(button);
      }
      box.replaceChildren(...parts);
      // the button pressed was drawn again: keep the keyboard where it was, on the next one or the list's end
      if (clicked) (box.querySelector<HTMLElement>('[data-more]') ?? box.querySelector<HTMLElement>('li:last-child .entity'))?.focus();
    } catch (err) {
      box.replaceChildren(h('p', { class: 'error' }, `The collaborations covering ${f.name} could not be loaded: ${(err as Error).message}`));
    }
  };
  void more();
  return box;
}

/** A link labelled with the name the answer gave (the page's catalogue may not hold every collaboration). */
function named(link: HTMLButtonElement, name: string): HTMLButtonElement {
  if (name) link.textContent = name;
  return link;
}

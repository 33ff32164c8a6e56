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

/**
 * The vocabulary of police functions (`/api/functions`), each with the collaborations that cover it. Everyone who
 * reads the register sees it; admins, who alone may change the vocabulary, add a function, rename one, delete one
 * (the server refuses, 409, while collaborations cover it or contacts name it: its reason stays beside the
 * control) and see each one's history.
 */
export function functionsPanel(ctx: PanelContext): HTMLElement {
  const list = h('div', { id: 'functions-list', 'aria-live': 'polite' }, h('p', { class: 'muted' }, 'Loading…'));
  const admin = ctx.session.isAdmin;
  const refresh = async () => {
    try {
      const [functions, collaborations] = await Promise.all([ctx.api.functions(), ctx.api.collaborations()]);
      list.replaceChildren(functions.length ? table(ctx, functions, collaborations, refresh) : empty('No functions recorded.'));
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

function table(ctx: PanelContext, functions: PolicingFunction[], collaborations: Collaboration[], refresh: () => void): HTMLElement {
  const admin = ctx.session.isAdmin;
  const covering = (id: string) => collaborations.filter((c) => (c.functions ?? []).includes(id)).sort((a, b) => a.name.localeCompare(b.name));
  return h(
    'ul',
    { class: 'plain function-list' },
    [...functions].sort((a, b) => a.name.localeCompare(b.name)).map((f) => {
      const path = `/api/functions/${enc(f.id)}`;
      const key = `function:${f.id}`;
      const cover = covering(f.id);
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
        cover.length
          ? h('ul', { class: 'plain', 'aria-label': `Collaborations covering ${f.name}` }, cover.map((c) => h('li', {}, entityLink(ctx, 'collab', c.id))))
          : empty('No collaboration covers it.'),
      );
    }),
  );
}

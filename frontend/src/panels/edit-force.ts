import { EditApi } from '../api/edits';
import type { FieldSpec } from '../model/edit-form';
import { mayReadHistory, ownForces } from '../model/edit-rights';
import { closePanel } from '../model/view-state';
import { h } from '../ui/dom';
import type { PanelContext } from './common';
import { deleteButton, newCollaborationButton } from './edit-collab';
import { openEditor, openHistory } from './edit-dialog';

const edits = new EditApi();

export const FORCE_FIELDS: FieldSpec[] = [
  { name: 'name', label: 'Name' },
  { name: 'region', label: 'Region' },
  { name: 'hq.town', label: 'Headquarters: town' },
  { name: 'hq.lat', label: 'Headquarters: latitude', kind: 'number' },
  { name: 'hq.lon', label: 'Headquarters: longitude', kind: 'number' },
];

/**
 * A force's own record (its editors and admins), a new collaboration it hosts, and its history. Null for an
 * account that may change nothing of it.
 */
export function forceEditControls(ctx: PanelContext, forceId: string, refresh: () => void): HTMLElement | null {
  const { session } = ctx;
  if (!session.mayEditFor(forceId)) return null;
  const path = `/api/forces/${encodeURIComponent(forceId)}`;
  const key = `force:${forceId}`;
  const name = ctx.catalog.nameOf(forceId);
  const edit = h('button', { type: 'button', class: 'edit-control', 'data-edit': 'force' }, 'Edit force');
  edit.addEventListener('click', () =>
    openEditor(edits, {
      title: `Edit ${name}`,
      fields: FORCE_FIELDS,
      load: async () => {
        const read = await edits.read<Record<string, unknown>>(path);
        // the detail carries the memberships, which a force's PUT does not take
        const { memberships: _m, version: _v, ...force } = read.value;
        return { ...read, value: force };
      },
      save: (body, version) => edits.write('PUT', path, body, version),
      history: key,
      saved: refresh,
    }),
  );
  const hosts = ownForces(session, ctx.catalog.forces.map((f) => f.id));
  const controls: HTMLElement[] = [edit, newCollaborationButton(ctx, [forceId, ...hosts.filter((f) => f !== forceId)])];
  if (mayReadHistory(session)) {
    const history = h('button', { type: 'button', class: 'edit-control link', 'data-edit': 'history' }, 'History');
    history.addEventListener('click', () => openHistory(edits, key, name));
    controls.push(history);
  }
  // only an admin may delete a force, and only one with no memberships (the server says so otherwise: 409)
  if (session.isAdmin) {
    controls.push(
      deleteButton('Delete force', 'force-delete', {
        what: `the force ‘${name}’`,
        fields: FORCE_FIELDS,
        load: () => edits.read<Record<string, unknown>>(path),
        remove: (_loaded, version) => edits.write('DELETE', path, undefined, version),
        deleted: () => ctx.store.set(closePanel(), { push: true }),
      }),
    );
  }
  return h('section', { class: 'panel-section edit-controls', id: 'force-edit' }, h('h3', {}, 'Edit'), h('div', { class: 'row' }, ...controls));
}

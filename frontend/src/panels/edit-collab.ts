import { ApiError } from '../api/client';
import { EditApi } from '../api/edits';
import type { Collaboration, Lesson, Person } from '../api/types';
import { BENEFIT_FIELDS, benefitFields, benefitValueFields, budgetFields, budgetsBody, collaborationFields, COST_SHARING_FIELDS, costShareFields, figureFields, joinFields, LESSON_FIELDS, personFields, termsBody, termsFields, termsRows, WITHDRAWAL_FIELDS, withCostShares, withoutEmptyRows, alignFormula, formulaBody, formulaFields } from '../model/edit-fields';
import { applyValues, type FieldSpec } from '../model/edit-form';
import { mayEditCollaboration, mayEditLesson, mayEditLessonsOf, mayEditPerson, mayReadHistory, ownForces } from '../model/edit-rights';
import { money } from '../model/format';
import { closePanel, selectCollaboration } from '../model/view-state';
import { h } from '../ui/dom';
import type { PanelContext } from './common';
import { openDelete, openEditor, openHistory, type DeleteSpec } from './edit-dialog';

const edits = new EditApi();
const enc = encodeURIComponent;

/** The collaboration as a PUT body: without what the server derives (hostForce) or takes as If-Match (version). */
export function asBody(c: Record<string, unknown>): Record<string, unknown> {
  const { hostForce: _host, version: _version, ...rest } = c;
  return rest;
}

function button(text: string, action: string, onClick: () => void, extra: Record<string, string> = {}): HTMLButtonElement {
  const b = h('button', { type: 'button', class: 'edit-control', 'data-edit': action, ...extra }, text);
  b.addEventListener('click', onClick);
  return b;
}

/**
 * A Delete control: asks first (openDelete), and when the server refuses (409: deleting would lose history)
 * keeps its reason beside the control, which is described by it.
 */
export function deleteButton<T>(text: string, action: string, spec: Omit<DeleteSpec<T>, 'refused'>, extra: Record<string, string> = {}): HTMLButtonElement {
  const b = button(text, action, () => openDelete({ ...spec, refused }), { class: 'edit-control danger-link', ...extra });
  function refused(reason: string) {
    const id = `${action}-refused-${Math.random().toString(36).slice(2, 8)}`;
    const note = h('span', { class: 'delete-refused error', id, 'data-refused': action }, reason);
    (b.nextElementSibling?.classList.contains('delete-refused') ? b.nextElementSibling : null)?.remove();
    b.after(note);
    b.setAttribute('aria-describedby', id);
  }
  return b;
}

/** The forces as choices, by name. */
function forceOptions(ctx: PanelContext, ids: string[]) {
  return ids.map((id) => ({ value: id, label: ctx.catalog.nameOf(id) })).sort((a, b) => a.label.localeCompare(b.label));
}

/**
 * Editing a collaboration in place, within the signed-in account's rights: its details, terms, budgets and
 * benefits (admins and editors of a force that hosts or leads it), joins and withdrawals and figures of the
 * account's own forces, lessons (editors of a member force), people serving in its forces, and the history of
 * each. Null when the account may change nothing here (viewers and contact-viewers see no edit controls).
 */
export function collabEditControls(ctx: PanelContext, c: Collaboration, refresh: () => void): HTMLElement | null {
  const { session, catalog } = ctx;
  const mine = ownForces(session, catalog.forces.map((f) => f.id));
  const mayEdit = mayEditCollaboration(session, c);
  const path = `/api/collaborations/${enc(c.id)}`;
  const key = `collaboration:${c.id}`;
  if (!mayEdit && !mine.length && !session.isAdmin) return null;

  // the collaboration's members, past and present: who served notice, the staffing split, a benefit's forces
  const memberOptions = forceOptions(ctx, [...new Set(c.members.map((m) => m.force))]);
  const rows: HTMLElement[] = [];
  const top: HTMLElement[] = [];
  if (mayEdit) {
    top.push(
      button('Edit details', 'collaboration', () =>
        openEditor(edits, {
          title: `Edit ${c.name}`,
          fields: collaborationFields(catalog.functions.map((f) => ({ value: f.id, label: f.name })), []),
          load: () => edits.read<Record<string, unknown>>(path),
          body: (loaded, values) => asBody(applyValues(loaded, values, collaborationFields([], []).filter((f) => !f.createOnly))),
          save: (body, version) => edits.write('PUT', path, body, version),
          history: key,
          saved: refresh,
        }),
      ),
      button('Agreement terms', 'terms', () => {
        // a row per entry of each list recorded, and one more of each to add
        const fields = termsFields(termsRows(c.terms as Record<string, unknown> | undefined), memberOptions);
        let formPath: (p: string) => string = (p) => p;
        return openEditor(edits, {
          title: `Terms of ${c.name}`,
          fields,
          load: () => edits.read<Record<string, unknown>>(`${path}/terms`),
          body: (loaded, values) => {
            const sent = termsBody(applyValues(loaded, values, fields));
            formPath = sent.formPath;
            return sent.body;
          },
          formPath: (p) => formPath(p),
          save: (body, version) => edits.write('PUT', `${path}/terms`, body, version),
          history: key,
          saved: refresh,
        });
      }),
      button('Budgets', 'budgets', () =>
        openEditor(edits, {
          title: `Budgets of ${c.name}`,
          fields: budgetFields((c.budgets?.length ?? 0) + 1),
          load: async () => {
            const read = await edits.read<Record<string, unknown>[]>(`${path}/budgets`);
            return { ...read, value: read.value ?? [] };
          },
          body: (loaded, values) => budgetsBody(applyValues(loaded, values, budgetFields((c.budgets?.length ?? 0) + 1))),
          save: (body, version) => edits.write('PUT', `${path}/budgets`, body, version),
          history: key,
          saved: refresh,
        }),
      ),
    );
  }
  if (mayEdit) {
    const opened = c.members.map((m) => ({ force: m.force, joined: m.joined }));
    const shares = costShareFields(opened, catalog.nameOf);
    // a formula's values are for the forces that are members now
    const formulaForces = [...new Set(c.members.filter((m) => !m.left && !m.leftDateUnknown).map((m) => m.force))];
    top.push(
      button('Cost sharing', 'cost-sharing', async () => {
        // the form has a group per weight recorded (and one to add), so it is drawn once the cost sharing is read
        const read = async () => {
          const answer = await edits.read<Record<string, unknown>>(`${path}/cost-sharing`);
          return { ...answer, value: alignFormula(answer.value ?? {}, formulaForces) };
        };
        const first = await read().catch(() => undefined);
        const weights = ((first?.value.weights as unknown[]) ?? []).length;
        let formPath: (p: string) => string = (p) => p;
        const fields = [...COST_SHARING_FIELDS, ...formulaFields(weights, formulaForces.map((f) => ({ force: f, label: catalog.nameOf(f) })))];
        let opened = false;
        openEditor(edits, {
          title: `Cost sharing of ${c.name}`,
          fields,
          load: () => (first && !opened ? ((opened = true), Promise.resolve(first)) : read()),
          body: (loaded, values) => {
            const sent = formulaBody(applyValues(loaded, values, fields), formulaForces);
            formPath = sent.formPath;
            return sent.body;
          },
          formPath: (p) => formPath(p),
          save: (body, version) => edits.write('PUT', `${path}/cost-sharing`, body, version),
          history: key,
          saved: refresh,
        });
      }),
      button('Members’ cost shares', 'cost-shares', () =>
        openEditor(edits, {
          title: `Cost shares in ${c.name}`,
          fields: shares,
          load: () => edits.read<Record<string, unknown>>(path),
          body: (loaded, values) => {
            const written = applyValues({ members: opened.map(() => ({})) }, values, shares) as { members: { costShare?: number | string }[] };
            return asBody({ ...loaded, members: withCostShares((loaded.members as { force?: string; joined?: string }[]) ?? [], opened, written.members.map((m) => m.costShare)) });
          },
          save: (body, version) => edits.write('PUT', path, body, version),
          history: key,
          saved: refresh,
        }),
      ),
    );
  }
  if (mayReadHistory(session)) top.push(button('History', 'history', () => openHistory(edits, key, c.name), { class: 'edit-control link' }));
  rows.push(h('div', { class: 'row' }, ...top));
  if (mayEdit) {
    rows.push(
      h(
        'div',
        { class: 'row' },
        deleteButton('Delete collaboration', 'collaboration-delete', {
          what: `the collaboration ‘${c.name}’`,
          fields: collaborationFields([], []).filter((f) => ['name', 'kind', 'status', 'started', 'ended'].includes(f.name)),
          load: () => edits.read<Record<string, unknown>>(path),
          remove: (_loaded, version) => edits.write('DELETE', path, undefined, version),
          deleted: () => ctx.store.set(closePanel(), { push: true }),
        }),
      ),
    );
  }

  // memberships: join with one of the account's forces not in it now; record a withdrawal of one that is
  const current = new Set(c.members.filter((m) => !m.left && !m.leftDateUnknown).map((m) => m.force));
  const joinable = mine.filter((f) => !current.has(f));
  const membership: HTMLElement[] = [];
  if (joinable.length) {
    membership.push(
      button('Record a force joining', 'join', () =>
        openEditor(edits, {
          title: `A force joins ${c.name}`,
          creating: true,
          fields: joinFields(forceOptions(ctx, joinable)),
          load: async () => ({ value: { role: 'member' } }),
          save: (body) => edits.write('POST', `${path}/members`, body),
          saved: refresh,
        }),
      ),
    );
  }
  for (const m of c.members) {
    if (m.left || m.leftDateUnknown || !mine.includes(m.force)) continue;
    membership.push(
      button(`Record ${catalog.nameOf(m.force)}’s withdrawal`, 'withdrawal', () =>
        openEditor(edits, {
          title: `${catalog.nameOf(m.force)} leaves ${c.name}`,
          creating: true,
          fields: WITHDRAWAL_FIELDS,
          load: async () => ({ value: {} }),
          save: (body) => edits.write('POST', `${path}/members/${enc(m.force)}/withdrawal`, body),
          saved: refresh,
        }),
        { 'data-force': m.force },
      ),
    );
  }
  // figures: the host's and lead's editors for the collaboration as a whole, others for their own forces
  const figureForces = mayEdit ? c.members.map((m) => m.force) : c.members.map((m) => m.force).filter((f) => mine.includes(f));
  if (mayEdit || figureForces.length) {
    const fields = figureFields(0, forceOptions(ctx, [...new Set(figureForces)])).map((f) => ({ ...f, name: f.name.replace('figures[0]', 'figure') }));
    membership.push(
      button('Add a figure', 'figure', () =>
        openEditor(edits, {
          title: `A cost or saving of ${c.name}`,
          fields,
          load: () => edits.read<Record<string, unknown>>(path),
          body: (loaded, values) => {
            const { figure } = applyValues({}, values, fields) as { figure?: Record<string, unknown> };
            return asBody({ ...loaded, figures: [...((loaded.figures as unknown[]) ?? []), figure ?? {}] });
          },
          save: (body, version) => edits.write('PUT', path, body, version),
          history: key,
          saved: refresh,
        }),
      ),
    );
  }
  if (membership.length) rows.push(h('div', { class: 'row' }, ...membership));
  const deletable = c.figures.filter((f) => f.id && (mayEdit || (!!f.force && mine.includes(f.force))));
  if (deletable.length) rows.push(figureControls(c, deletable, path, key, forceOptions(ctx, [...new Set(figureForces)]), refresh));

  if (mayEdit) rows.push(benefitControls(c, path, key, memberOptions, refresh));
  rows.push(h('div', { class: 'edit-lessons' }), h('div', { class: 'edit-people' }));
  const section = h('section', { class: 'panel-section edit-controls', id: 'collab-edit' }, h('h3', {}, 'Edit'), ...rows);
  void fillLessonsAndPeople(ctx, c, mine, refresh, section);
  return section;
}

/** The figure's confirmation fields: what it says, by the names the figures answer with. */
const FIGURE_SHOWN: FieldSpec[] = figureFields(0, []).map((f) => ({ ...f, name: f.name.replace('figures[0].', '') }));

/**
 * Each figure the account may change (admins and the host's or lead's editors all, others their forces'), with Edit
 * (in place: `PUT …/figures/{figureId}`, the figure's fields named as the server names them) and Delete.
 */
function figureControls(c: Collaboration, figures: Collaboration['figures'], path: string, key: string, forces: { value: string; label: string }[], refresh: () => void): HTMLElement {
  const fields: FieldSpec[] = figureFields(0, forces).map((f) => ({ ...f, name: f.name.replace('figures[0].', '') }));
  const readFigure = (id: string) => async () => {
    const read = await edits.read<Collaboration['figures']>(`${path}/figures`);
    const now = (read.value ?? []).find((g) => g.id === id);
    if (!now) throw new ApiError(404, {});
    return { value: now as unknown as Record<string, unknown>, version: read.version };
  };
  const label = (f: Collaboration['figures'][number]) =>
    [f.kind.replace(/-/g, ' '), f.amount !== undefined ? money(f.amount) : null, f.period ?? f.date, f.force ? `for ${f.force}` : null].filter(Boolean).join(', ');
  return h(
    'div',
    { class: 'edit-figures' },
    h('h4', {}, 'Figures'),
    h(
      'ul',
      { class: 'plain' },
      figures.map((f) =>
        h(
          'li',
          { 'data-figure': f.id! },
          h('span', {}, label(f)),
          button('Edit', 'figure-edit', () =>
            openEditor(edits, {
              title: `A figure of ${c.name}`,
              fields,
              load: readFigure(f.id!),
              body: (loaded, values) => applyValues(loaded, values, fields),
              save: (body, version) => edits.write('PUT', `${path}/figures/${enc(f.id!)}`, body, version),
              history: key,
              saved: refresh,
            }),
          { 'data-figure': f.id!, 'aria-label': `Edit figure ${label(f)}` }),
          deleteButton('Delete', 'figure-delete', {
            what: `the figure ‘${label(f)}’ of ${c.name}`,
            fields: FIGURE_SHOWN,
            load: readFigure(f.id!),
            remove: (_loaded, version) => edits.write('DELETE', `${path}/figures/${enc(f.id!)}`, undefined, version),
            deleted: refresh,
          }, { 'data-figure': f.id!, 'aria-label': `Delete figure ${label(f)}` }),
        ),
      ),
    ),
  );
}

function benefitControls(c: Collaboration, path: string, key: string, members: { value: string; label: string }[], refresh: () => void): HTMLElement {
  const benefits = ((c as unknown as { benefits?: { id: string; title?: string; planned?: unknown[]; realised?: unknown[]; attributedTo?: unknown[] }[] }).benefits ?? []).filter((b) => b && b.id);
  const list = h(
    'ul',
    { class: 'plain' },
    benefits.map((b) =>
      h(
        'li',
        {},
        h('span', {}, b.title ?? b.id),
        button('Edit', 'benefit', () => {
          const fields = benefitFields(b.attributedTo?.length ?? 0, members);
          let formPath: (p: string) => string = (p) => p;
          return openEditor(edits, {
            title: `Benefit: ${b.title ?? b.id}`,
            fields,
            load: () => edits.read<Record<string, unknown>>(`${path}/benefits/${enc(b.id)}`),
            body: (loaded, values) => {
              const sent = withoutEmptyRows(applyValues(loaded, values, fields), ['attributedTo']);
              formPath = sent.formPath;
              return sent.body;
            },
            formPath: (p) => formPath(p),
            save: (body, version) => edits.write('PUT', `${path}/benefits/${enc(b.id)}`, body, version),
            history: key,
            saved: refresh,
          });
        }, { 'data-benefit': b.id, 'aria-label': `Edit benefit ${b.title ?? b.id}` }),
        button('Planned and realised', 'benefit-values', () => {
          const fields = benefitValueFields(b.planned?.length ?? 0, b.realised?.length ?? 0);
          return openEditor(edits, {
            title: `Planned and realised: ${b.title ?? b.id}`,
            fields,
            load: () => edits.read<Record<string, unknown>>(`${path}/benefits/${enc(b.id)}`),
            body: (loaded, values) => {
              const written = applyValues(loaded, values, fields) as { planned?: Record<string, unknown>[]; realised?: Record<string, unknown>[] };
              return { ...written, planned: budgetsBody(written.planned), realised: budgetsBody(written.realised) };
            },
            save: (body, version) => edits.write('PUT', `${path}/benefits/${enc(b.id)}`, body, version),
            history: key,
            saved: refresh,
          });
        }, { 'data-benefit': b.id, 'aria-label': `Planned and realised values of ${b.title ?? b.id}` }),
        deleteButton('Delete', 'benefit-delete', {
          what: `the benefit ‘${b.title ?? b.id}’`,
          fields: BENEFIT_FIELDS,
          load: () => edits.read<Record<string, unknown>>(`${path}/benefits/${enc(b.id)}`),
          remove: (_loaded, version) => edits.write('DELETE', `${path}/benefits/${enc(b.id)}`, undefined, version),
          deleted: refresh,
        }, { 'data-benefit': b.id, 'aria-label': `Delete benefit ${b.title ?? b.id}` }),
      ),
    ),
  );
  const add = button('Add a benefit', 'benefit-new', () => {
    const fields = benefitFields(0, members);
    let formPath: (p: string) => string = (p) => p;
    return openEditor(edits, {
      title: `A benefit of ${c.name}`,
      fields,
      creating: true,
      load: async () => ({ value: {} }),
      body: (loaded, values) => {
        const sent = withoutEmptyRows(applyValues(loaded, values, fields), ['attributedTo']);
        formPath = sent.formPath;
        return sent.body;
      },
      formPath: (p) => formPath(p),
      save: (body) => edits.write('POST', `${path}/benefits`, body),
      saved: refresh,
    });
  });
  return h('div', { class: 'edit-benefits' }, h('h4', {}, 'Benefits'), list, add);
}

/** Lessons and people: each with Edit and History where the account may edit it, and a way to add one. */
async function fillLessonsAndPeople(ctx: PanelContext, c: Collaboration, mine: string[], refresh: () => void, section: HTMLElement) {
  const { session, api } = ctx;
  const [lessons, people] = await Promise.all([api.lessons({ collaboration: c.id }).catch(() => [] as Lesson[]), api.people(c.id).catch(() => [] as Person[])]);
  const lessonBox = section.querySelector('.edit-lessons')!;
  if (mayEditLessonsOf(session, c)) {
    const items = lessons.filter((l) => mayEditLesson(session, l, c)).map((l) => entityRow(l.title, 'lesson', l.id, LESSON_FIELDS, `/api/lessons/${enc(l.id)}`, refresh));
    const add = button('Add a lesson', 'lesson-new', () =>
      openEditor(edits, { title: `A lesson of ${c.name}`, fields: LESSON_FIELDS, creating: true, load: async () => ({ value: { collaboration: c.id } }), save: (body) => edits.write('POST', '/api/lessons', body), saved: refresh }),
    );
    lessonBox.replaceChildren(h('h4', {}, 'Lessons'), h('ul', { class: 'plain' }, items), add);
  }
  const peopleBox = section.querySelector('.edit-people')!;
  const forceChoices = forceOptions(ctx, mine);
  const editable = people.filter((p) => mayEditPerson(session, p));
  if (editable.length || forceChoices.length) {
    const items = editable.map((p) => entityRow(p.name ?? p.title ?? p.id, 'person', p.id, personFields(forceOptions(ctx, mine.includes(p.force ?? '') || !p.force ? mine : [...mine, p.force])), `/api/people/${enc(p.id)}`, refresh));
    const add = forceChoices.length
      ? button('Add a contact', 'person-new', () =>
          openEditor(edits, {
            title: `A contact for ${c.name}`,
            fields: personFields(forceChoices),
            creating: true,
            load: async () => ({ value: { contactFor: [{ collaboration: c.id, topics: [] }] } }),
            save: (body) => edits.write('POST', '/api/people', body),
            saved: refresh,
          }),
        )
      : null;
    peopleBox.replaceChildren(h('h4', {}, 'People'), h('ul', { class: 'plain' }, items), ...(add ? [add] : []));
  }
}

function entityRow(label: string, kind: 'lesson' | 'person', id: string, fields: FieldSpec[], path: string, refresh: () => void): HTMLElement {
  const key = `${kind}:${id}`;
  return h(
    'li',
    { 'data-entity': key },
    h('span', {}, label),
    button('Edit', kind, () => openEditor(edits, { title: `Edit ${label}`, fields, load: () => edits.read<Record<string, unknown>>(path), body: (loaded, values) => asBody(applyValues(loaded, values, fields)), save: (body, version) => edits.write('PUT', path, body, version), history: key, saved: refresh }), { 'aria-label': `Edit ${label}` }),
    button('History', 'history', () => openHistory(edits, key, label), { class: 'edit-control link', 'aria-label': `History of ${label}` }),
    deleteButton('Delete', `${kind}-delete`, {
      what: `the ${kind} ‘${label}’`,
      fields,
      load: () => edits.read<Record<string, unknown>>(path),
      remove: (_loaded, version) => edits.write('DELETE', path, undefined, version),
      deleted: refresh,
    }, { 'aria-label': `Delete ${label}` }),
  );
}

/** A new collaboration hosted by one of the account's forces; opened once created. */
export function newCollaborationButton(ctx: PanelContext, hosts: string[]): HTMLButtonElement {
  let created: string | undefined;
  return button('New collaboration', 'collaboration-new', () =>
    openEditor(edits, {
      title: 'New collaboration',
      creating: true,
      fields: collaborationFields(
        ctx.catalog.functions.map((f) => ({ value: f.id, label: f.name })),
        forceOptions(ctx, hosts),
      ),
      load: async () => ({ value: { status: 'proposed', members: [{ role: 'host', force: hosts[0] }] } }),
      save: async (body) => {
        const answer = await edits.write<Collaboration>('POST', '/api/collaborations', body);
        created = answer.value?.id;
        return answer;
      },
      saved: () => {
        if (created) ctx.store.set(selectCollaboration(created), { push: true });
      },
    }),
  );
}

import { describe, expect, it } from 'vitest';
import { Session } from '../src/api/session';
import { EditApi } from '../src/api/edits';
import { ApiError } from '../src/api/client';
import { budgetFields, budgetsBody, collaborationFields, joinFields, TERMS_FIELDS } from '../src/model/edit-fields';
import { applyValues, differences, fieldForProblem, historyRows, pathSegments, readPath, valuesOf, type FieldSpec } from '../src/model/edit-form';
import { hostsAndLeads, mayEditCollaboration, mayEditLessonsOf, mayEditPerson, mayReadHistory, ownForces } from '../src/model/edit-rights';
import { asBody } from '../src/panels/edit-collab';

const fields: FieldSpec[] = [
  { name: 'name', label: 'Name' },
  { name: 'hq.town', label: 'Town' },
  { name: 'hq.lat', label: 'Latitude', kind: 'number' },
  { name: 'functions', label: 'Functions', kind: 'multi' },
  { name: 'members[0].force', label: 'Host', kind: 'select' },
];

describe('a form over an entity', () => {
  it('reads paths with names and list indices', () => {
    expect(pathSegments('members[0].force')).toEqual(['members', 0, 'force']);
    expect(pathSegments('[2].year')).toEqual([2, 'year']);
    expect(readPath({ members: [{ force: 'kent' }] }, 'members[0].force')).toBe('kent');
    expect(readPath({}, 'hq.town')).toBeUndefined();
  });

  it('shows absent fields as empty and lists as lists', () => {
    expect(valuesOf({ name: 'Kent Police', hq: { lat: 51.26 }, functions: ['ict'] }, fields)).toEqual({ name: 'Kent Police', 'hq.town': '', 'hq.lat': '51.26', functions: ['ict'], 'members[0].force': '' });
  });

  it('writes the values into a copy, leaving out empty fields and keeping what the form does not show', () => {
    const entity = { name: 'Old', hq: { town: 'Maidstone', lat: 1 }, figures: [{ id: 'f1' }], members: [{ role: 'host' }] };
    const body = applyValues(entity, { name: ' New ', 'hq.town': '', 'hq.lat': '51.5', functions: ['ict', 'roads-policing'], 'members[0].force': 'kent' }, fields);
    expect(body).toEqual({ name: 'New', hq: { lat: 51.5 }, figures: [{ id: 'f1' }], functions: ['ict', 'roads-policing'], members: [{ role: 'host', force: 'kent' }] });
    expect(entity.name).toBe('Old');
    expect(entity.hq.town).toBe('Maidstone');
  });

  it('sends a number field that is not a number as typed, for the server to name', () => {
    expect(applyValues({}, { 'hq.lat': 'north' }, fields.slice(0, 3))).toEqual({ hq: { lat: 'north' } });
  });

  it('writes the budgets list and drops its empty rows', () => {
    const budgets = budgetFields(2);
    const list = applyValues([{ year: '2019/20', amount: 10 }], { '[0].year': '2019/20', '[0].amount': '12', '[1].year': '', '[1].amount': '' }, budgets);
    expect(budgetsBody(list as Record<string, unknown>[])).toEqual([{ year: '2019/20', amount: 12 }]);
  });
});

describe('a problem+json error beside its field', () => {
  it('finds the field itself, the field it lies within, or the same path below the sub-resource', () => {
    expect(fieldForProblem('name', fields)).toBe('name');
    expect(fieldForProblem('hq.lat', fields)).toBe('hq.lat');
    expect(fieldForProblem('members[0].force', fields)).toBe('members[0].force');
    expect(fieldForProblem('terms.noticeMonths.value', TERMS_FIELDS)).toBe('noticeMonths.value');
    expect(fieldForProblem('budgets[1].year', budgetFields(2))).toBe('[1].year');
  });

  it('falls back to the field of the same last name (a join is named by its place among the members)', () => {
    expect(fieldForProblem('members[2].joined', joinFields([]))).toBe('joined');
  });

  it('leaves a field no input holds to be shown above the form', () => {
    expect(fieldForProblem('register', fields)).toBeUndefined();
    expect(fieldForProblem('kind', [{ name: 'name', label: 'Name' }])).toBeUndefined();
  });

  it('names every field of a new collaboration the server checks', () => {
    const names = collaborationFields([], []).map((f) => f.name);
    for (const field of ['id', 'name', 'kind', 'scope', 'status', 'started', 'ended']) expect(names).toContain(field);
  });
});

describe('a stale version', () => {
  it('lists each field where the form differs from what is stored now, marking the other change', () => {
    const base = { name: 'A', 'hq.town': 'Maidstone' };
    const theirs = { name: 'B', 'hq.town': 'Maidstone' };
    const mine = { name: 'A', 'hq.town': 'Chatham' };
    expect(differences(fields.slice(0, 2), base, theirs, mine)).toEqual([
      { field: 'name', label: 'Name', theirs: 'B', mine: 'A', changedByOthers: true },
      { field: 'hq.town', label: 'Town', theirs: 'Maidstone', mine: 'Chatham', changedByOthers: false },
    ]);
    expect(differences(fields.slice(0, 2), base, base, base)).toEqual([]);
  });

  it('reads the version from the ETag and sends it back as If-Match; a 412 is an error carrying the current version', async () => {
    const seen: RequestInit[] = [];
    const api = new EditApi(
      async (_input, init) => {
        seen.push(init ?? {});
        if (init?.method === 'PUT') return new Response(JSON.stringify({ status: 412, currentVersion: 9, errors: [{ field: 'version', reason: 'changed' }] }), { status: 412 });
        return new Response(JSON.stringify({ id: 'kent', name: 'Kent', hq: null }), { status: 200, headers: { ETag: '"7"' } });
      },
      () => 'csrf',
    );
    const read = await api.read<{ hq?: unknown }>('/api/forces/kent');
    expect(read.version).toBe('"7"');
    expect('hq' in read.value).toBe(false);
    const failed = await api.write('PUT', '/api/forces/kent', read.value, read.version).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(ApiError);
    expect((failed as ApiError).status).toBe(412);
    expect((seen[1].headers as Record<string, string>)['If-Match']).toBe('"7"');
    expect((seen[1].headers as Record<string, string>)['X-XSRF-TOKEN']).toBe('csrf');
  });

  it('sends the collaboration back without what the server derives or takes as If-Match', () => {
    expect(asBody({ id: 'x', hostForce: 'kent', version: 3, name: 'X' })).toEqual({ id: 'x', name: 'X' });
  });
});

describe('history', () => {
  it('says when, who, what and each field before and after, never personal values', () => {
    const rows = historyRows(
      [
        { seq: 2, at: '2026-12-05T10:00:00Z', by: 'kent-editor', via: 'password', endpoint: 'PUT /api/people/p1', action: 'update', changes: [{ entity: 'person:p1', action: 'updated', fields: [{ field: 'title', before: 'Lead', after: 'Head' }, { field: 'name', changed: true }] }] },
        { seq: 1, at: '2026-12-04T10:00:00Z', by: 'admin', action: 'import', changes: [] },
      ],
      'person:p1',
    );
    expect(rows[0]).toEqual({ at: '2026-12-05T10:00:00Z', by: 'kent-editor (password)', what: 'updated by PUT /api/people/p1', fields: ['title: “Lead” → “Head”', 'name changed (not shown: personal data)'] });
    expect(rows[1].what).toBe('import (may have changed it)');
  });
});

describe('what each role is offered to edit', () => {
  const roles = { viewer: ['viewer'], contactViewer: ['viewer', 'contact-viewer'], editor: ['viewer', 'contact-viewer', 'editor'], admin: ['viewer', 'contact-viewer', 'editor', 'admin', 'operator'] } as const;
  const as = (r: readonly string[], forces: string[] = []) => new Session({ name: 'x', via: 'password', roles: [...r] as never, forces, local: true });
  const c = { members: [{ force: 'kent', role: 'host' }, { force: 'essex', role: 'member' }, { force: 'surrey', role: 'lead', left: '2019' }] };

  it('lets editors change a collaboration only when one of their forces hosts or leads it now', () => {
    expect(hostsAndLeads(c)).toEqual(['kent']);
    expect(mayEditCollaboration(as(roles.editor, ['kent']), c)).toBe(true);
    expect(mayEditCollaboration(as(roles.editor, ['essex']), c)).toBe(false);
    expect(mayEditCollaboration(as(roles.editor, ['surrey']), c)).toBe(false);
    expect(mayEditCollaboration(as(roles.admin), c)).toBe(true);
  });

  it('offers viewers and contact-viewers nothing', () => {
    for (const r of [roles.viewer, roles.contactViewer]) {
      const s = as(r, ['kent']);
      expect(mayEditCollaboration(s, c)).toBe(false);
      expect(ownForces(s, ['kent', 'essex'])).toEqual([]);
      expect(mayEditLessonsOf(s, c)).toBe(false);
      expect(mayEditPerson(s, { force: 'kent' })).toBe(false);
      expect(mayReadHistory(s)).toBe(false);
    }
  });

  it('lets an editor record its own forces’ memberships, lessons where it is a member, people serving in its forces', () => {
    const essex = as(roles.editor, ['essex', 'nowhere']);
    expect(ownForces(essex, ['kent', 'essex'])).toEqual(['essex']);
    expect(mayEditLessonsOf(essex, c)).toBe(true);
    expect(mayEditLessonsOf(as(roles.editor, ['dorset']), c)).toBe(false);
    expect(mayEditPerson(essex, { force: 'essex' })).toBe(true);
    expect(mayEditPerson(essex, { force: 'kent' })).toBe(false);
    expect(mayEditPerson(essex, {})).toBe(false);
    expect(ownForces(as(roles.admin), ['kent', 'essex'])).toEqual(['kent', 'essex']);
  });
});

describe('members’ cost shares', () => {
  it('writes each share into the membership with the same force and joined date, wherever it now stands', async () => {
    const { withCostShares, costShareFields } = await import('../src/model/edit-fields');
    const opened = [{ force: 'kent' }, { force: 'essex', joined: '2020-01' }];
    expect(costShareFields(opened, (id) => id.toUpperCase()).map((f) => [f.name, f.label])).toEqual([
      ['members[0].costShare', 'KENT'],
      ['members[1].costShare', 'ESSEX (joined 2020-01)'],
    ]);
    const now = [{ force: 'surrey', costShare: 0.1 }, { force: 'essex', joined: '2020-01', costShare: 0.5, role: 'member' }, { force: 'kent', costShare: 0.5 }];
    expect(withCostShares(now, opened, [0.6, undefined])).toEqual([{ force: 'surrey', costShare: 0.1 }, { force: 'essex', joined: '2020-01', role: 'member' }, { force: 'kent', costShare: 0.6 }]);
  });
});

describe('a benefit’s planned and realised values', () => {
  it('offers each recorded period and one more of each, and keeps only the rows with something in them', async () => {
    const { benefitValueFields } = await import('../src/model/edit-fields');
    const fields = benefitValueFields(1, 0);
    expect(fields.filter((f) => f.name.endsWith('.period')).map((f) => f.name)).toEqual(['planned[0].period', 'planned[1].period', 'realised[0].period']);
    const written = applyValues({ planned: [{ period: '2019/20', value: 1 }] }, { 'planned[0].period': '2019/20', 'planned[0].value': '2', 'planned[1].period': '', 'realised[0].value': '3' }, fields) as unknown as { planned: Record<string, unknown>[]; realised: Record<string, unknown>[] };
    expect(budgetsBody(written.planned)).toEqual([{ period: '2019/20', value: 2 }]);
    expect(budgetsBody(written.realised)).toEqual([{ value: 3 }]);
    expect(fieldForProblem('benefits[2].planned[0].period', fields)).toBe('planned[0].period');
  });
});

describe('a duplicate id', () => {
  it('names the entity that has it and the address that opens it', async () => {
    const { duplicateOf } = await import('../src/model/edit-form');
    expect(duplicateOf("a collaboration with id 'kent-essex' already exists")).toEqual({ kind: 'collaboration', id: 'kent-essex', href: '/?collab=kent-essex' });
    expect(duplicateOf("a force with id 'kent' already exists")?.href).toBe('/?force=kent');
    expect(duplicateOf("a lesson with id 'l1' already exists")).toEqual({ kind: 'lesson', id: 'l1', href: undefined });
    expect(duplicateOf('cost shares sum to 1.5')).toBeUndefined();
  });
});

// The pure part of editing in place: what a form's fields are, how they are read from and written into an
// entity as the API sends it, which field a problem+json error names, and what differs when the entity changed
// behind the form's back (a 412). The panels (src/panels/edit-*.ts) draw it; the server decides every write.

/** How a field is entered: one line, several lines, one choice, a number, or several choices. */
export type FieldKind = 'text' | 'textarea' | 'select' | 'number' | 'multi';

export interface FieldSpec {
  /** The field's path in the body sent, as the API names it in its errors: `name`, `hq.town`, `members[0].force`. */
  name: string;
  label: string;
  kind?: FieldKind;
  options?: { value: string; label: string }[];
  /** Shown under the field: the format wanted ("YYYY, YYYY-MM or YYYY-MM-DD"). */
  hint?: string;
  /** Only asked when creating (an id cannot be changed afterwards). */
  createOnly?: boolean;
}

/** What the form holds: text for each field, a list for the multiple choices. */
export type FormValues = Record<string, string | string[]>;

type Json = unknown;
type Segment = string | number;

/** `members[0].force` → ['members', 0, 'force']. */
export function pathSegments(path: string): Segment[] {
  const out: Segment[] = [];
  for (const part of path.split('.')) {
    const match = /^([^[]*)((?:\[\d+\])*)$/.exec(part);
    if (!match) {
      out.push(part);
      continue;
    }
    if (match[1]) out.push(match[1]);
    for (const index of match[2].matchAll(/\[(\d+)\]/g)) out.push(Number(index[1]));
  }
  return out;
}

export function readPath(entity: Json, path: string): Json {
  let at: Json = entity;
  for (const segment of pathSegments(path)) {
    if (at === null || at === undefined || typeof at !== 'object') return undefined;
    at = (at as Record<string | number, Json>)[segment];
  }
  return at;
}

/** Sets (or, for undefined, removes) the value at the path, making the objects and lists on the way. */
export function writePath(entity: Record<string, Json>, path: string, value: Json): void {
  const segments = pathSegments(path);
  let at: Record<string | number, Json> = entity;
  for (let i = 0; i < segments.length - 1; i++) {
    const next = at[segments[i]];
    if (next === null || next === undefined || typeof next !== 'object') {
      if (value === undefined) return; // nothing to remove
      at[segments[i]] = typeof segments[i + 1] === 'number' ? [] : {};
    }
    at = at[segments[i]] as Record<string | number, Json>;
  }
  const last = segments[segments.length - 1];
  if (value === undefined) delete at[last];
  else at[last] = value;
}

/** The form's values for an entity: absent fields are empty. */
export function valuesOf(entity: Json, fields: FieldSpec[]): FormValues {
  const values: FormValues = {};
  for (const field of fields) {
    const value = readPath(entity, field.name);
    if (field.kind === 'multi') values[field.name] = Array.isArray(value) ? value.map(String) : [];
    else values[field.name] = value === undefined || value === null ? '' : String(value);
  }
  return values;
}

/**
 * The entity with the form's values written in (a copy: the original is left alone). An empty field is left
 * out, never sent as "" (the register records nothing rather than a blank); a number field that is not a
 * number is sent as the text typed, so the server names the field and the reason, as for any other client.
 */
export function applyValues<T>(entity: T, values: FormValues, fields: FieldSpec[]): T {
  const copy = structuredClone(entity ?? {}) as Record<string, Json>;
  for (const field of fields) {
    const value = values[field.name];
    if (field.kind === 'multi') {
      writePath(copy, field.name, Array.isArray(value) ? [...value] : []);
      continue;
    }
    const text = typeof value === 'string' ? value.trim() : '';
    if (!text) writePath(copy, field.name, undefined);
    else if (field.kind === 'number') writePath(copy, field.name, Number.isFinite(Number(text)) ? Number(text) : text);
    else writePath(copy, field.name, field.kind === 'textarea' && typeof value === 'string' ? value.replace(/\s+$/, '') : text);
  }
  return copy as T;
}

/**
 * The form's field that a problem's field path names: the field itself, else the nearest one it lies within
 * (`hq.town.x` → `hq.town`), else the same path below the entity a sub-resource answers for (the terms form's
 * `legalBasis.value` for `terms.legalBasis.value`, `[0].year` for `budgets[0].year`), else the field with the same last name (`joined` for
 * `members[kent@2015].joined`), else the first field of a group named whole (`strandedCosts.value` for
 * `terms.strandedCosts`). Undefined when no field matches: the error is then shown above the form.
 */
export function fieldForProblem(path: string, fields: FieldSpec[]): string | undefined {
  const names = fields.map((f) => f.name);
  const segments = path.split('.');
  for (let start = 0; start < segments.length; start++) {
    const tail = segments.slice(start).join('.');
    // a list answered on its own (the budgets) is named in errors by its place in the collaboration: budgets[0].year
    for (const candidate of [tail, tail.replace(/^[^.[]+(?=\[)/, '')]) {
      const within = names.filter((n) => candidate === n || candidate.startsWith(`${n}.`) || candidate.startsWith(`${n}[`)).sort((a, b) => b.length - a.length);
      if (within.length) return within[0];
    }
  }
  // a group named whole (terms.strandedCosts: "records nothing") lands on its first field
  for (let start = 0; start < segments.length; start++) {
    const tail = segments.slice(start).join('.');
    const first = names.find((n) => n.startsWith(`${tail}.`));
    if (first) return first;
  }
  const last = segments[segments.length - 1].replace(/\[.*$/, '');
  return names.find((n) => n === last || n.endsWith(`.${last}`) || n.endsWith(`]${last}`));
}

/** One field that differs between what is stored now and what the form would write over it. */
export interface Difference {
  field: string;
  label: string;
  /** What the register holds now (someone else's change, when they made one). */
  theirs: string;
  /** What the form holds. */
  mine: string;
  /** Whether the other change touched this field (it differs from what the form was opened on). */
  changedByOthers: boolean;
}

const shown = (value: string | string[] | undefined) => (Array.isArray(value) ? value.join(', ') : (value ?? '')).trim();

/**
 * What overwriting would change: every field where the form differs from the entity as it is now, each marked
 * with whether someone else changed it since the form was opened (`base`), so the user sees what they would undo.
 */
export function differences(fields: FieldSpec[], base: FormValues, theirs: FormValues, mine: FormValues): Difference[] {
  const out: Difference[] = [];
  for (const field of fields) {
    const now = shown(theirs[field.name]);
    const wanted = shown(mine[field.name]);
    const before = shown(base[field.name]);
    if (now !== wanted || now !== before) out.push({ field: field.name, label: field.label, theirs: now, mine: wanted, changedByOthers: now !== before });
  }
  return out;
}

/** An audit entry as GET /api/audit answers it (README, "The audit"). */
export interface AuditEntry {
  seq: number;
  change?: number;
  at: string;
  by: string;
  via?: string;
  endpoint?: string;
  action: string;
  changes?: { entity: string; action: string; fields: { field: string; before?: unknown; after?: unknown; changed?: boolean }[] }[];
  document?: Record<string, unknown>;
}

export interface HistoryRow {
  at: string;
  by: string;
  what: string;
  fields: string[];
}

const value = (v: unknown) => (v === null || v === undefined ? '(none)' : typeof v === 'string' ? `“${v}”` : JSON.stringify(v));

/** An entity's history (`kind:id`) as lines a person reads: when, who, what, and each field before → after. */
export function historyRows(entries: AuditEntry[], entity: string): HistoryRow[] {
  return entries.map((e) => {
    const mine = (e.changes ?? []).filter((c) => c.entity === entity);
    const fields = mine.flatMap((c) => c.fields.map((f) => (f.changed ? `${f.field} changed (not shown: personal data)` : `${f.field}: ${value(f.before)} → ${value(f.after)}`)));
    const action = mine[0]?.action ?? (e.action === 'import' || e.action === 'bulk-load' ? `${e.action} (may have changed it)` : e.action);
    return { at: e.at, by: e.via ? `${e.by} (${e.via})` : e.by, what: e.endpoint ? `${action} by ${e.endpoint}` : action, fields };
  });
}

/**
 * The entity a 409 says already has the id ("a collaboration with id 'emsou' already exists"), with the page's
 * address that opens it (forces and collaborations; other kinds have no panel of their own).
 */
export function duplicateOf(reason: string): { kind: string; id: string; href?: string } | undefined {
  const m = /\ban? ([a-z-]+) with id '([^']+)' already exists/.exec(reason);
  if (!m) return undefined;
  const [, kind, id] = m;
  const href = kind === 'collaboration' ? `/?collab=${encodeURIComponent(id)}` : kind === 'force' ? `/?force=${encodeURIComponent(id)}` : undefined;
  return { kind, id, href };
}

/**
 * What a refused delete says, in the server's words: 409 why deleting would lose history ("cannot delete
 * collaboration 'x': it has memberships or lessons: end it instead"), 403 the right missing, 404 gone already.
 */
export function deleteRefusal(status: number, problem: { title?: string; detail?: string; errors?: { field: string; reason: string }[] }): string {
  const reasons = (problem.errors ?? []).map((e) => e.reason).join('; ');
  if (status === 409) return `Not deleted: ${reasons || problem.detail || 'deleting it would lose history'}.`;
  if (status === 403) return `Not deleted: you may not delete this (${problem.detail ?? reasons}).`;
  if (status === 404) return 'It is no longer there: someone else deleted it.';
  return `Not deleted: ${problem.detail ?? problem.title ?? `HTTP ${status}`}`;
}

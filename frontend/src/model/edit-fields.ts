import type { FieldSpec } from './edit-form';

// The fields of each form of editing in place, named by their paths in the bodies the API takes (so that its
// problem+json errors land beside them). The vocabularies are the server's (CollaborationRules, Checks, Benefit).

type Options = { value: string; label: string }[];
const options = (values: string[]): Options => values.map((v) => ({ value: v, label: v.replace(/-/g, ' ') }));

const DATE = 'YYYY, YYYY-MM or YYYY-MM-DD';
const ID = 'lower case letters, digits and hyphens; cannot be changed later';
export const SCOPES = ['bilateral', 'regional', 'multi-regional', 'national'];
export const STATUSES = ['proposed', 'active', 'ended'];
export const ROLES = ['member', 'lead', 'host'];
export const CONFIDENCE = ['confirmed', 'approximate', 'unconfirmed'];
export const FIGURE_KINDS = ['annual-cost', 'set-up-cost', 'capital-cost', 'saving-planned', 'saving-achieved', 'withdrawal-cost', 'budget'];
export const LEGAL_BASES = ['s22A', 's23', 'other'];
export const THEMES = ['purpose', 'benefits-costs', 'leadership-governance', 'skills', 'withdrawal'];
export const BENEFIT_KINDS = ['cashable', 'non-cashable', 'qualitative'];
export const BENEFIT_STATUSES = ['identified', 'planned', 'in-progress', 'realised', 'not-realised', 'closed'];

/** A collaboration's own fields; a new one also names its host (an editor may create only one its force hosts). */
export function collaborationFields(functions: Options, hosts: Options): FieldSpec[] {
  return [
    { name: 'id', label: 'Id', hint: ID, createOnly: true },
    { name: 'name', label: 'Name' },
    { name: 'kind', label: 'Kind', hint: 'e.g. regional organised crime unit, strategic alliance' },
    { name: 'scope', label: 'Scope', kind: 'select', options: options(SCOPES) },
    { name: 'status', label: 'Status', kind: 'select', options: options(STATUSES) },
    { name: 'started', label: 'Started', hint: DATE },
    { name: 'ended', label: 'Ended', hint: DATE },
    { name: 'purpose', label: 'Purpose', kind: 'textarea' },
    { name: 'functions', label: 'Functions', kind: 'multi', options: functions },
    { name: 'confidence', label: 'Confidence', kind: 'select', options: options(CONFIDENCE) },
    { name: 'members[0].force', label: 'Host force', kind: 'select', options: hosts, createOnly: true },
  ];
}

/** A force joining a collaboration (POST /api/collaborations/{id}/members). */
export function joinFields(forces: Options): FieldSpec[] {
  return [
    { name: 'force', label: 'Force', kind: 'select', options: forces },
    { name: 'joined', label: 'Joined', hint: `${DATE}; empty: since the collaboration started` },
    { name: 'role', label: 'Role', kind: 'select', options: options(ROLES) },
    { name: 'costShare', label: 'Cost share', kind: 'number', hint: 'a fraction, e.g. 0.25' },
    { name: 'confidence', label: 'Confidence', kind: 'select', options: options(CONFIDENCE) },
  ];
}

/** A withdrawal (POST /api/collaborations/{id}/members/{force}/withdrawal). */
export const WITHDRAWAL_FIELDS: FieldSpec[] = [{ name: 'left', label: 'Left', hint: DATE }];

/** A cost or saving figure with its source, added to the collaboration's figures (the index is the new one's). */
export function figureFields(index: number, forces: Options): FieldSpec[] {
  const at = (name: string) => `figures[${index}].${name}`;
  return [
    { name: at('kind'), label: 'Kind', kind: 'select', options: options(FIGURE_KINDS) },
    { name: at('amount'), label: 'Amount (£)', kind: 'number' },
    { name: at('period'), label: 'Period', hint: 'e.g. 2019/20, per year' },
    { name: at('date'), label: 'Date', hint: DATE },
    { name: at('force'), label: 'For force', kind: 'select', options: forces, hint: 'empty: the collaboration as a whole' },
    { name: at('source'), label: 'Source', hint: 'a web address or a citation' },
    { name: at('note'), label: 'Note', kind: 'textarea' },
    { name: at('confidence'), label: 'Confidence', kind: 'select', options: options(CONFIDENCE) },
  ];
}

/** A person: a role first (title, rank, force); name and contact details are personal data, for contact viewers. */
export function personFields(forces: Options): FieldSpec[] {
  return [
    { name: 'id', label: 'Id', hint: ID, createOnly: true },
    { name: 'title', label: 'Title (role)', hint: 'e.g. ROCU programme lead' },
    { name: 'rank', label: 'Rank' },
    { name: 'force', label: 'Force', kind: 'select', options: forces },
    { name: 'name', label: 'Name' },
    { name: 'contact', label: 'Contact details' },
  ];
}

export const LESSON_FIELDS: FieldSpec[] = [
  { name: 'id', label: 'Id', hint: ID, createOnly: true },
  { name: 'title', label: 'Title' },
  { name: 'summary', label: 'Summary', kind: 'textarea' },
  { name: 'theme', label: 'Theme', kind: 'select', options: options(THEMES) },
  { name: 'date', label: 'Date', hint: DATE },
  { name: 'source', label: 'Source', hint: 'a web address or a citation' },
  { name: 'toldBy', label: 'Told by (person id)' },
];

export const EXIT_DATE_KINDS = ['earliest-exit', 'break'];
export const EXIT_COST_KINDS = ['fixed-settlement', 'share-of-liabilities'];
const SOURCED_CONFIDENCE = options([...CONFIDENCE, 'derived']);

/** One value as a source states it (`Sourced` on the server): the value, its source and confidence. */
function sourced(name: string, label: string, value: Partial<FieldSpec> = {}): FieldSpec[] {
  return [
    { name: `${name}.value`, label, ...value },
    { name: `${name}.source`, label: `${label}: source`, hint: 'a web address or a citation' },
    { name: `${name}.confidence`, label: `${label}: confidence`, kind: 'select', options: SOURCED_CONFIDENCE },
  ];
}

/** The agreement's terms that are single values, each with its source and confidence (PUT /api/collaborations/{id}/terms). */
export const TERMS_FIELDS: FieldSpec[] = [
  ...sourced('legalBasis', 'Legal basis', { kind: 'select', options: LEGAL_BASES.map((v) => ({ value: v, label: v === 'other' ? 'other' : `Police Act 1996 ${v}` })) }),
  ...sourced('signed', 'Signed', { hint: DATE }),
  ...sourced('reviewDue', 'Review due', { hint: DATE }),
  ...sourced('noticeMonths', 'Notice period (months)', { kind: 'number' }),
  ...sourced('exitTerms', 'Exit terms', { kind: 'textarea' }),
  ...sourced('governance', 'Governance', { hint: 'e.g. 50:50' }),
];

/** How many rows of each of the terms' lists the form has: those recorded, and one more of each to add. */
export interface TermsRows {
  exitDates: number;
  noticesServed: number;
  staffing: number;
}

/**
 * The whole terms form: the single values, the exit cost rule (a fixed settlement, or a share of stated
 * liabilities), the stranded costs a leaving force is to meet (an amount, or stated with the amount unknown), then
 * the lists, one row per entry recorded and one to add: earliest exit or break dates, notices
 * of withdrawal served, and the staffing split (a split of staff between the forces, not a cost share). `forces`
 * are the collaboration's members, past and present, for the notices and the staffing.
 */
export function termsFields(rows: TermsRows, forces: Options): FieldSpec[] {
  const provenance = (at: string, n: string): FieldSpec[] => [
    { name: `${at}.source`, label: `${n}: source`, hint: 'a web address or a citation' },
    { name: `${at}.confidence`, label: `${n}: confidence`, kind: 'select', options: SOURCED_CONFIDENCE },
    { name: `${at}.note`, label: `${n}: note` },
  ];
  const out: FieldSpec[] = [
    ...TERMS_FIELDS,
    { name: 'exitCost.kind', label: 'Exit cost rule', kind: 'select', options: [
      { value: 'fixed-settlement', label: 'a fixed settlement' },
      { value: 'share-of-liabilities', label: 'a share of stated liabilities' },
    ], hint: 'empty: no rule recorded' },
    { name: 'exitCost.amount', label: 'Exit cost: settlement (£)', kind: 'number', hint: 'a fixed settlement only' },
    { name: 'exitCost.share', label: 'Exit cost: share of the liabilities', kind: 'number', hint: 'a fraction, e.g. 0.25; a share of liabilities only' },
    { name: 'exitCost.liabilities', label: 'Exit cost: liabilities (£)', kind: 'number', hint: 'empty when not stated' },
    ...provenance('exitCost', 'Exit cost'),
    // stranded costs a leaving force is to meet: an amount, or (amount empty) stated by a source or note with the amount unknown
    { name: 'strandedCosts.value', label: 'Stranded costs (£)', kind: 'number', hint: 'empty with a source or note: stated, amount not known' },
    ...provenance('strandedCosts', 'Stranded costs'),
  ];
  for (let i = 0; i <= rows.exitDates; i++) {
    const n = `Exit date ${i + 1}`;
    out.push(
      { name: `exitDates[${i}].date`, label: n, hint: i === rows.exitDates ? `${DATE}; empty: no new date` : DATE },
      { name: `exitDates[${i}].kind`, label: `${n}: kind`, kind: 'select', options: options(EXIT_DATE_KINDS) },
      ...provenance(`exitDates[${i}]`, n),
    );
  }
  for (let i = 0; i <= rows.noticesServed; i++) {
    const n = `Notice served ${i + 1}`;
    out.push(
      { name: `noticesServed[${i}].force`, label: `${n}: by`, kind: 'select', options: forces },
      { name: `noticesServed[${i}].date`, label: `${n}: date`, hint: DATE },
      ...provenance(`noticesServed[${i}]`, n),
    );
  }
  for (let i = 0; i <= rows.staffing; i++) {
    const n = `Staffing ${i + 1}`;
    out.push(
      { name: `staffing[${i}].force`, label: `${n}: force`, kind: 'select', options: forces },
      { name: `staffing[${i}].share`, label: `${n}: share of the staff`, kind: 'number', hint: 'a fraction, e.g. 0.69' },
      { name: `staffing[${i}].date`, label: `${n}: as of`, hint: DATE },
      ...provenance(`staffing[${i}]`, n),
    );
  }
  return out;
}

/** The rows of the terms' lists as recorded (absent lists count none). */
export function termsRows(terms: Record<string, unknown> | undefined): TermsRows {
  const count = (key: string) => (Array.isArray(terms?.[key]) ? (terms![key] as unknown[]).length : 0);
  return { exitDates: count('exitDates'), noticesServed: count('noticesServed'), staffing: count('staffing') };
}

const isFilled = (v: unknown): boolean =>
  v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && !v.length) && !(typeof v === 'object' && !Array.isArray(v) && !Object.values(v as object).some(isFilled));

/**
 * A body with the rows left empty dropped from the lists named (a row none of whose values, nested ones included,
 * is filled in), and, because dropping moves what follows, a way back from the place the server
 * names in an error (`terms.staffing[1].share`) to the form's field (`staffing[2].share`).
 */
export function withoutEmptyRows<T extends Record<string, unknown>>(body: T, lists: string[]): { body: T; formPath: (path: string) => string } {
  const kept = new Map<string, number[]>();
  const out: Record<string, unknown> = { ...body };
  for (const list of lists) {
    const rows = Array.isArray(body[list]) ? (body[list] as unknown[]) : [];
    const at: number[] = [];
    out[list] = rows.filter((row, i) => (isFilled(row) ? (at.push(i), true) : false));
    kept.set(list, at);
  }
  const formPath = (path: string) =>
    path.replace(/(^|[.\]])([A-Za-z]+)\[(\d+)\]/g, (whole, before: string, list: string, index: string) => {
      const at = kept.get(list);
      const i = Number(index);
      return at && i < at.length ? `${before}${list}[${at[i]}]` : whole;
    });
  return { body: out as T, formPath };
}

/**
 * The terms form's body: empty rows of the lists dropped, and an exit cost rule or a single value with nothing
 * left in it removed whole (the register records nothing rather than an empty rule).
 */
export function termsBody(terms: Record<string, unknown>): { body: Record<string, unknown>; formPath: (path: string) => string } {
  const pruned: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(terms)) if (isFilled(value) || Array.isArray(value)) pruned[key] = value;
  return withoutEmptyRows(pruned, ['exitDates', 'noticesServed', 'staffing']);
}

/** The budgets by financial year (PUT .../budgets takes the whole list): one row per budget, and one more to add. */
export function budgetFields(count: number): FieldSpec[] {
  const out: FieldSpec[] = [];
  for (let i = 0; i < count; i++) {
    const n = i + 1;
    out.push(
      { name: `[${i}].year`, label: `Budget ${n}: financial year`, hint: 'e.g. 2019/20; empty: year not recorded' },
      { name: `[${i}].amount`, label: `Budget ${n}: amount (£)`, kind: 'number' },
      { name: `[${i}].source`, label: `Budget ${n}: source` },
      { name: `[${i}].confidence`, label: `Budget ${n}: confidence`, kind: 'select', options: options(CONFIDENCE) },
    );
  }
  return out;
}

/** A benefit's own fields (its planned and realised values stay as they are). */
export const BENEFIT_FIELDS: FieldSpec[] = [
  { name: 'id', label: 'Id', hint: ID, createOnly: true },
  { name: 'title', label: 'Title' },
  { name: 'kind', label: 'Kind', kind: 'select', options: options(BENEFIT_KINDS) },
  { name: 'measure', label: 'Measure', hint: 'what is counted, e.g. annual saving' },
  { name: 'unit', label: 'Unit', hint: 'e.g. GBP' },
  { name: 'owner', label: 'Owner (a role)' },
  { name: 'status', label: 'Status', kind: 'select', options: options(BENEFIT_STATUSES) },
  { name: 'note', label: 'Note', kind: 'textarea' },
];

/**
 * A benefit's own fields and the forces it is attributed to with their shares (`attributedTo`), one row per force
 * recorded and one to add; `forces` are the collaboration's members, past and present.
 */
export function benefitFields(attributions: number, forces: Options): FieldSpec[] {
  const out = [...BENEFIT_FIELDS];
  for (let i = 0; i <= attributions; i++) {
    out.push(
      { name: `attributedTo[${i}].force`, label: `Attributed to ${i + 1}: force`, kind: 'select', options: forces, hint: i === attributions ? 'empty: no new force' : undefined },
      { name: `attributedTo[${i}].share`, label: `Attributed to ${i + 1}: share`, kind: 'number', hint: 'a fraction, e.g. 0.5; empty when the source does not split it' },
    );
  }
  return out;
}

/** How the collaboration shares its costs (PUT .../cost-sharing); a formula's weights stay as recorded. */
export const COST_SHARING_FIELDS: FieldSpec[] = [
  { name: 'method', label: 'Method', kind: 'select', options: [
    { value: 'recorded', label: 'recorded shares (each membership’s cost share)' },
    { value: 'formula', label: 'a formula of named weights' },
    { value: 'equal', label: 'equal shares (the agreement says so)' },
  ] },
  { name: 'source', label: 'Source', hint: 'a web address or a citation' },
  { name: 'confidence', label: 'Confidence', kind: 'select', options: options(CONFIDENCE) },
  { name: 'note', label: 'Note', kind: 'textarea' },
];

/** Each membership's recorded cost share, one field per membership (named by its place in the members). */
export function costShareFields(members: { force: string; joined?: string }[], nameOf: (id: string) => string): FieldSpec[] {
  return members.map((m, i) => ({ name: `members[${i}].costShare`, label: `${nameOf(m.force)}${m.joined ? ` (joined ${m.joined})` : ''}`, kind: 'number' as const, hint: 'a fraction, e.g. 0.25' }));
}

/**
 * The members with the shares written in, matched by force and joined date (the key of a membership), so that a
 * membership added or reordered since the form opened keeps its own share.
 */
export function withCostShares<T extends { force?: string; joined?: string; costShare?: unknown }>(members: T[], opened: { force: string; joined?: string }[], shares: (number | string | undefined)[]): T[] {
  return members.map((m) => {
    const i = opened.findIndex((o) => o.force === m.force && (o.joined ?? null) === (m.joined ?? null));
    if (i < 0) return m;
    const { costShare: _old, ...rest } = m;
    return (shares[i] === undefined ? rest : { ...rest, costShare: shares[i] }) as T;
  });
}

/** A benefit's planned and realised values, one row per period recorded and one more of each to add. */
export function benefitValueFields(planned: number, realised: number): FieldSpec[] {
  const rows = (list: 'planned' | 'realised', count: number, title: string): FieldSpec[] =>
    Array.from({ length: count }, (_, i) => [
      { name: `${list}[${i}].period`, label: `${title} ${i + 1}: period`, hint: 'a financial year (2019/20) or a date (2019, 2019-06)' },
      { name: `${list}[${i}].value`, label: `${title} ${i + 1}: value`, kind: 'number' as const, hint: 'in the benefit’s unit; empty for a qualitative benefit' },
      { name: `${list}[${i}].evidence`, label: `${title} ${i + 1}: evidence` },
      { name: `${list}[${i}].source`, label: `${title} ${i + 1}: source` },
      { name: `${list}[${i}].confidence`, label: `${title} ${i + 1}: confidence`, kind: 'select' as const, options: options([...CONFIDENCE, 'derived']) },
    ]).flat();
  return [...rows('planned', planned + 1, 'Planned'), ...rows('realised', realised + 1, 'Realised')];
}

/** The budgets form's body: the rows with anything in them, as the list the API takes. */
export function budgetsBody(rows: Record<string, unknown>[] | undefined): Record<string, unknown>[] {
  return (rows ?? []).filter((r) => r && Object.values(r).some((v) => v !== undefined && v !== ''));
}

type Formula = { method?: string; weights?: Weight[]; [k: string]: unknown };
type Weight = { name?: string; weight?: number | string; unit?: string; source?: string; note?: string; values?: ForceValue[]; [k: string]: unknown };
type ForceValue = { force?: string; value?: number | string; date?: string; source?: string; confidence?: string; [k: string]: unknown };

/**
 * A formula's weights (PUT .../cost-sharing), one group per weight recorded and one more to add: its name, its
 * weight in the formula, unit and source, then each member force's value with its date and source. The values
 * are named by the force's place in `forces` (see `alignFormula`).
 */
export function formulaFields(weights: number, forces: { force: string; label: string }[]): FieldSpec[] {
  const out: FieldSpec[] = [];
  for (let i = 0; i <= weights; i++) {
    const at = `weights[${i}]`;
    const n = `Weight ${i + 1}`;
    out.push(
      { name: `${at}.name`, label: `${n}: name`, hint: i === weights ? 'e.g. population, net revenue budget; empty: no new weight' : 'e.g. population, net revenue budget' },
      { name: `${at}.weight`, label: `${n}: weight in the formula`, kind: 'number', hint: 'e.g. 0.5; empty when the source does not give it' },
      { name: `${at}.unit`, label: `${n}: unit`, hint: 'e.g. people, GBP, km' },
      { name: `${at}.source`, label: `${n}: source`, hint: 'a web address or a citation' },
    );
    forces.forEach((f, j) =>
      out.push(
        { name: `${at}.values[${j}].value`, label: `${n}: ${f.label}`, kind: 'number' },
        { name: `${at}.values[${j}].date`, label: `${n}: ${f.label}, as of`, hint: DATE },
        { name: `${at}.values[${j}].source`, label: `${n}: ${f.label}, source` },
      ),
    );
  }
  return out;
}

/**
 * The cost sharing with each weight's values in the order of `forces` (a force with no value gets an empty row
 * naming it), so that the form's `weights[i].values[j]` is force j's; values of other forces (former members)
 * follow, kept as they are.
 */
export function alignFormula(sharing: Formula, forces: string[]): Formula {
  const weights = (sharing.weights ?? []).map((w) => {
    const values = w?.values ?? [];
    const aligned = forces.map((force) => values.find((v) => v?.force === force) ?? { force });
    return { ...w, values: [...aligned, ...values.filter((v) => !forces.includes(v?.force ?? ''))] };
  });
  return { ...sharing, weights };
}

const filled = (o: Record<string, unknown>, except: string[]) => Object.entries(o).some(([k, v]) => !except.includes(k) && v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && !v.length));

/**
 * The body sent: the rows left empty dropped (a force's value with nothing but the force, a new weight with
 * nothing at all), and, because dropping moves what follows, a way back from the place the server names in an
 * error (`costSharing.weights[0].values[1].value`) to the form's field (`weights[0].values[2].value`). A value
 * typed in the weight added names its force by its row (`forces`, as given to `alignFormula`).
 */
export function formulaBody(sharing: Formula, forces: string[]): { body: Formula; formPath: (path: string) => string } {
  const weightAt: number[] = [];
  const valueAt: number[][] = [];
  const weights: Weight[] = [];
  (sharing.weights ?? []).forEach((w, i) => {
    const kept: ForceValue[] = [];
    const at: number[] = [];
    (w?.values ?? []).forEach((v, j) => {
      if (v && filled(v, ['force'])) {
        kept.push(v.force || j >= forces.length ? v : { force: forces[j], ...v });
        at.push(j);
      }
    });
    const weight = { ...w, values: kept };
    if (!filled(weight, [])) return;
    weights.push(weight);
    weightAt.push(i);
    valueAt.push(at);
  });
  const body = { ...sharing, weights };
  const formPath = (path: string) =>
    path.replace(/weights\[(\d+)\](\.values\[(\d+)\])?/, (whole, w: string, values: string | undefined, v: string | undefined) => {
      const i = Number(w);
      if (i >= weightAt.length) return whole;
      const to = `weights[${weightAt[i]}]`;
      if (!values) return to;
      const j = Number(v);
      return `${to}.values[${valueAt[i][j] ?? j}]`;
    });
  return { body, formPath };
}

import { ApiError, type SpreadsheetAnswer } from '../api/client';
import { h } from '../ui/dom';
import { closeButton, type PanelContext } from './common';

/** The fields a row may hold, in the order the mapping is shown, with what each means. */
export const IMPORT_FIELDS: { field: string; label: string }[] = [
  { field: 'collaboration', label: 'Collaboration id' },
  { field: 'name', label: 'Collaboration name' },
  { field: 'force', label: 'Force' },
  { field: 'role', label: 'Role' },
  { field: 'joined', label: 'Joined' },
  { field: 'left', label: 'Left' },
  { field: 'costShare', label: 'Cost share' },
  { field: 'functions', label: 'Functions' },
  { field: 'kind', label: 'Kind (new collaboration)' },
  { field: 'scope', label: 'Scope (new collaboration)' },
  { field: 'status', label: 'Status (new collaboration)' },
  { field: 'started', label: 'Started (new collaboration)' },
  { field: 'ended', label: 'Ended (new collaboration)' },
];

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The key a mapping is remembered under: the sheet's headers, so the same published list maps itself next time. */
export function mappingKey(headers: string[]): string {
  return `concordat.import.columns:${headers.map((h) => h.trim().toLowerCase()).join('|')}`;
}

/** The mapping remembered for these headers (field → header), if any; only headers the sheet still has. */
export function rememberedMapping(headers: string[], storage: Pick<Storage, 'getItem'> = localStorage): Record<string, string> | undefined {
  try {
    const text = storage.getItem(mappingKey(headers));
    if (!text) return undefined;
    const mapping = JSON.parse(text) as Record<string, string>;
    return Object.fromEntries(Object.entries(mapping).filter(([field, header]) => IMPORT_FIELDS.some((f) => f.field === field) && (header === '' || headers.includes(header))));
  } catch {
    return undefined;
  }
}

/** The request parameters of a mapping: column.FIELD=Header (an empty header: the field is not in the sheet). */
export function mappingParams(mapping: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(mapping).map(([field, header]) => [`column.${field}`, header]));
}

/**
 * The spreadsheet import, for editors and admins: choose a CSV or XLSX file, check which column holds what (found
 * by the headers, remembered per set of headers), see the dry run with each row's problems, and commit only when
 * no row is refused. The server judges every row (an editor's rights included) and writes nothing otherwise.
 */
export function importPanel(ctx: PanelContext): HTMLElement {
  const file = h('input', { type: 'file', id: 'import-file', accept: '.csv,.xlsx,text/csv,' + XLSX });
  const message = h('div', { id: 'import-message', role: 'status', 'aria-live': 'polite' });
  const mappingBox = h('div', { id: 'import-mapping', class: 'stack' });
  const report = h('div', { id: 'import-report' });
  const commit = h('button', { type: 'button', id: 'import-commit', disabled: true }, 'Import');
  let chosen: { blob: Blob; type: string; name: string } | undefined;
  let mapping: Record<string, string> = {};
  let headers: string[] = [];

  const say = (text: string, kind: 'note' | 'error' = 'note') => message.replaceChildren(h('p', { class: kind }, text));

  const dryRun = async () => {
    if (!chosen) return;
    commit.disabled = true;
    say('Checking…');
    try {
      const answer = await ctx.api.importSpreadsheet(chosen.blob, chosen.type, { dryRun: true, ...mappingParams(mapping) });
      headers = answer.headers;
      const remembered = rememberedMapping(headers);
      if (remembered && Object.keys(mapping).length === 0 && Object.keys(remembered).length > 0) {
        // this set of headers was mapped before: ask again with that mapping
        mapping = remembered;
        return dryRun();
      }
      for (const [field, header] of Object.entries(answer.columns)) if (!(field in mapping)) mapping[field] = header;
      showMapping();
      showReport(answer);
    } catch (err) {
      report.replaceChildren();
      // A column the import cannot find by its header (a force's own list says "Police force", say): the server
      // sends the sheet's headers with its refusal, so the person names the column here, once for these headers.
      const problem = err instanceof ApiError ? err.problem : undefined;
      const sheetHeaders = (problem as { headers?: unknown } | undefined)?.headers;
      const unfound = (problem?.errors ?? []).filter((e) => e.field.startsWith('column.'));
      if (Array.isArray(sheetHeaders) && unfound.length > 0) {
        headers = sheetHeaders.map(String);
        const remembered = rememberedMapping(headers);
        if (remembered && Object.keys(mapping).length === 0 && Object.keys(remembered).length > 0) {
          mapping = remembered;
          return dryRun();
        }
        showMapping(Object.fromEntries(unfound.map((e) => [e.field.slice('column.'.length), e.reason])));
        say(`Choose below which column holds ${unfound.map((e) => (e.field === 'column.force' ? 'the force' : 'the collaboration (its id or name)')).join(' and ')}: no header of this sheet says so.`, 'error');
        return;
      }
      say(`The file cannot be imported: ${(err as Error).message}`, 'error');
    }
  };

  /** The column chosen for each field; `unfound` holds the server's reason beside each field it could not find. */
  const showMapping = (unfound: Record<string, string> = {}) => {
    const selects = IMPORT_FIELDS.map(({ field, label }) => {
      const id = `import-column-${field}`;
      const select = h('select', { id, 'data-field': field });
      select.append(h('option', { value: '' }, '(not in the sheet)'));
      for (const header of headers) select.append(h('option', { value: header, selected: mapping[field] === header }, header));
      select.value = mapping[field] ?? '';
      select.addEventListener('change', () => {
        mapping = { ...mapping, [field]: select.value };
        localStorage.setItem(mappingKey(headers), JSON.stringify(mapping));
        void dryRun();
      });
      const reason = unfound[field];
      if (!reason) return h('div', { class: 'row' }, h('label', { for: id }, label), select);
      select.setAttribute('aria-invalid', 'true');
      select.setAttribute('aria-describedby', `${id}-error`);
      return h('div', { class: 'row unfound' }, h('label', { for: id }, label), select, h('p', { class: 'field-error', id: `${id}-error` }, 'Not found: choose the column that holds it.'));
    });
    mappingBox.replaceChildren(h('h3', {}, 'Columns'), h('p', { class: 'muted' }, 'Which column holds what (remembered for sheets with these headers).'), ...selects);
  };

  const showReport = (answer: SpreadsheetAnswer) => {
    const c = answer.counts;
    const summary = `${c.rows} row${c.rows === 1 ? '' : 's'}: ${c.membershipsAdded} membership${c.membershipsAdded === 1 ? '' : 's'} added, ${c.rowsChanging} changing, ${c.unchanged} unchanged, ${c.collaborationsCreated} new collaboration${c.collaborationsCreated === 1 ? '' : 's'}; ${c.refused} refused.`;
    const table = h(
      'table',
      { class: 'import-rows', id: 'import-rows' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Row'), h('th', { scope: 'col' }, 'Collaboration'), h('th', { scope: 'col' }, 'Force'), h('th', { scope: 'col' }, 'What it does'), h('th', { scope: 'col' }, 'Problems'))),
      h(
        'tbody',
        {},
        answer.rows.map((r) =>
          h(
            'tr',
            { 'data-row': String(r.row), class: r.problems.length ? 'refused' : '' },
            h('td', {}, String(r.row)),
            h('td', {}, r.collaboration ? ctx.catalog.nameOf(r.collaboration) : ''),
            h('td', {}, r.force ? ctx.catalog.nameOf(r.force) : ''),
            h('td', {}, h('strong', {}, r.action), r.changes.length ? h('ul', {}, r.changes.map((change) => h('li', {}, change))) : null),
            h('td', {}, r.problems.length ? h('ul', { class: 'problems' }, r.problems.map((p) => h('li', { class: 'error', 'data-field': p.field }, `${p.column ?? p.field}: ${p.reason}`))) : ''),
          ),
        ),
      ),
    );
    report.replaceChildren(h('p', { id: 'import-summary' }, summary), table);
    commit.disabled = c.refused > 0 || c.rows === 0 || c.rows === c.unchanged;
    if (c.refused > 0) say('Nothing can be imported while a row is refused: correct the sheet (or the columns) and choose it again.', 'error');
    else if (c.rows === 0) say('The sheet has no rows under its headers.');
    else say('Dry run: nothing has been written yet.');
  };

  file.addEventListener('change', async () => {
    const picked = file.files?.[0];
    if (!picked) return;
    const type = picked.name.toLowerCase().endsWith('.xlsx') ? XLSX : 'text/csv';
    // read now, so that choosing the same file again after editing it sends what it holds then
    chosen = { blob: new Blob([await picked.arrayBuffer()], { type }), type, name: picked.name };
    mapping = {};
    await dryRun();
  });

  commit.addEventListener('click', async () => {
    if (!chosen) return;
    commit.disabled = true;
    say('Importing…');
    try {
      const answer = await ctx.api.importSpreadsheet(chosen.blob, chosen.type, { dryRun: false, ...mappingParams(mapping) });
      showReport(answer);
      commit.disabled = true;
      say(`Imported ${chosen.name}: ${answer.counts.membershipsAdded} memberships added, ${answer.counts.rowsChanging} rows changing, ${answer.counts.collaborationsCreated} new collaborations. Reload the page to see new collaborations by name.`);
    } catch (err) {
      const problems = err instanceof ApiError ? (err.problem.errors ?? []) : [];
      say(`Nothing was imported: ${problems.length ? problems.map((p) => `${p.field}: ${p.reason}`).join('; ') : (err as Error).message}`, 'error');
    }
  });

  return h(
    'div',
    { class: 'panel-inner', 'data-panel': 'import' },
    h('header', { class: 'panel-head' }, h('h2', {}, 'Import a spreadsheet'), closeButton(ctx)),
    h('p', {}, 'One row per force’s membership of a collaboration: merged into the register (nothing is deleted). Your rights decide which rows you may import; ', h('a', { href: '/api/import/spreadsheet/template?format=xlsx', id: 'import-template-xlsx', download: '' }, 'XLSX template'), ', ', h('a', { href: '/api/import/spreadsheet/template?format=csv', id: 'import-template-csv', download: '' }, 'CSV template'), '.'),
    h('div', { class: 'stack' }, h('label', { for: 'import-file' }, 'Spreadsheet (CSV or XLSX)'), file),
    mappingBox,
    message,
    report,
    commit,
  );
}

import { ApiError } from '../api/client';
import type { EditApi, Versioned } from '../api/edits';
import { applyValues, deleteRefusal, differences, duplicateOf, fieldForProblem, historyRows, valuesOf, type AuditEntry, type FieldSpec, type FormValues } from '../model/edit-form';
import { h } from '../ui/dom';
import './edit.css';

/** One form of editing in place: what it edits, how it loads and saves, and what to do once saved. */
export interface EditSpec<T> {
  title: string;
  fields: FieldSpec[];
  /** A new entity (its create-only fields are asked, there is no version). */
  creating?: boolean;
  /** What the form opens on: the entity with its version, or a template for a new one. */
  load: () => Promise<Versioned<T>>;
  /** The body sent: by default what was loaded with the form's values written in. */
  body?: (loaded: T, values: FormValues) => unknown;
  save: (body: unknown, version: string | undefined) => Promise<unknown>;
  /** The entity's audit key (`collaboration:emsou`), for its history one click away. */
  history?: string;
  /** After a successful save (the panel draws itself again). */
  saved: () => void;
  /** The form's path for a field the server names in the body it was sent, where the body left rows out. */
  formPath?: (path: string) => string;
}

/** The event sent on the document after every successful edit. */
export const REGISTER_CHANGED = 'concordat:register-changed';

let serial = 0;

/**
 * Shows the dialog modally and answers the function that closes it: the page's single-key shortcuts (and its
 * Escape, which closes the side panel) stay outside the dialog, Escape closes the dialog itself, and closing
 * removes it and gives focus back to what opened it.
 */
function showModal(dialog: HTMLDialogElement): () => void {
  const opener = document.activeElement as HTMLElement | null;
  const close = () => {
    dialog.close();
    dialog.remove();
    if (opener?.isConnected) opener.focus();
  };
  dialog.addEventListener('keydown', (e) => e.stopPropagation());
  dialog.addEventListener('cancel', (e) => {
    e.preventDefault();
    close();
  });
  document.body.append(dialog);
  dialog.showModal();
  return close;
}

/**
 * Opens a form in a modal dialog. The API's refusals are shown where they belong: each problem+json field error
 * beside the field it names (others above the form), a duplicate id (409) with the server's words naming the
 * entity that has it, and a stale version (412) as the fields that differ from what is stored now, with the
 * choice of reloading theirs or overwriting with mine.
 */
export function openEditor<T>(api: EditApi, spec: EditSpec<T>): HTMLDialogElement {
  const id = `edit-${++serial}`;
  const fields = spec.fields.filter((f) => spec.creating || !f.createOnly);
  const message = h('div', { class: 'form-message', role: 'alert', id: `${id}-message` });
  const stale = h('div', { class: 'stale', hidden: true });
  const inputs = new Map<string, HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>();
  const errors = new Map<string, HTMLElement>();
  const rows = fields.map((field, i) => {
    const inputId = `${id}-f${i}`;
    const errorId = `${inputId}-error`;
    let input: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    if (field.kind === 'select' || field.kind === 'multi') {
      input = h('select', { id: inputId, name: field.name, multiple: field.kind === 'multi', size: field.kind === 'multi' ? 6 : undefined });
      if (field.kind === 'select') input.append(h('option', { value: '' }, '—'));
      for (const o of field.options ?? []) input.append(h('option', { value: o.value }, o.label));
    } else if (field.kind === 'textarea') {
      input = h('textarea', { id: inputId, name: field.name, rows: 3 });
    } else {
      input = h('input', { id: inputId, name: field.name, type: 'text', inputmode: field.kind === 'number' ? 'decimal' : undefined, autocomplete: 'off' });
    }
    const error = h('p', { class: 'field-error error', id: errorId, hidden: true });
    inputs.set(field.name, input);
    errors.set(field.name, error);
    return h('div', { class: 'field', 'data-field': field.name }, h('label', { for: inputId }, field.label), input, field.hint ? h('p', { class: 'hint muted' }, field.hint) : null, error);
  });
  const saveButton = h('button', { type: 'submit', class: 'primary', 'data-action': 'save' }, spec.creating ? 'Create' : 'Save');
  const cancel = h('button', { type: 'button', 'data-action': 'cancel' }, 'Cancel');
  const historyButton = spec.history && !spec.creating ? h('button', { type: 'button', class: 'link', 'data-action': 'history' }, 'History') : null;
  const form = h('form', { class: 'edit-form', novalidate: true }, ...rows, stale, message, h('div', { class: 'row actions' }, saveButton, cancel, historyButton));
  const dialog = h('dialog', { class: 'edit-dialog', id, 'aria-labelledby': `${id}-title`, 'data-editing': spec.history ?? 'new' }, h('h2', { id: `${id}-title` }, spec.title), form);
  let loaded: Versioned<T> | undefined;
  let base: FormValues = {};

  const fill = (values: FormValues) => {
    for (const field of fields) {
      const input = inputs.get(field.name)!;
      const value = values[field.name];
      if (input instanceof HTMLSelectElement && input.multiple) {
        const chosen = new Set(Array.isArray(value) ? value : []);
        for (const option of input.options) option.selected = chosen.has(option.value);
      } else {
        if (input instanceof HTMLSelectElement && typeof value === 'string' && value && ![...input.options].some((o) => o.value === value)) input.append(h('option', { value }, value));
        input.value = typeof value === 'string' ? value : '';
      }
    }
  };
  const current = (): FormValues => {
    const values: FormValues = {};
    for (const field of fields) {
      const input = inputs.get(field.name)!;
      values[field.name] = input instanceof HTMLSelectElement && input.multiple ? [...input.selectedOptions].map((o) => o.value) : input.value;
    }
    return values;
  };
  const clearErrors = () => {
    message.replaceChildren();
    for (const [name, error] of errors) {
      error.hidden = true;
      error.textContent = '';
      inputs.get(name)!.removeAttribute('aria-invalid');
      inputs.get(name)!.removeAttribute('aria-describedby');
    }
  };
  const say = (text: string, kind: 'error' | 'note' = 'error') => message.append(h('p', { class: kind }, text));
  const bodyOf = (entity: T, values: FormValues) => (spec.body ? spec.body(entity, values) : applyValues(entity, values, fields));

  const showErrors = (err: unknown) => {
    if (!(err instanceof ApiError)) return say(`Not saved: ${(err as Error).message}`);
    const list = err.problem.errors ?? [];
    if (err.status === 409) {
      say(`Not saved: ${list.map((e) => e.reason).join('; ') || err.message}.`);
      const existing = list.map((e) => duplicateOf(e.reason)).find((d) => d?.href);
      if (existing) message.append(h('p', {}, h('a', { href: existing.href!, class: 'duplicate-link', target: '_blank', rel: 'noopener' }, `Open the ${existing.kind} '${existing.id}' (new tab)`)));
    }
    else if (err.status === 403) say(`Not saved: you may not make this change (${err.problem.detail ?? list.map((e) => e.reason).join('; ')}).`);
    else say(`Not saved: ${err.problem.detail ?? err.problem.title ?? `HTTP ${err.status}`}`);
    let first: HTMLElement | undefined;
    for (const e of list) {
      const name = fieldForProblem(spec.formPath ? spec.formPath(e.field) : e.field, fields);
      if (!name || err.status === 403) {
        if (err.status !== 409 && err.status !== 403) say(`${e.field}: ${e.reason}`);
        continue;
      }
      const error = errors.get(name)!;
      error.hidden = false;
      error.textContent = error.textContent ? `${error.textContent}; ${e.reason}` : e.reason;
      const input = inputs.get(name)!;
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', error.id);
      first ??= input;
    }
    first?.focus();
  };

  /** Someone changed the entity since the form was opened: show what differs, offer theirs or mine. */
  const showStale = async (mine: FormValues) => {
    let latest: Versioned<T>;
    try {
      latest = await spec.load();
    } catch (err) {
      return say(`It was changed or removed meanwhile and cannot be read again: ${(err as Error).message}`);
    }
    const theirs = valuesOf(latest.value, fields);
    const diff = differences(fields, base, theirs, mine);
    const reload = h('button', { type: 'button', 'data-action': 'reload' }, 'Reload (discard my changes)');
    const overwrite = h('button', { type: 'button', class: 'danger', 'data-action': 'overwrite' }, 'Overwrite with mine');
    reload.addEventListener('click', () => {
      loaded = latest;
      base = theirs;
      fill(theirs);
      stale.hidden = true;
      clearErrors();
      say('Reloaded: the form shows what is stored now.', 'note');
    });
    overwrite.addEventListener('click', () => {
      stale.hidden = true;
      void submit(latest, mine);
    });
    stale.replaceChildren(
      h('p', { class: 'error' }, 'Someone else changed this since you opened it. Fields where what is stored now differs from your form:'),
      diff.length
        ? h(
            'table',
            { class: 'differences' },
            h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Field'), h('th', { scope: 'col' }, 'Stored now'), h('th', { scope: 'col' }, 'Yours'))),
            h('tbody', {}, diff.map((d) => h('tr', { 'data-field': d.field, class: d.changedByOthers ? 'theirs' : '' }, h('th', { scope: 'row' }, d.label, d.changedByOthers ? h('span', { class: 'tag' }, 'changed by them') : null), h('td', {}, d.theirs || '(empty)'), h('td', {}, d.mine || '(empty)')))),
          )
        : h('p', { class: 'muted' }, 'None of the fields in this form differ; the change was elsewhere in the record.'),
      h('div', { class: 'row' }, reload, overwrite),
    );
    stale.hidden = false;
    reload.focus();
  };

  const submit = async (on: Versioned<T>, values: FormValues) => {
    clearErrors();
    saveButton.disabled = true;
    try {
      await spec.save(bodyOf(on.value, values), on.version);
      close();
      spec.saved();
      // the map and the network draw the register as it is now (App listens)
      document.dispatchEvent(new CustomEvent(REGISTER_CHANGED));
    } catch (err) {
      if (err instanceof ApiError && err.status === 412) await showStale(values);
      else showErrors(err);
    } finally {
      saveButton.disabled = false;
    }
  };

  const close = showModal(dialog);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (loaded) void submit(loaded, current());
  });
  cancel.addEventListener('click', close);
  historyButton?.addEventListener('click', () => openHistory(api, spec.history!, spec.title));
  saveButton.disabled = true;
  spec
    .load()
    .then((v) => {
      loaded = v;
      base = valuesOf(v.value, fields);
      fill(base);
      saveButton.disabled = false;
      dialog.dataset.ready = 'true';
      [...inputs.values()][0]?.focus();
    })
    .catch((err: Error) => say(`It cannot be read: ${err.message}`));
  return dialog;
}

/** An entity's change history from the audit, newest first, in a dialog. */
export function openHistory(api: EditApi, entity: string, title: string): HTMLDialogElement {
  const body = h('div', { class: 'history', 'aria-live': 'polite' }, h('p', { class: 'muted' }, 'Loading…'));
  const close = h('button', { type: 'button', 'data-action': 'close' }, 'Close');
  const dialog = h('dialog', { class: 'edit-dialog history-dialog', 'data-history': entity, 'aria-label': `History of ${title}` }, h('h2', {}, `History: ${title}`), body, h('div', { class: 'row actions' }, close));
  close.addEventListener('click', showModal(dialog));
  close.focus();
  api
    .read<AuditEntry[]>(`/api/audit?entity=${encodeURIComponent(entity)}&limit=100`)
    .then(({ value }) => {
      const rows = historyRows(value ?? [], entity);
      body.replaceChildren(
        rows.length
          ? h(
              'ol',
              { class: 'plain history-list' },
              rows.map((r) => h('li', {}, h('div', {}, h('strong', {}, new Date(r.at).toLocaleString('en-GB')), ` — ${r.by}: ${r.what}`), r.fields.length ? h('ul', {}, r.fields.map((f) => h('li', {}, f))) : null)),
            )
          : h('p', { class: 'muted' }, 'No recorded changes.'),
      );
      dialog.dataset.ready = 'true';
    })
    .catch((err: Error) => body.replaceChildren(h('p', { class: 'error' }, `The history cannot be read: ${err.message}`)));
  return dialog;
}

/** Deleting one entity: what it is, how it is read (for its version) and deleted, and what follows. */
export interface DeleteSpec<T> {
  /** What is deleted, as the user knows it: "the lesson ‘Agree the exit terms’". */
  what: string;
  /** The fields shown to confirm (and compared when it changed meanwhile). */
  fields: FieldSpec[];
  load: () => Promise<Versioned<T>>;
  /** Sends the delete with the version the user confirmed (If-Match). */
  remove: (loaded: T, version: string | undefined) => Promise<unknown>;
  /** The server refused (409: deleting would lose history), in its words: shown beside the panel's control too. */
  refused: (reason: string) => void;
  deleted: () => void;
}

/**
 * Asks before deleting: shows what is stored (the version the delete will send as If-Match), then deletes.
 * A refusal (409, deleting would lose history) is shown in the server's words beside the Delete button and,
 * through `refused`, beside the control that opened it; a change made meanwhile (412) shows what differs from
 * what was confirmed, with *Keep it* or *Delete anyway* (sent with the new version).
 */
export function openDelete<T>(spec: DeleteSpec<T>): HTMLDialogElement {
  const id = `delete-${++serial}`;
  const summary = h('dl', { class: 'delete-summary' });
  const message = h('div', { class: 'form-message', role: 'alert', id: `${id}-message` });
  const stale = h('div', { class: 'stale', hidden: true });
  const confirm = h('button', { type: 'button', class: 'danger', 'data-action': 'delete', 'aria-describedby': `${id}-message` }, 'Delete');
  const cancel = h('button', { type: 'button', 'data-action': 'cancel' }, 'Cancel');
  const dialog = h(
    'dialog',
    { class: 'edit-dialog delete-dialog', id, 'aria-labelledby': `${id}-title`, 'data-deleting': spec.what },
    h('h2', { id: `${id}-title` }, `Delete ${spec.what}?`),
    h('p', {}, 'It is removed from the register; its change history stays in the audit.'),
    summary,
    stale,
    message,
    h('div', { class: 'row actions' }, confirm, cancel),
  );
  let loaded: Versioned<T> | undefined;
  let base: FormValues = {};
  const say = (text: string, kind: 'error' | 'note' = 'error') => message.replaceChildren(h('p', { class: kind }, text));
  const show = (values: FormValues) =>
    summary.replaceChildren(...spec.fields.filter((f) => values[f.name]?.length).flatMap((f) => [h('dt', {}, f.label), h('dd', {}, Array.isArray(values[f.name]) ? (values[f.name] as string[]).join(', ') : (values[f.name] as string))]));
  const close = showModal(dialog);

  const staleNow = async () => {
    let latest: Versioned<T>;
    try {
      latest = await spec.load();
    } catch (err) {
      if (err instanceof ApiError && err.status === 404) return say(deleteRefusal(404, err.problem));
      return say(`It was changed meanwhile and cannot be read again: ${(err as Error).message}`);
    }
    const theirs = valuesOf(latest.value, spec.fields);
    const diff = differences(spec.fields, base, theirs, base);
    const keep = h('button', { type: 'button', 'data-action': 'keep' }, 'Keep it');
    const anyway = h('button', { type: 'button', class: 'danger', 'data-action': 'delete-anyway' }, 'Delete anyway');
    keep.addEventListener('click', close);
    anyway.addEventListener('click', () => {
      stale.hidden = true;
      void remove(latest);
    });
    stale.replaceChildren(
      h('p', { class: 'error' }, 'Someone else changed this since you opened it. What is stored now differs from what you confirmed:'),
      diff.length
        ? h(
            'table',
            { class: 'differences' },
            h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Field'), h('th', { scope: 'col' }, 'Stored now'), h('th', { scope: 'col' }, 'When you opened it'))),
            h('tbody', {}, diff.map((d) => h('tr', { 'data-field': d.field, class: 'theirs' }, h('th', { scope: 'row' }, d.label), h('td', {}, d.theirs || '(empty)'), h('td', {}, d.mine || '(empty)')))),
          )
        : h('p', { class: 'muted' }, 'None of the fields shown differ; the change was elsewhere in the record.'),
      h('div', { class: 'row' }, keep, anyway),
    );
    stale.hidden = false;
    confirm.hidden = true;
    keep.focus();
  };

  const remove = async (on: Versioned<T>) => {
    message.replaceChildren();
    confirm.disabled = true;
    try {
      await spec.remove(on.value, on.version);
      close();
      spec.deleted();
      document.dispatchEvent(new CustomEvent(REGISTER_CHANGED));
    } catch (err) {
      confirm.disabled = false;
      if (!(err instanceof ApiError)) return say(`Not deleted: ${(err as Error).message}`);
      if (err.status === 412) return staleNow();
      const reason = deleteRefusal(err.status, err.problem);
      say(reason);
      if (err.status === 409 || err.status === 403) {
        confirm.disabled = true;
        spec.refused(reason);
      }
      cancel.focus();
    }
  };

  confirm.addEventListener('click', () => loaded && void remove(loaded));
  cancel.addEventListener('click', close);
  confirm.disabled = true;
  cancel.focus();
  spec
    .load()
    .then((v) => {
      loaded = v;
      base = valuesOf(v.value, spec.fields);
      show(base);
      confirm.disabled = false;
      dialog.dataset.ready = 'true';
      confirm.focus();
    })
    .catch((err: Error) => say(err instanceof ApiError && err.status === 404 ? deleteRefusal(404, err.problem) : `It cannot be read: ${err.message}`));
  return dialog;
}

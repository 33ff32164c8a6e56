import type { AccountRecord } from '../api/client';
import { h } from '../ui/dom';
import { closeButton, empty, type PanelContext } from './common';

/** The roles an admin can give, each including the ones before it; operator stands apart (metrics only). */
export const ROLE_CHOICES = [
  { value: 'viewer', label: 'Viewer: the register and analytics, without people’s names' },
  { value: 'contact-viewer', label: 'Contact viewer: adds people’s names and contact details' },
  { value: 'editor', label: 'Editor: edits what belongs to its forces' },
  { value: 'admin', label: 'Admin: everything, accounts included' },
  { value: 'operator', label: 'Operator: health details and metrics only' },
] as const;

/** The one role shown for an account: the highest it holds. */
export function mainRole(roles: string[]): string {
  for (const role of ['admin', 'editor', 'contact-viewer', 'viewer', 'operator']) if (roles.includes(role)) return role;
  return roles[0] ?? '';
}

/**
 * Accounts, for admins: who may sign in here and with which role, adding one (its password generated and shown
 * once), changing its role, forces or whether it is enabled, giving it a new password, removing it. Every
 * refusal from the server (the last admin, a bad username) is shown as the server words it.
 */
export function accountsPanel(ctx: PanelContext): HTMLElement {
  const list = h('div', { id: 'accounts-list' }, h('p', { class: 'muted' }, 'Loading…'));
  const message = h('div', { id: 'accounts-message', role: 'status', 'aria-live': 'polite' });
  const say = (text: string, kind: 'ok' | 'error' = 'ok', secret?: string) => {
    message.replaceChildren(h('p', { class: kind === 'error' ? 'error' : 'note' }, text, secret ? h('code', { class: 'secret' }, secret) : null));
  };
  const refresh = async () => {
    try {
      const accounts = await ctx.api.accounts();
      list.replaceChildren(accounts.length ? table(accounts) : empty('No accounts.'));
    } catch (err) {
      list.replaceChildren(h('p', { class: 'error' }, `Accounts could not be loaded: ${(err as Error).message}`));
    }
  };

  const forcesSelect = (id: string, chosen: string[] = []) => {
    const select = h('select', { id, multiple: true, size: 6, 'aria-label': 'Forces it edits for' });
    for (const f of ctx.catalog.forces) select.append(h('option', { value: f.id, selected: chosen.includes(f.id) }, f.name));
    return select;
  };
  const roleSelect = (id: string, current = 'viewer') => {
    const select = h('select', { id, 'aria-label': 'Role' });
    for (const r of ROLE_CHOICES) select.append(h('option', { value: r.value, selected: r.value === current }, r.label));
    return select;
  };
  const chosen = (select: HTMLSelectElement) => [...select.selectedOptions].map((o) => o.value);

  // adding an account
  const username = h('input', { id: 'account-username', autocomplete: 'off', required: true, placeholder: 'e.g. kent-editor' });
  const role = roleSelect('account-role');
  const forces = forcesSelect('account-forces');
  const forcesRow = h('div', { class: 'stack', hidden: true }, h('label', { for: 'account-forces' }, 'Forces it edits for (Ctrl-click for several)'), forces);
  role.addEventListener('change', () => (forcesRow.hidden = role.value !== 'editor'));
  const add = h(
    'form',
    { id: 'account-add', class: 'stack' },
    h('label', { for: 'account-username' }, 'Username'),
    username,
    h('label', { for: 'account-role' }, 'Role'),
    role,
    forcesRow,
    h('button', { type: 'submit', class: 'primary' }, 'Add account'),
  );
  add.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const created = await ctx.api.createAccount({ username: username.value, roles: [role.value], forces: role.value === 'editor' ? chosen(forces) : [], enabled: true });
      say(`Added ${created!.username}. Its password, shown this once: `, 'ok', created!.password);
      username.value = '';
      await refresh();
    } catch (err) {
      say((err as Error).message, 'error');
    }
  });

  const table = (accounts: AccountRecord[]) =>
    h(
      'table',
      { class: 'accounts' },
      h('thead', {}, h('tr', {}, ...['Username', 'Role', 'Forces', 'Enabled', ''].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, accounts.map((a) => row(a))),
    );

  const row = (account: AccountRecord): HTMLElement => {
    const tr: HTMLTableRowElement = h(
      'tr',
      { 'data-username': account.username },
      h('th', { scope: 'row' }, account.username),
      h('td', { class: 'account-role' }, mainRole(account.roles)),
      h('td', {}, account.forces.map((f) => ctx.catalog.nameOf(f)).join(', ') || '—'),
      h('td', {}, account.enabled ? 'yes' : 'no'),
      h('td', { class: 'row' }, button('Change', () => tr.replaceWith(editor(account))), button('New password', () => resetPassword(account.username)), button('Remove', () => remove(account.username))),
    );
    return tr;
  };

  const editor = (account: AccountRecord): HTMLElement => {
    const id = `edit-${account.username.replace(/[^a-z0-9]/g, '-')}`;
    const r = roleSelect(`${id}-role`, mainRole(account.roles));
    const f = forcesSelect(`${id}-forces`, account.forces);
    const enabled = h('input', { type: 'checkbox', id: `${id}-enabled`, checked: account.enabled });
    const save = button('Save', async () => {
      try {
        await ctx.api.updateAccount(account.username, { roles: [r.value], forces: r.value === 'editor' ? chosen(f) : [], enabled: enabled.checked });
        say(`Changed ${account.username}.`);
        await refresh();
      } catch (err) {
        say((err as Error).message, 'error');
      }
    });
    return h(
      'tr',
      { 'data-username': account.username, class: 'editing' },
      h('th', { scope: 'row' }, account.username),
      h('td', {}, r),
      h('td', {}, f),
      h('td', {}, h('label', { for: `${id}-enabled` }, enabled, ' enabled')),
      h('td', { class: 'row' }, save, button('Cancel', () => void refresh())),
    );
  };

  const resetPassword = async (name: string) => {
    try {
      const answer = await ctx.api.resetPassword(name);
      say(`New password for ${name}, shown this once: `, 'ok', answer?.password);
    } catch (err) {
      say((err as Error).message, 'error');
    }
  };

  const remove = async (name: string) => {
    if (!confirm(`Remove the account ${name}? Its API tokens stop working.`)) return;
    try {
      await ctx.api.deleteAccount(name);
      say(`Removed ${name}.`);
      await refresh();
    } catch (err) {
      say((err as Error).message, 'error');
    }
  };

  void refresh();
  return h(
    'div',
    { class: 'panel-inner', 'data-panel': 'accounts' },
    h('header', { class: 'panel-head' }, h('h2', {}, 'Accounts'), closeButton(ctx)),
    h('p', { class: 'muted' }, 'Local accounts of this register. People who sign in through your identity provider get their roles from it instead.'),
    message,
    h('section', { class: 'panel-section' }, h('h3', {}, 'Add an account'), add),
    h('section', { class: 'panel-section' }, h('h3', {}, 'Accounts'), list),
  );
}

function button(text: string, action: () => void | Promise<void>): HTMLButtonElement {
  const b = h('button', { type: 'button', class: 'link' }, text);
  b.addEventListener('click', () => void action());
  return b;
}

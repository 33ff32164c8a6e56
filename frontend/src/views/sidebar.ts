import type { Catalog } from '../catalog';
import type { GraphModel } from '../model/graph-model';
import { matches } from '../model/graph-model';
import { selectCollaboration, type ViewState } from '../model/view-state';
import type { Store } from '../store';
import { clear, h, select } from '../ui/dom';

// The left column: the filters, then the collaborations visible under them. The list is also the keyboard
// route into the graph: every collaboration drawn is a button here.

export class Sidebar {
  readonly element = h('aside', { id: 'sidebar', 'aria-label': 'Filters and collaborations', tabindex: -1 });
  private readonly filters = h('form', { class: 'filters', 'aria-label': 'Filters' });
  private readonly heading = h('h2', { id: 'collab-count' });
  private readonly list = h('ul', { id: 'collab-list', class: 'collab-list' });

  constructor(
    private readonly store: Store,
    private readonly catalog: Catalog,
  ) {
    this.filters.addEventListener('submit', (e) => e.preventDefault());
    this.element.append(this.filters, this.heading, this.list);
    this.heading.tabIndex = -1;
    // The list is one tab stop; the arrow keys, Home and End move along it (a roving tabindex).
    this.list.addEventListener('keydown', (e) => {
      const buttons = Array.from(this.list.querySelectorAll<HTMLButtonElement>('button'));
      const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
      const next = e.key === 'ArrowDown' ? at + 1 : e.key === 'ArrowUp' ? at - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? buttons.length - 1 : undefined;
      if (next === undefined || at < 0) return;
      e.preventDefault();
      const target = buttons[Math.max(0, Math.min(buttons.length - 1, next))];
      for (const b of buttons) b.tabIndex = b === target ? 0 : -1;
      target.focus();
    });
    this.renderFilters(store.state);
  }

  private rove(current: string | undefined, refocus: boolean) {
    const buttons = Array.from(this.list.querySelectorAll<HTMLButtonElement>('button'));
    const target = buttons.find((b) => (b.dataset.id ?? b.dataset.region) === current) ?? buttons[0];
    for (const b of buttons) b.tabIndex = b === target ? 0 : -1;
    if (refocus) target?.focus();
  }

  renderFilters(state: ViewState): void {
    const { catalog, store } = this;
    const region = select('filter-region', 'Region', catalog.regions().map((r) => ({ value: r, label: r })), state.region, 'All regions');
    const fn = select('filter-function', 'Function', catalog.functions.map((f) => ({ value: f.id, label: f.name })), state.function, 'All functions');
    const status = select('filter-status', 'Status', ['active', 'proposed', 'ended'].map((s) => ({ value: s, label: s })), state.status, 'Any status');
    const kind = select('filter-kind', 'Kind', catalog.kinds().map((k) => ({ value: k, label: k })), state.kind, 'All kinds');
    const national = h('input', { type: 'checkbox', id: 'filter-national', checked: state.national });
    region.addEventListener('change', () => store.set({ region: region.value || undefined, level: region.value ? 'force' : store.state.level }));
    fn.addEventListener('change', () => store.set({ function: fn.value || undefined }));
    status.addEventListener('change', () => store.set({ status: status.value || undefined }));
    kind.addEventListener('change', () => store.set({ kind: kind.value || undefined }));
    national.addEventListener('change', () => store.set({ national: national.checked }));
    const reset = h('button', { type: 'button', class: 'link', id: 'filter-reset' }, 'Clear filters');
    reset.addEventListener('click', () => store.set({ region: undefined, function: undefined, status: undefined, kind: undefined, national: false, q: undefined }));
    clear(this.filters);
    this.filters.append(
      h('label', { for: 'filter-region' }, 'Region'),
      region,
      h('label', { for: 'filter-function' }, 'Function'),
      fn,
      h('label', { for: 'filter-status' }, 'Status'),
      status,
      h('label', { for: 'filter-kind' }, 'Kind'),
      kind,
      h('label', { class: 'check' }, national, ' Show national collaborations'),
      reset,
    );
  }

  /** Focuses the list's one tab stop (the skip link lands here). */
  focusList(): void {
    (this.list.querySelector<HTMLElement>('button[tabindex="0"]') ?? this.heading).focus();
  }

  renderList(model: GraphModel, state: ViewState): void {
    const active = document.activeElement as HTMLElement | null;
    const focused = active && this.list.contains(active) ? active.dataset.id ?? active.dataset.region : undefined;
    const items = model.collaborations;
    const forcesShown = state.level === 'region' ? model.regions.length : new Set(items.flatMap((c) => c.members.map((m) => m.force))).size;
    this.heading.textContent =
      state.level === 'region'
        ? `${model.regions.length} regions — open one to see its collaborations`
        : `${items.length} collaboration${items.length === 1 ? '' : 's'} · ${forcesShown} forces in them`;
    clear(this.list);
    for (const c of items) {
      const button = h(
        'button',
        { type: 'button', class: 'collab-item', 'data-id': c.id, 'aria-pressed': state.collab === c.id ? 'true' : 'false' },
        h('span', { class: 'collab-name' }, c.label),
        h('span', { class: 'collab-meta' }, [c.kind, c.scope, `${c.members.length} members`].filter(Boolean).join(' · ')),
      );
      if (matches(state.q, c.label, c.id)) button.classList.add('hit');
      button.addEventListener('click', () => this.store.set(selectCollaboration(c.id), { push: true }));
      this.list.append(h('li', {}, button));
    }
    if (state.level === 'region') {
      for (const r of model.regions) {
        const name = r.region ?? r.label;
        const button = h('button', { type: 'button', class: 'collab-item', 'data-region': name }, h('span', { class: 'collab-name' }, `Open ${name}`));
        button.addEventListener('click', () => this.store.set({ level: 'force', region: name }));
        this.list.append(h('li', {}, button));
      }
    }
    this.rove(focused ?? state.collab, focused !== undefined);
  }
}

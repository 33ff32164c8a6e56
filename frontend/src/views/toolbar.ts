import type { Catalog } from '../catalog';
import { matches } from '../model/graph-model';
import { closePanel, openTool, selectCollaboration, selectForce, type ViewState } from '../model/view-state';
import type { Store } from '../store';
import { h } from '../ui/dom';

export interface ExportActions {
  png(): void;
  svg(): void;
  csv(): void;
  graphml(): void;
  gexf(): void;
}

// The top bar: which view, at which level, search, the two tools, and the exports. Toggle buttons report their
// state with aria-pressed so screen readers announce which view is on.

export class Toolbar {
  readonly element = h('div', { class: 'toolbar', role: 'toolbar', 'aria-label': 'View' });
  private readonly buttons = new Map<string, HTMLButtonElement>();
  readonly search: HTMLInputElement;

  constructor(
    private readonly store: Store,
    private readonly catalog: Catalog,
    exports: ExportActions,
  ) {
    const toggle = (id: string, text: string, title: string, patch: () => Partial<ViewState>) => {
      const b = h('button', { type: 'button', id, title, 'aria-pressed': 'false' }, text);
      b.addEventListener('click', () => store.set(patch()));
      this.buttons.set(id, b);
      return b;
    };
    const group = (label: string, ...children: HTMLElement[]) => h('div', { class: 'group', role: 'group', 'aria-label': label }, children);

    this.search = h('input', { type: 'search', id: 'search', placeholder: 'Find a force or collaboration  ( / )', list: 'search-names', autocomplete: 'off', 'aria-label': 'Find a force or collaboration' });
    const names = h(
      'datalist',
      { id: 'search-names' },
      [...catalog.forces.map((f) => f.name), ...catalog.collaborations.map((c) => c.name)].sort().map((n) => h('option', { value: n })),
    );
    this.search.value = store.state.q ?? '';
    this.search.addEventListener('input', () => store.set({ q: this.search.value || undefined }));
    this.search.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') this.openFirstMatch();
    });

    const exportButton = (id: string, text: string, action: () => void, title = `Download ${text}`) => {
      const b = h('button', { type: 'button', id, title }, text);
      b.addEventListener('click', action);
      return b;
    };

    this.element.append(
      group('View', toggle('view-map', 'Map', 'Map view (M)', () => ({ view: 'map' })), toggle('view-network', 'Network', 'Network view (N)', () => ({ view: 'network' }))),
      group('Level', toggle('level-force', 'Forces', 'Every force and collaboration', () => ({ level: 'force' })), toggle('level-region', 'Regions', 'One node per region; open a region on demand', () => ({ level: 'region', region: undefined }))),
      h('div', { class: 'group search' }, this.search, names),
      group(
        'Tools',
        toggle('tool-contacts', 'Contacts', 'Find whom to ask about a topic', () => (store.state.tool === 'contacts' ? closePanel() : openTool('contacts'))),
        toggle('tool-alliances', 'Alliances', 'Detected communities against official regions', () =>
          store.state.tool === 'alliances' ? { ...closePanel(), colour: 'region' } : openTool('alliances'),
        ),
        toggle('tool-before-signing', 'Before signing', 'Check a draft collaboration against the register (nothing is saved)', () =>
          store.state.tool === 'before-signing' ? closePanel() : openTool('before-signing'),
        ),
        toggle('tool-functions', 'Functions', 'The vocabulary of police functions and the collaborations covering each', () => (store.state.tool === 'functions' ? closePanel() : openTool('functions'))),
      ),
      group(
        'Export',
        exportButton('export-png', 'PNG', exports.png),
        exportButton('export-svg', 'SVG', exports.svg),
        exportButton('export-csv', 'CSV', exports.csv),
        exportButton('export-graphml', 'GraphML', exports.graphml, 'Download the network shown as GraphML (Gephi, Cytoscape, yEd)'),
        exportButton('export-gexf', 'GEXF', exports.gexf, 'Download the network shown as GEXF (Gephi)'),
      ),
    );
    this.update(store.state);
  }

  update(state: ViewState): void {
    const pressed: Record<string, boolean> = {
      'view-map': state.view === 'map',
      'view-network': state.view === 'network',
      'level-force': state.level === 'force',
      'level-region': state.level === 'region',
      'tool-contacts': state.tool === 'contacts',
      'tool-alliances': state.tool === 'alliances',
      'tool-before-signing': state.tool === 'before-signing',
      'tool-functions': state.tool === 'functions',
    };
    for (const [id, on] of Object.entries(pressed)) this.buttons.get(id)?.setAttribute('aria-pressed', String(on));
    if (document.activeElement !== this.search) this.search.value = state.q ?? '';
  }

  /** Enter in the search box opens the first force, else the first collaboration, whose name matches. */
  private openFirstMatch() {
    const q = this.search.value;
    const force = this.catalog.forces.find((f) => f.name.toLowerCase() === q.toLowerCase()) ?? this.catalog.forces.find((f) => matches(q, f.name, f.id));
    const collab = this.catalog.collaborations.find((c) => c.name.toLowerCase() === q.toLowerCase()) ?? this.catalog.collaborations.find((c) => matches(q, c.name, c.id));
    const exactCollab = collab && collab.name.toLowerCase() === q.toLowerCase();
    if (force && !exactCollab) this.store.set(selectForce(force.id), { push: true });
    else if (collab) this.store.set(selectCollaboration(collab.id), { push: true });
  }
}

// What the page shows, as one plain object, and its round trip through the URL's query string so a view can be
// shared and reloaded. Defaults are left out of the URL to keep links short and stable.

export type ViewName = 'map' | 'network';
export type Level = 'force' | 'region';
export type Colouring = 'region' | 'community';
export type Tool = 'contacts' | 'alliances' | 'accounts' | 'import' | 'before-signing' | 'functions';

export interface ViewState {
  view: ViewName;
  level: Level;
  colour: Colouring;
  national: boolean;
  region?: string;
  function?: string;
  status?: string;
  kind?: string;
  /** "YYYY-MM-DD"; absent means today. */
  at?: string;
  q?: string;
  force?: string;
  collab?: string;
  /** The what-if withdrawal being shown for the selected force: "all" or a collaboration id. */
  whatif?: string;
  tool?: Tool;
  topic?: string;
  /** The force asking in the contacts finder: its own key, so that it never becomes the selected force. */
  asking?: string;
}

export const DEFAULT_STATE: ViewState = { view: 'map', level: 'force', colour: 'region', national: false };

const TEXT_KEYS = ['region', 'function', 'status', 'kind', 'at', 'q', 'force', 'collab', 'whatif', 'topic', 'asking'] as const;

export function toQuery(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.view !== DEFAULT_STATE.view) params.set('view', state.view);
  if (state.level !== DEFAULT_STATE.level) params.set('level', state.level);
  if (state.colour !== DEFAULT_STATE.colour) params.set('colour', state.colour);
  if (state.national) params.set('national', '1');
  for (const key of TEXT_KEYS) {
    const value = state[key];
    if (value) params.set(key, value);
  }
  if (state.tool) params.set('tool', state.tool);
  return params.toString();
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/** Reads a query string; unknown or malformed values fall back to the defaults rather than failing the page. */
export function fromQuery(query: string): ViewState {
  const params = new URLSearchParams(query);
  const state: ViewState = {
    view: oneOf(params.get('view'), ['map', 'network'] as const, DEFAULT_STATE.view),
    level: oneOf(params.get('level'), ['force', 'region'] as const, DEFAULT_STATE.level),
    colour: oneOf(params.get('colour'), ['region', 'community'] as const, DEFAULT_STATE.colour),
    national: params.get('national') === '1',
  };
  for (const key of TEXT_KEYS) {
    const value = params.get(key);
    if (value) state[key] = value;
  }
  if (state.at && !/^\d{4}-\d{2}-\d{2}$/.test(state.at)) delete state.at;
  const tool = params.get('tool');
  if (tool === 'contacts' || tool === 'alliances' || tool === 'accounts' || tool === 'import' || tool === 'before-signing' || tool === 'functions') state.tool = tool;
  // Links made before the asking force had its own key carried it as the selected force.
  if (state.tool === 'contacts' && state.force && !state.asking) {
    state.asking = state.force;
    delete state.force;
  }
  return state;
}

/** What the side panel shows is one thing at a time: opening a force, a collaboration or a tool closes the rest. */
export function closePanel(): Partial<ViewState> {
  return { force: undefined, collab: undefined, whatif: undefined, tool: undefined, asking: undefined };
}

export function selectForce(id: string): Partial<ViewState> {
  return { ...closePanel(), force: id };
}

export function selectCollaboration(id: string): Partial<ViewState> {
  return { ...closePanel(), collab: id };
}

/** Opens a tool in the panel; the alliances tool colours by community while it is open. */
export function openTool(tool: Tool): Partial<ViewState> {
  return { ...closePanel(), tool, ...(tool === 'alliances' ? { colour: 'community' as const } : {}) };
}

/** The force drawn as selected: the one opened, or while the contacts finder is open the force asking. */
export function focusedForce(state: ViewState): string | undefined {
  return state.force ?? (state.tool === 'contacts' ? state.asking : undefined);
}

/** The filters that change what the server is asked for; a change to any of them means a new graph. */
export function graphKey(state: ViewState): string {
  return [state.level, state.region, state.function, state.status, state.at, state.national].join('|');
}

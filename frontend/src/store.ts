import { DEFAULT_STATE, fromQuery, toQuery, type ViewState } from './model/view-state';

type Listener = (state: ViewState, previous: ViewState) => void;

/**
 * The single source of truth for what is shown. Every change is mirrored into the address bar, so the URL
 * always reloads the same view; selections push a history entry (Back closes a panel), filter changes replace
 * the current one (dragging the slider must not flood the history).
 */
export class Store {
  private current: ViewState;
  private readonly listeners: Listener[] = [];

  constructor(query: string = location.search) {
    this.current = { ...DEFAULT_STATE, ...fromQuery(query) };
    window.addEventListener('popstate', () => this.replaceAll(fromQuery(location.search), false));
  }

  get state(): ViewState {
    return this.current;
  }

  subscribe(listener: Listener): void {
    this.listeners.push(listener);
  }

  set(patch: Partial<ViewState>, options: { push?: boolean } = {}): void {
    const next = { ...this.current, ...patch };
    // Undefined means "cleared": drop the key so that the state compares and serialises cleanly.
    for (const key of Object.keys(next) as (keyof ViewState)[]) if (next[key] === undefined) delete next[key];
    this.replaceAll(next, true, options.push);
  }

  private replaceAll(next: ViewState, writeUrl: boolean, push = false) {
    const previous = this.current;
    this.current = next;
    if (writeUrl) {
      const query = toQuery(next);
      const target = query ? `?${query}` : location.pathname;
      if (push) history.pushState(null, '', target);
      else history.replaceState(null, '', target);
    }
    for (const listener of this.listeners) listener(next, previous);
  }
}

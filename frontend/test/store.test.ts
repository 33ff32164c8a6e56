// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { Store } from '../src/store';

describe('store and address bar', () => {
  beforeEach(() => history.replaceState(null, '', '/'));

  it('starts from the URL', () => {
    history.replaceState(null, '', '/?view=network&at=2010-01-01&force=kent');
    const store = new Store(location.search);
    expect(store.state).toMatchObject({ view: 'network', at: '2010-01-01', force: 'kent', level: 'force' });
  });

  it('writes every change into the URL and drops cleared keys', () => {
    const store = new Store('');
    store.set({ function: 'dogs', at: '2017-06-30' });
    expect(location.search).toBe('?function=dogs&at=2017-06-30');
    store.set({ function: undefined });
    expect(location.search).toBe('?at=2017-06-30');
    expect('function' in store.state).toBe(false);
  });

  it('adds a history entry for a selection but not for a filter', () => {
    const store = new Store('');
    const before = history.length;
    store.set({ at: '2011-01-01' });
    expect(history.length).toBe(before);
    store.set({ force: 'lancashire' }, { push: true });
    expect(history.length).toBe(before + 1);
  });

  it('tells listeners the new and the previous state', () => {
    const store = new Store('');
    const seen: [string | undefined, string | undefined][] = [];
    store.subscribe((state, previous) => seen.push([previous.region, state.region]));
    store.set({ region: 'Wales' });
    store.set({ region: 'London' });
    expect(seen).toEqual([[undefined, 'Wales'], ['Wales', 'London']]);
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, focusedForce, fromQuery, graphKey, openTool, selectForce, toQuery, type ViewState } from '../src/model/view-state';

describe('view state in the URL', () => {
  it('leaves defaults out, so the plain address is the default view', () => {
    expect(toQuery(DEFAULT_STATE)).toBe('');
    expect(fromQuery('')).toEqual(DEFAULT_STATE);
  });

  it('round-trips filters, date, selection and what-if', () => {
    const state: ViewState = {
      view: 'network',
      level: 'force',
      colour: 'community',
      national: true,
      region: 'North West',
      function: 'roads-policing',
      status: 'active',
      kind: 'motorway group',
      at: '2017-06-30',
      q: 'lanc',
      force: 'lancashire',
      whatif: 'nwmpg',
      tool: 'alliances',
    };
    const query = toQuery(state);
    expect(query).toContain('region=North+West');
    expect(query).toContain('at=2017-06-30');
    expect(fromQuery(query)).toEqual(state);
  });

  it('falls back to defaults for values it does not know, instead of failing the page', () => {
    const state = fromQuery('view=globe&level=street&colour=plaid&at=last-tuesday&tool=hammer');
    expect(state).toEqual(DEFAULT_STATE);
  });

  it('changes the graph key only for what the server filters on', () => {
    const base = fromQuery('at=2010-01-01');
    expect(graphKey({ ...base, force: 'kent', q: 'x', view: 'network' })).toBe(graphKey(base));
    expect(graphKey({ ...base, at: '2011-01-01' })).not.toBe(graphKey(base));
    expect(graphKey({ ...base, function: 'dogs' })).not.toBe(graphKey(base));
    expect(graphKey({ ...base, national: true })).not.toBe(graphKey(base));
  });
});

describe('one thing in the panel at a time', () => {
  const apply = (state: ViewState, patch: Partial<ViewState>): ViewState => {
    const next = { ...state, ...patch };
    for (const key of Object.keys(next) as (keyof ViewState)[]) if (next[key] === undefined) delete next[key];
    return next;
  };

  it('keeps the force asking in the contacts finder out of the alliances view', () => {
    let state: ViewState = apply(DEFAULT_STATE, openTool('contacts'));
    state = apply(state, { asking: 'kent', topic: 'withdrawal' });
    expect(focusedForce(state)).toBe('kent');
    expect(state.force).toBeUndefined();
    state = apply(state, openTool('alliances'));
    expect(state).toMatchObject({ tool: 'alliances', colour: 'community' });
    expect(state.asking).toBeUndefined();
    expect(focusedForce(state)).toBeUndefined();
    expect(fromQuery(toQuery(state)).asking).toBeUndefined();
  });

  it('closes a tool when a force is opened, and reads old contacts links', () => {
    const state = apply({ ...DEFAULT_STATE, tool: 'contacts', asking: 'kent' }, selectForce('lancashire'));
    expect(state).toMatchObject({ force: 'lancashire' });
    expect(state.tool).toBeUndefined();
    expect(state.asking).toBeUndefined();
    expect(fromQuery('tool=contacts&force=kent')).toMatchObject({ tool: 'contacts', asking: 'kent' });
    expect(fromQuery('tool=contacts&force=kent').force).toBeUndefined();
  });

  it('opens the before-signing check from a link, alone in the panel, colouring nothing', () => {
    const state = apply({ ...DEFAULT_STATE, collab: 'nwmpg', at: '2018-06-01' }, openTool('before-signing'));
    expect(state).toMatchObject({ tool: 'before-signing', colour: DEFAULT_STATE.colour, at: '2018-06-01' });
    expect(state.collab).toBeUndefined();
    expect(fromQuery(toQuery(state))).toMatchObject({ tool: 'before-signing', at: '2018-06-01' });
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, fromQuery, graphKey, toQuery, type ViewState } from '../src/model/view-state';

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

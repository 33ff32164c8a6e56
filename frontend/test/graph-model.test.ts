import { describe, expect, it } from 'vitest';
import type { Graph } from '../src/api/types';
import { buildModel, commonRegion, forcesInScope, matches } from '../src/model/graph-model';
import graph from './fixtures/graph-northwest.json';

const fixture = graph as Graph;

describe('graph model', () => {
  it('attaches members to collaborations whichever way the member edge points', () => {
    const model = buildModel(fixture, { national: false });
    const nwmpg = model.collaborations.find((c) => c.id === 'nwmpg')!;
    expect(nwmpg.members.map((m) => m.force).sort()).toEqual(['cheshire', 'greater-manchester', 'lancashire', 'merseyside']);
    expect(nwmpg.members.find((m) => m.force === 'cheshire')?.role).toBe('host');
  });

  it('hides national collaborations unless asked for them', () => {
    expect(buildModel(fixture, { national: false }).collaborations.map((c) => c.id)).toEqual(['nwmpg', 'nwrocu']);
    expect(buildModel(fixture, { national: true }).collaborations.map((c) => c.id)).toContain('npas');
  });

  it('filters by kind, which the graph endpoint does not', () => {
    const model = buildModel(fixture, { national: true, kind: 'ROCU' });
    expect(model.collaborations.map((c) => c.id)).toEqual(['nwrocu']);
    expect(model.collaborations[0].members.map((m) => m.costShare)).toEqual([0.5, 0.5]);
    // Forces stay: the map always shows every force.
    expect(model.forces).toHaveLength(5);
  });

  it('keeps region nodes and links apart from forces', () => {
    const regionGraph: Graph = {
      nodes: [
        { id: 'North West', type: 'region', label: 'North West', lat: 53.5, lon: -2.7, weight: 5 },
        { id: 'Wales', type: 'region', label: 'Wales', lat: 52.2, lon: -3.6, weight: 4 },
      ],
      edges: [{ source: 'North West', target: 'Wales', type: 'region-link', weight: 2 }],
      truncated: false,
      totalNodes: 2,
    };
    const model = buildModel(regionGraph, { national: false });
    expect(model.regions.map((r) => r.id)).toEqual(['North West', 'Wales']);
    expect(model.regionLinks).toHaveLength(1);
    expect(model.forces).toHaveLength(0);
  });
});

describe('search and scope helpers', () => {
  it('match names without regard to case or accents', () => {
    expect(matches('lanc', 'Lancashire Constabulary')).toBe(true);
    expect(matches('DYFED', 'Dyfed-Powys Police')).toBe(true);
    expect(matches('cafe', 'Café Unit')).toBe(true);
    expect(matches('', 'anything')).toBe(false);
    expect(matches(undefined, 'anything')).toBe(false);
    expect(matches('kent', 'Essex Police', 'essex')).toBe(false);
  });

  it('find the one region all members share', () => {
    const region = (id: string) => fixture.nodes.find((n) => n.id === id)?.region;
    expect(commonRegion([{ force: 'cheshire' }, { force: 'lancashire' }], region)).toBe('North West');
    expect(commonRegion([{ force: 'cheshire' }, { force: 'west-yorkshire' }], region)).toBeUndefined();
  });

  it('narrow forces to a region only when one is chosen', () => {
    const forces = [{ region: 'Wales' }, { region: 'London' }];
    expect(forcesInScope(forces, undefined)).toHaveLength(2);
    expect(forcesInScope(forces, 'Wales')).toEqual([{ region: 'Wales' }]);
  });
});

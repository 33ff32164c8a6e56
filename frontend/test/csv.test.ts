import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../src/model/csv';
import { visibleRows } from '../src/model/export-rows';
import { buildModel } from '../src/model/graph-model';
import type { Graph } from '../src/api/types';
import graph from './fixtures/graph-northwest.json';

describe('CSV', () => {
  it('quotes only fields that need it, doubling inner quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('Avon, Somerset')).toBe('"Avon, Somerset"');
    expect(csvField('the "Hard Yards"')).toBe('"the ""Hard Yards"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(undefined)).toBe('');
    expect(csvField(0.25)).toBe('0.25');
  });

  it('defuses text a spreadsheet would run as a formula, but not negative numbers', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField(-3)).toBe('-3');
  });

  it('joins rows with CRLF and ends with one', () => {
    expect(toCsv(['a', 'b'], [[1, 'x'], [2, undefined]])).toBe('a,b\r\n1,x\r\n2,\r\n');
  });

  it('exports one row per membership drawn', () => {
    const model = buildModel(graph as Graph, { national: false });
    const region = (id: string) => (graph as Graph).nodes.find((n) => n.id === id)?.region;
    const { header, rows } = visibleRows(model, 'force', (id) => id.toUpperCase(), region);
    expect(header[0]).toBe('collaboration');
    expect(rows).toHaveLength(6); // 4 NWMPG members + 2 NW ROCU members; NPAS is national and hidden
    expect(rows).toContainEqual(['nwmpg', 'North West Motorway Police Group (NWMPG)', 'motorway group', 'regional', 'active', 'cheshire', 'CHESHIRE', 'North West', 'host', undefined]);
  });

  it('exports region links at region level', () => {
    const model = buildModel(
      { nodes: [{ id: 'r1', type: 'region', label: 'Wales' }, { id: 'r2', type: 'region', label: 'London' }], edges: [{ source: 'r1', target: 'r2', type: 'region-link', weight: 3 }], truncated: false, totalNodes: 2 },
      { national: false },
    );
    expect(visibleRows(model, 'region', String, () => undefined).rows).toEqual([['Wales', 'London', 3]]);
  });
});

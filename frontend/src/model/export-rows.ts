import type { GraphModel } from './graph-model';
import type { Cell } from './csv';

// The rows of the CSV export: what the current view shows. At force level, one row per membership drawn (a
// collaboration with no member drawn still gets a row); at region level, one row per link between regions.

export function visibleRows(model: GraphModel, level: 'force' | 'region', nameOf: (id: string) => string, regionOf: (id: string) => string | undefined): { header: string[]; rows: Cell[][] } {
  if (level === 'region') {
    const label = new Map(model.regions.map((r) => [r.id, r.region ?? r.label]));
    return {
      header: ['region_a', 'region_b', 'shared_collaborations'],
      rows: model.regionLinks.map((e) => [label.get(e.source) ?? e.source, label.get(e.target) ?? e.target, e.weight]),
    };
  }
  const rows: Cell[][] = [];
  for (const c of model.collaborations) {
    const base = [c.id, c.label, c.kind, c.scope, c.status];
    if (!c.members.length) rows.push([...base, '', '', '', '', '']);
    for (const m of c.members) rows.push([...base, m.force, nameOf(m.force), regionOf(m.force), m.role, m.costShare]);
  }
  return { header: ['collaboration', 'collaboration_name', 'kind', 'scope', 'status', 'force', 'force_name', 'region', 'role', 'cost_share'], rows };
}

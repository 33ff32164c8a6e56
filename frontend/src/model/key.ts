import { REGION_COLOURS, colourFor, communityLabel } from './regions';
import type { ViewState } from './view-state';
import { formatDate } from './dates';

// What the key explains, as data: the page draws it as a list beside the map and the exports draw the same
// items into the file, so a picture taken out of the page still says what its colours and marks mean.

export type Mark = 'dot' | 'diamond' | 'ring' | 'dashed-ring';

export interface KeyItem {
  label: string;
  colour: string;
  mark: Mark;
  /** Set for the official regions' entries. */
  region?: string;
}

export const WHATIF_COLOURS = { nonViable: '#d32f2f', affected: '#ef6c00' } as const;

export function keyItems(state: Pick<ViewState, 'colour' | 'level'>, communities: Record<string, string> | undefined, hasImpact: boolean): KeyItem[] {
  const items: KeyItem[] = [];
  if (state.colour === 'community' && communities) {
    for (const [id, colour] of Object.entries(communities)) items.push({ label: communityLabel(id), colour, mark: 'dot' });
    items.push({ label: 'allies mostly outside its region', colour: '#111111', mark: 'dashed-ring' });
  } else {
    for (const region of Object.keys(REGION_COLOURS)) items.push({ label: region, colour: colourFor(region), mark: 'dot', region });
  }
  if (state.level !== 'region') items.push({ label: 'collaboration (hub)', colour: '#37474f', mark: 'diamond' });
  if (hasImpact) {
    items.push(
      { label: 'no longer viable', colour: WHATIF_COLOURS.nonViable, mark: 'dot' },
      { label: 'affected / pays more', colour: WHATIF_COLOURS.affected, mark: 'dot' },
      { label: 'left without partners', colour: WHATIF_COLOURS.nonViable, mark: 'ring' },
    );
  }
  return items;
}

export interface ExportHeading {
  title: string;
  /** The date and the filters the picture shows, in words. */
  subtitle: string;
  footer: string;
}

/**
 * The title block of an exported picture: what it shows, as of when, under which filters. `names` turns ids
 * (functions, forces) into the names the page shows.
 */
export function exportHeading(state: ViewState, at: string, today: string, names: (id: string) => string): ExportHeading {
  const what = state.level === 'region' ? 'Collaboration between police regions' : state.view === 'network' ? 'Network of police collaborations' : 'Police collaborations';
  const title = `${what}${state.region ? ` — ${state.region}` : ' — England and Wales'}`;
  const filters = [
    state.function && `function: ${names(state.function)}`,
    state.status && `status: ${state.status}`,
    state.kind && `kind: ${state.kind}`,
    state.national ? 'national collaborations shown' : undefined,
    state.q && `search: “${state.q}”`,
    state.force && state.whatif && `what if ${names(state.force)} withdrew from ${state.whatif === 'all' ? 'all its collaborations' : names(state.whatif)}`,
  ].filter(Boolean);
  const colouring = state.colour === 'community' ? 'coloured by detected community' : 'coloured by official region';
  const subtitle = [`As of ${formatDate(at)}`, ...filters, colouring].join(' · ');
  const footer = `Concordat register · exported ${formatDate(today)}`;
  return { title, subtitle, footer };
}

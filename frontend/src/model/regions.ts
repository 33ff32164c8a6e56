// Colours for the ten official police regions, picked to stay distinguishable from their neighbours on the map
// (adjacent regions get contrasting hues). Unknown regions and detected communities take the distinct palette.
import { DISTINCT_COLOURS, distinctColour } from './palette';

export const REGION_COLOURS: Record<string, string> = {
  'North East': '#1b9e77',
  'North West': '#d95f02',
  'Yorkshire and the Humber': '#7570b3',
  'East Midlands': '#e7298a',
  'West Midlands': '#17becf',
  Eastern: '#66a61e',
  London: '#e6ab02',
  'South East': '#a6761d',
  'South West': '#1f78b4',
  Wales: '#6a3d9a',
};

/** Stable colour for a name: the official palette where it has one, else a colour chosen by hashing the name. */
export function colourFor(name: string | undefined, palette: Record<string, string> = REGION_COLOURS): string {
  if (!name) return '#777777';
  if (palette[name]) return palette[name];
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return DISTINCT_COLOURS[hash % DISTINCT_COLOURS.length];
}

/**
 * One colour per community, in the order the communities are listed, so the same communities keep their colours;
 * twenty communities get twenty distinct colours.
 */
export function communityPalette(ids: (string | number)[]): Record<string, string> {
  const palette: Record<string, string> = {};
  ids.forEach((id, i) => (palette[String(id)] = distinctColour(i)));
  return palette;
}

export const NEUTRAL = '#5b6770';

/** "community-3" → "Community 3"; ids that are plain numbers or names read the same way. */
export function communityLabel(id: string | number): string {
  const text = String(id).replace(/^community[-_ ]?/i, '');
  return `Community ${text}`;
}

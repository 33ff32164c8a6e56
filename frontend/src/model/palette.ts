// Twenty colours that stay apart from each other, for detected communities (alliances) and for regions outside
// the official ten. Chosen once, greedily: from the sRGB colours on a 17-step grid whose contrast against white
// is at least 3:1 (WCAG's minimum for graphics, so every marker shows on the pale map) and whose chroma is at
// most 70 (no neon), each next colour is the one farthest in CIELAB from those already taken and from the
// colours the page reserves for other meanings (what-if red and orange, the neutral grey, selection black).
// test/palette.test.ts checks the distances and contrasts with d3-color.

export const DISTINCT_COLOURS: readonly string[] = [
  '#559900', '#990088', '#0088ff', '#775500', '#771133',
  '#009977', '#443377', '#bb77aa', '#ee4488', '#0099cc',
  '#aa77ee', '#225511', '#cc7766', '#889966', '#664433',
  '#772200', '#8888cc', '#999900', '#005588', '#005544',
];

/** Colours with other meanings on the map and the network; the palette keeps clear of them. */
export const RESERVED_COLOURS: readonly string[] = ['#d32f2f', '#ef6c00', '#5b6770', '#111111'];

/** The i-th distinct colour; past twenty they repeat (the key still names each community). */
export function distinctColour(i: number): string {
  return DISTINCT_COLOURS[((i % DISTINCT_COLOURS.length) + DISTINCT_COLOURS.length) % DISTINCT_COLOURS.length];
}

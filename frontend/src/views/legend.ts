import { REGION_COLOURS, colourFor, communityLabel } from '../model/regions';
import type { ViewState } from '../model/view-state';
import { h } from '../ui/dom';

/** The key to the colours and marks; it follows the colouring (regions or communities) and the what-if. */
export function legend(state: ViewState, communities: Record<string, string> | undefined, hasImpact: boolean): HTMLElement {
  const items: HTMLElement[] = [];
  if (state.colour === 'community' && communities) {
    for (const [id, colour] of Object.entries(communities)) items.push(swatch(colour, communityLabel(id)));
    items.push(h('li', {}, h('span', { class: 'swatch ring-dashed' }), 'allies mostly outside its region'));
  } else {
    for (const region of Object.keys(REGION_COLOURS)) items.push(swatch(colourFor(region), region, region));
  }
  items.push(h('li', {}, h('span', { class: 'swatch diamond' }), 'collaboration (hub)'));
  if (hasImpact) {
    items.push(swatch('#d32f2f', 'no longer viable'), swatch('#ef6c00', 'affected / pays more'), h('li', {}, h('span', { class: 'swatch ring-red' }), 'left without partners'));
  }
  return h('ul', { class: 'legend', id: 'legend', 'aria-label': 'Legend' }, items);
}

function swatch(colour: string, label: string, region?: string): HTMLElement {
  return h('li', region ? { 'data-region': region } : {}, h('span', { class: 'swatch', style: `background:${colour}` }), label);
}

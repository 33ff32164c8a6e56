import type { Alliances } from '../api/types';
import { crossRegionCommunities, differences } from '../model/alliances';
import { communityLabel } from '../model/regions';
import { h } from '../ui/dom';
import { closeButton, empty, entityLink, section, type PanelContext } from './common';

/** Detected communities next to the official regions, and the forces where the two disagree. */
export function alliancesPanel(ctx: PanelContext, alliances: Promise<Alliances>, palette: () => Record<string, string>): HTMLElement {
  const { store } = ctx;
  const toggle = h('button', { type: 'button', id: 'colour-toggle', class: 'primary' }, store.state.colour === 'community' ? 'Colour by official region' : 'Colour by detected community');
  toggle.addEventListener('click', () => store.set({ colour: store.state.colour === 'community' ? 'region' : 'community' }));
  const body = section('Where alliances and regions differ', 'alliances-diff', async () => {
    const a = await alliances;
    const diffs = differences(a);
    const colours = palette();
    const list = a.communities.map((c) =>
      h(
        'li',
        { class: 'community', 'data-community': String(c.id) },
        h('span', { class: 'swatch', style: `background:${colours[String(c.id)] ?? '#777'}` }),
        h('strong', {}, communityLabel(c.id)),
        ` — ${c.forces.length} forces in ${c.regions.join(', ')}`,
      ),
    );
    return [
      a.sampled ? h('p', { class: 'note' }, 'Betweenness was estimated from a sample of the network.') : empty(''),
      h('p', {}, `${a.communities.length} communities found; ${crossRegionCommunities(a).length} span more than one region.`),
      h('ul', { class: 'plain communities' }, list),
      h('h4', {}, 'Forces that ally mostly outside their region'),
      diffs.length
        ? h('ul', { class: 'plain', id: 'alliance-differences' }, diffs.map((d) => h('li', {}, entityLink(ctx, 'force', d.force), ` — region ${d.region}, allied with ${d.communityRegion}`)))
        : empty('Every force sits in a community led by its own region.'),
    ];
  });
  return h('div', { class: 'panel-inner', 'data-panel': 'alliances' }, h('header', { class: 'panel-head' }, h('h2', {}, 'Alliances'), closeButton(ctx)), toggle, body);
}

import type { Schemas } from '../api/types';
import { h } from '../ui/dom';
import { empty, section, type PanelContext } from './common';
import { uncertainList } from './uncertain-list';

// A collaboration's health as traffic lights (GET /api/analytics/collaboration-health): each criterion of
// HMICFRS's four themes and readiness to withdraw, green, amber or red, with its evidence and what would make it
// green. The colour is written out beside the light, so it never rests on colour alone.

/** One criterion and the whole answer, as the API's document describes them (schema.d.ts). */
export type HealthCriterion = Schemas['HealthCriteriaCriterion'];
export type CollaborationHealth = Schemas['CollaborationHealthAnswer'];

const THEMES: Record<string, string> = {
  purpose: 'Purpose',
  'benefits-costs': 'Benefits and costs',
  'leadership-governance': 'Leadership and governance',
  skills: 'Skills',
  'readiness-to-withdraw': 'Readiness to withdraw',
};

export function healthSection(ctx: PanelContext, id: string, at: string): HTMLElement {
  return section('Health', 'collab-health', async () => {
    const health = await ctx.api.get<CollaborationHealth>('/api/analytics/collaboration-health', { collaboration: id, at });
    if (!health.criteria?.length) return empty('No criteria could be checked.');
    const uncertain = uncertainList(health.uncertain);
    return [
      h('p', { class: 'health-summary' }, health.summary),
      h(
        'ul',
        { class: 'plain health-lights' },
        health.criteria.map((c) =>
          h(
            'li',
            { class: `health-light health-${c.colour}`, 'data-colour': c.colour },
            h('span', { class: 'light', 'aria-hidden': 'true' }),
            h('strong', {}, `${c.colour}: `),
            `${c.criterion} `,
            h('span', { class: 'muted' }, `(${THEMES[c.theme ?? ''] ?? c.theme}) — ${c.evidence}`),
            c.toGreen ? h('div', { class: 'to-green' }, `To make it green: ${c.toGreen}`) : null,
          ),
        ),
      ),
      ...(uncertain ? [uncertain] : []),
    ];
  });
}

import './money.css';
import type { Schemas } from '../api/types';
import { h } from '../ui/dom';

/** An event recorded only to a year or a month whose period holds the date asked (the server's `uncertain`). */
export type UncertainEvent = Schemas['UncertainEvent'];

/**
 * The events an answer counted as not yet happened because their date is known only to a year or a month that
 * holds the date asked ("recorded as 2018: may already have happened"), in the server's words. Nothing when the
 * answer lists none, so every answer that carries the list shows it the same way. `count`: how many there are in
 * all, when the answer lists only the first (the withdrawal's `uncertainCount`): the rest are said as "N more".
 */
export function uncertainList(events: UncertainEvent[] | undefined, id?: string, count?: number): HTMLElement | null {
  if (!events?.length) return null;
  const more = (count ?? events.length) - events.length;
  return h(
    'div',
    { class: 'uncertain', ...(id ? { id } : {}) },
    h('h4', {}, 'Uncertain at this date'),
    h('ul', { class: 'plain' }, events.map((u) => h('li', { 'data-recorded': u.recorded ?? '' }, u.note ?? `${u.event ?? 'event'} recorded as ${u.recorded ?? 'an unknown date'}`))),
    more > 0 ? h('p', { class: 'note uncertain-more' }, `${more} more not listed here.`) : null,
  );
}

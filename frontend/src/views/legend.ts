import type { KeyItem } from '../model/key';
import { h, s } from '../ui/dom';

/** The key beside the drawing, as an HTML list. */
export function legend(items: KeyItem[]): HTMLElement {
  return h(
    'ul',
    { class: 'legend', id: 'legend', 'aria-label': 'Key' },
    items.map((i) => h('li', i.region ? { 'data-region': i.region } : {}, h('span', { class: `swatch mark-${i.mark}`, style: swatchStyle(i) }), i.label)),
  );
}

function swatchStyle(item: KeyItem): string {
  if (item.mark === 'ring' || item.mark === 'dashed-ring') return `border-color:${item.colour}`;
  return `background:${item.colour}`;
}

export const KEY_LINE = 18;

/** The same key as SVG, for exports: one line per item, with its mark drawn in its colour. */
export function keySvg(items: KeyItem[], x: number, y: number): SVGGElement {
  const g = s('g', { class: 'export-key', transform: `translate(${x},${y})` }, s('text', { x: 0, y: 0, 'font-size': 13, 'font-weight': 700, fill: '#1d2327' }, 'Key'));
  items.forEach((item, i) => {
    const cy = 12 + i * KEY_LINE + KEY_LINE / 2;
    g.append(markSvg(item, 7, cy), s('text', { x: 20, y: cy + 4, 'font-size': 12, fill: '#1d2327' }, item.label));
  });
  return g;
}

function markSvg(item: KeyItem, x: number, y: number): SVGElement {
  switch (item.mark) {
    case 'diamond':
      return s('rect', { x: x - 4.5, y: y - 4.5, width: 9, height: 9, transform: `rotate(45 ${x} ${y})`, fill: item.colour });
    case 'ring':
      return s('circle', { cx: x, cy: y, r: 5, fill: '#ffffff', stroke: item.colour, 'stroke-width': 3 });
    case 'dashed-ring':
      return s('circle', { cx: x, cy: y, r: 5, fill: '#ffffff', stroke: item.colour, 'stroke-width': 2, 'stroke-dasharray': '3 2' });
    default:
      return s('circle', { cx: x, cy: y, r: 6, fill: item.colour, stroke: '#ffffff', 'stroke-width': 1 });
  }
}

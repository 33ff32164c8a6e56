import { formatDate } from '../model/dates';
import { timelineDomain, yearFraction, type TimelineRow } from '../model/timeline';
import { s } from '../ui/dom';

// A small Gantt chart of memberships. The current date of the slider is drawn as a line so the user can see
// which memberships the graph is showing.

const ROW = 18;
const LEFT = 150;
const WIDTH = 340;

export function timelineChart(rows: TimelineRow[], today: string, at: string): SVGSVGElement {
  const [start, end] = timelineDomain(rows, today, '2000-01-01');
  const x0 = Math.floor(yearFraction(start));
  const x1 = Math.ceil(yearFraction(end));
  const span = Math.max(1, x1 - x0);
  const x = (iso: string) => LEFT + ((yearFraction(iso) - x0) / span) * (WIDTH - LEFT - 6);
  const height = rows.length * ROW + 22;
  const svg = s('svg', { class: 'timeline', viewBox: `0 0 ${WIDTH} ${height}`, width: '100%', role: 'img', 'aria-label': 'Memberships over time' });
  rows.forEach((r, i) => {
    const y = i * ROW + 4;
    svg.append(s('text', { x: LEFT - 6, y: y + 11, 'text-anchor': 'end', class: 'timeline-name' }, r.name.length > 26 ? r.name.slice(0, 25) + '…' : r.name));
    const from = r.from ?? start;
    svg.append(
      s(
        'rect',
        { x: x(from), y, width: Math.max(2, x(r.to ?? end) - x(from)), height: ROW - 6, rx: 3, class: `timeline-bar role-${r.role ?? 'member'}${r.open ? ' open' : ''}${r.startUnknown ? ' unknown-start' : ''}` },
        s('title', {}, `${r.name} (${r.role ?? 'member'}): ${r.startUnknown ? 'start unknown' : formatDate(r.from)} – ${r.open ? 'now' : formatDate(r.to)}`),
      ),
    );
  });
  const axisY = rows.length * ROW + 8;
  const every = span > 20 ? 10 : span > 8 ? 5 : 2;
  for (let year = Math.ceil(x0 / every) * every; year <= x1; year += every) {
    const px = x(`${year}-01-01`);
    svg.append(s('line', { x1: px, x2: px, y1: 0, y2: axisY, class: 'timeline-grid' }), s('text', { x: px, y: axisY + 11, 'text-anchor': 'middle', class: 'timeline-year' }, String(year)));
  }
  const atX = x(at);
  svg.append(s('line', { x1: atX, x2: atX, y1: 0, y2: axisY, class: 'timeline-now' }));
  return svg;
}

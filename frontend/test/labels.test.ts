import { describe, expect, it } from 'vitest';
import { intersects, placeLabels, textWidth, type LabelRequest } from '../src/model/labels';

const right = (id: string, x: number, y: number, w = 40, h = 10, priority = 0): LabelRequest => ({ id, priority, positions: [{ x1: x + 5, y1: y - h / 2, x2: x + 5 + w, y2: y + h / 2 }] });

describe('label placement', () => {
  it('leaves out a label that would overlap one already placed, never overlapping two', () => {
    const placed = placeLabels([right('a', 0, 0), right('b', 10, 2), right('c', 100, 0)]);
    expect(placed.map((p) => p.id)).toEqual(['a', 'c']);
    for (const p of placed) for (const q of placed) if (p !== q) expect(intersects(p.box, q.box)).toBe(false);
  });

  it('places the most important label first', () => {
    const placed = placeLabels([right('a', 0, 0), right('b', 10, 2, 40, 10, 5)]);
    expect(placed.map((p) => p.id)).toEqual(['b']);
  });

  it('tries the next position when the first collides', () => {
    const left: LabelRequest = { id: 'b', priority: 0, positions: [{ x1: 15, y1: -5, x2: 55, y2: 5 }, { x1: -35, y1: 20, x2: 5, y2: 30 }] };
    const placed = placeLabels([right('a', 0, 0), left]);
    expect(placed.find((p) => p.id === 'b')?.position).toBe(1);
  });

  it('keeps labels off other markers but not off their own', () => {
    const marker = (id: string, x: number, y: number) => ({ id, box: { x1: x - 6, y1: y - 6, x2: x + 6, y2: y + 6 } });
    const placed = placeLabels([{ id: 'a', priority: 0, positions: [{ x1: -3, y1: -5, x2: 40, y2: 5 }] }, right('b', 200, 0)], [marker('a', 0, 0), marker('x', 30, 0)]);
    expect(placed.map((p) => p.id)).toEqual(['b']);
    expect(placeLabels([{ id: 'a', priority: 0, positions: [{ x1: -3, y1: -5, x2: 20, y2: 5 }] }], [marker('a', 0, 0)]).map((p) => p.id)).toEqual(['a']);
  });

  it('handles two thousand labels quickly and without overlaps', () => {
    const requests: LabelRequest[] = [];
    for (let i = 0; i < 2000; i++) requests.push(right(`n${i}`, (i * 37) % 1000, Math.floor((i * 53) % 800), textWidth('Force 1234', 11), 13));
    const started = performance.now();
    const placed = placeLabels(requests);
    const ms = performance.now() - started;
    expect(placed.length).toBeGreaterThan(100);
    let overlapping = 0;
    for (let i = 0; i < placed.length; i++) for (let j = 0; j < i; j++) if (intersects(placed[i].box, placed[j].box)) overlapping++;
    expect(overlapping).toBe(0);
    // Not a timed assertion of speed, a guard against a quadratic regression (which takes seconds here).
    expect(ms).toBeLessThan(1000);
  });
});

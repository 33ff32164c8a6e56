import { describe, expect, it } from 'vitest';
import { IDENTITY, apply, reveal } from '../src/views/zoom';

describe('bringing a selection into view on the map', () => {
  it('leaves the view alone when the selection is on screen', () => {
    expect(reveal(IDENTITY, { x1: 100, y1: 100, x2: 200, y2: 200 }, 700, 860)).toBe(IDENTITY);
  });

  it('pans to a selection off screen, keeping the zoom when it fits', () => {
    const zoomed = { k: 4, x: -1400, y: -1720 };
    const t = reveal(zoomed, { x1: 100, y1: 100, x2: 120, y2: 130 }, 700, 860);
    expect(t.k).toBe(4);
    const [x, y] = apply(t, [110, 115]);
    expect(x).toBeCloseTo(350);
    expect(y).toBeCloseTo(430);
  });

  it('zooms out just enough for a selection larger than the screen at this zoom', () => {
    const t = reveal({ k: 8, x: 0, y: 0 }, { x1: 100, y1: 100, x2: 400, y2: 200 }, 700, 860);
    expect(t.k).toBeCloseTo(620 / 300);
    const [x1] = apply(t, [100, 0]);
    const [x2] = apply(t, [400, 0]);
    expect(x1).toBeGreaterThanOrEqual(40 - 1e-9);
    expect(x2).toBeLessThanOrEqual(660 + 1e-9);
  });
});

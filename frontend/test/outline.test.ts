import { describe, expect, it } from 'vitest';
import { geoBounds } from 'd3-geo';
import { loadOutline } from '../build/outline-plugin';

describe('offline coastline', () => {
  const outline = loadOutline();

  it('keeps Great Britain and its neighbours from Natural Earth', () => {
    expect(outline.features.map((f) => f.properties?.name).sort()).toEqual(['France', 'Ireland', 'Isle of Man', 'United Kingdom']);
  });

  it('drops land far outside the map frame, such as overseas France', () => {
    for (const f of outline.features) {
      const [[west, south], [east, north]] = geoBounds(f);
      expect(west).toBeGreaterThan(-15);
      expect(east).toBeLessThan(12);
      expect(south).toBeGreaterThan(40);
      expect(north).toBeLessThan(62);
    }
  });

  it('is small enough to ship inside the page', () => {
    expect(JSON.stringify(outline).length).toBeLessThan(400_000);
  });
});

import { lab, rgb } from 'd3-color';
import { describe, expect, it } from 'vitest';
import { DISTINCT_COLOURS, RESERVED_COLOURS, distinctColour } from '../src/model/palette';
import { communityPalette } from '../src/model/regions';

/** CIE76 colour difference: Euclidean distance in CIELAB (a difference of about 2.3 is just noticeable). */
function deltaE(a: string, b: string): number {
  const x = lab(a);
  const y = lab(b);
  return Math.hypot(x.l - y.l, x.a - y.a, x.b - y.b);
}

/** WCAG 2 contrast ratio against white. */
function contrastWithWhite(colour: string): number {
  const c = rgb(colour);
  const channel = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
  return 1.05 / (luminance + 0.05);
}

describe('colours for twenty alliances', () => {
  it('has twenty colours, each far from every other', () => {
    expect(new Set(DISTINCT_COLOURS).size).toBe(20);
    let closest = Infinity;
    for (let i = 0; i < DISTINCT_COLOURS.length; i++) for (let j = 0; j < i; j++) closest = Math.min(closest, deltaE(DISTINCT_COLOURS[i], DISTINCT_COLOURS[j]));
    // Ten times the just-noticeable difference: no two look alike (the old palette had two identical greens).
    expect(closest).toBeGreaterThan(25);
  });

  it('keeps clear of the colours that mean something else, and shows on a white or pale map', () => {
    for (const c of DISTINCT_COLOURS) {
      for (const r of RESERVED_COLOURS) expect(deltaE(c, r), `${c} against ${r}`).toBeGreaterThan(25);
      expect(contrastWithWhite(c), c).toBeGreaterThanOrEqual(3);
    }
  });

  it('gives thirteen, and twenty, communities as many different colours', () => {
    for (const n of [13, 20]) {
      const palette = communityPalette(Array.from({ length: n }, (_, i) => i));
      expect(new Set(Object.values(palette)).size).toBe(n);
    }
    expect(distinctColour(20)).toBe(distinctColour(0));
  });
});

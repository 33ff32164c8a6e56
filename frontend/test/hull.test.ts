import { describe, expect, it } from 'vitest';
import { centroid, outline, outlinePath } from '../src/model/hull';

describe('collaboration outlines', () => {
  it('use the convex hull of three or more members', () => {
    const o = outline([[0, 0], [10, 0], [0, 10], [2, 2]]);
    expect(o.kind).toBe('polygon');
    // The inner point (2, 2) is not on the hull.
    expect(o.points).toHaveLength(3);
    expect(o.points).not.toContainEqual([2, 2]);
    expect(outlinePath(o)).toMatch(/^M.*Z$/);
  });

  it('use a segment between the extremes when members are in a line or only two', () => {
    const line = outline([[0, 0], [5, 5], [10, 10]]);
    expect(line).toEqual({ kind: 'segment', points: [[0, 0], [10, 10]] });
    expect(outline([[1, 2], [3, 4]]).kind).toBe('segment');
  });

  it('collapse members at the same place', () => {
    expect(outline([[4, 4], [4, 4]])).toEqual({ kind: 'point', points: [[4, 4]] });
    expect(outlinePath(outline([[4, 4]]))).toBe('M4,4l0,0.01');
    expect(outline([]).kind).toBe('none');
  });

  it('place the hub at the mean of the members', () => {
    expect(centroid([[0, 0], [10, 0], [5, 9]])).toEqual([5, 3]);
    expect(centroid([])).toBeUndefined();
  });
});

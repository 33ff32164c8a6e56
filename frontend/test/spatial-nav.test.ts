import { describe, expect, it } from 'vitest';
import { directionOf, nearestInDirection } from '../src/model/spatial-nav';

const spots = [
  { id: 'centre', x: 0, y: 0 },
  { id: 'east', x: 10, y: 1 },
  { id: 'far-east', x: 30, y: 0 },
  { id: 'north-east', x: 8, y: -9 },
  { id: 'south', x: 0, y: 12 },
  { id: 'west', x: -5, y: 0 },
];

describe('arrow keys between drawn things', () => {
  it('goes to the nearest one straight ahead', () => {
    expect(nearestInDirection(spots[0], spots, 'right')?.id).toBe('east');
    expect(nearestInDirection(spots[0], spots, 'down')?.id).toBe('south');
    expect(nearestInDirection(spots[0], spots, 'left')?.id).toBe('west');
    expect(nearestInDirection(spots[0], spots, 'up')?.id).toBe('north-east');
  });

  it('finds nothing past the edge', () => {
    expect(nearestInDirection(spots[2], spots, 'right')).toBeUndefined();
  });

  it('reads the arrow keys', () => {
    expect(directionOf('ArrowLeft')).toBe('left');
    expect(directionOf('Enter')).toBeUndefined();
  });
});

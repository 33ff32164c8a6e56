import { describe, expect, it } from 'vitest';
import { money, percent, percentPair, riskScore } from '../src/model/format';

describe('formats', () => {
  it('show shares as percentages, and a dash when unknown', () => {
    expect(percent(1 / 3)).toBe('33.3%');
    expect(percent(0.25, 0)).toBe('25%');
    expect(percent(undefined)).toBe('—');
    expect(percent(Number.NaN)).toBe('—');
  });

  it('show a share before and after to as many places as tell a change apart', () => {
    expect(percentPair(0.25, 1 / 3)).toEqual(['25.0%', '33.3%']);
    expect(percentPair(1 / 253, 1 / 252)).toEqual(['0.395%', '0.397%']);
    expect(percentPair(1 / 17541, 1 / 17540)).toEqual(['0.005701%', '0.005701%']);
    expect(percentPair(0.5, 0.5)).toEqual(['50.0%', '50.0%']);
    expect(percentPair(0.5, undefined)).toEqual(['50.0%', '—']);
  });

  it('shorten money without losing the integer digits', () => {
    expect(money(100_000)).toBe('£100k');
    expect(money(1_500_000)).toBe('£1.5m');
    expect(money(10_770_000)).toBe('£10.8m');
    expect(money(2_000_000)).toBe('£2m');
    expect(money(250_000_000)).toBe('£250m');
    expect(money(1_300_000_000)).toBe('£1.3bn');
    expect(money(900)).toBe('£900');
    expect(money(-40_000)).toBe('−£40k');
    expect(money(undefined)).toBe('—');
  });

  it('cut a risk score to two places as the server does, never rounding it up to the next band', () => {
    expect(riskScore(0.4999)).toBe('0.49');
    expect(riskScore(0.5)).toBe('0.50');
    expect(riskScore(0.29)).toBe('0.29'); // 0.29 × 100 is 28.999… in binary
    expect(riskScore(0.079999)).toBe('0.07');
    expect(riskScore(1)).toBe('1.00');
    expect(riskScore(0.004)).toBe('under 0.01');
  });
});

describe('community labels', () => {
  it('read the same whether the server names communities or numbers them', async () => {
    const { communityLabel } = await import('../src/model/regions');
    expect(communityLabel('community-3')).toBe('Community 3');
    expect(communityLabel(4)).toBe('Community 4');
  });
});

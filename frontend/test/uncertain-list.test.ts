// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { uncertainList, type UncertainEvent } from '../src/panels/uncertain-list';

const event = (i: number): UncertainEvent => ({
  collaboration: `c${i}`,
  force: 'lancashire',
  event: 'left',
  recorded: '2025',
  note: `Lancashire Constabulary left Group ${i}: recorded as 2025, may already have happened; counted as not yet`,
});

describe('uncertain events', () => {
  it('says how many more there are when the answer lists only the first', () => {
    const list = uncertainList([event(1), event(2)], undefined, 907)!;
    expect(list.querySelectorAll('li')).toHaveLength(2);
    expect(list.querySelector('.uncertain-more')?.textContent).toBe('905 more not listed here.');
  });

  it('says nothing more when every event is listed, or no count is given', () => {
    expect(uncertainList([event(1), event(2)], undefined, 2)!.querySelector('.uncertain-more')).toBeNull();
    expect(uncertainList([event(1)])!.querySelector('.uncertain-more')).toBeNull();
    expect(uncertainList([], undefined, 3)).toBeNull();
  });
});

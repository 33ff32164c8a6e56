// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Withdrawal } from '../src/api/types';
import { parseJson } from '../src/api/client';
import type { PanelContext } from '../src/panels/common';
import { LOSSES_SHOWN, whatIfResult } from '../src/panels/what-if';
import answer from './fixtures/withdrawal-lancashire-nwmpg.json';

// read as the page reads it (nulls become absent fields); jsdom has no file URL to read it by
const fixture = parseJson<Withdrawal>(JSON.stringify(answer));
const ctx = { catalog: { nameOf: (id: string) => id, collabById: new Map() } } as unknown as PanelContext;

function losing(forces: number): Withdrawal {
  const functionsLost = Array.from({ length: forces }, (_, i) => ({ force: `force-${String(i).padStart(3, '0')}`, collaboration: 'unit', functions: ['procurement'] }));
  return { ...fixture, functionsLost };
}

describe('the what-if panel on a withdrawal that leaves many forces without a function', () => {
  it('lists the first of the functions lost and folds the rest, saying how many', () => {
    const panel = whatIfResult(ctx, losing(239));
    expect(panel.querySelectorAll('ul.functions-lost > li')).toHaveLength(LOSSES_SHOWN);
    const more = panel.querySelector('details.functions-lost-more')!;
    expect(more.querySelector('summary')!.textContent).toBe(`${239 - LOSSES_SHOWN} more of 239`);
    expect(more.querySelectorAll(':scope > ul > li')).toHaveLength(239 - LOSSES_SHOWN);
    expect(more.hasAttribute('open')).toBe(false);
  });

  it('lists a few without folding anything', () => {
    const panel = whatIfResult(ctx, losing(3));
    expect(panel.querySelectorAll('ul.functions-lost > li')).toHaveLength(3);
    expect(panel.querySelector('details.functions-lost-more')).toBeNull();
  });
});

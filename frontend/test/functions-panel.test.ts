// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { PanelContext } from '../src/panels/common';
import { COVERING_PAGE, functionsPanel } from '../src/panels/functions-panel';

// A register where 250 collaborations cover roads policing and none covers dogs: the panel asks the server by
// function, a page at a time, and says how many there are and how many it does not show yet.
const covering = Array.from({ length: 250 }, (_, i) => ({ id: `c${String(i).padStart(3, '0')}`, name: `Group ${String(249 - i).padStart(3, '0')}` }));

function context(asked: string[], registerSize = 40_000): PanelContext {
  const api = {
    // the first 1,000 of the register (none of them covering roads policing here), and the count of it all
    collaborationPage: async () => ({ items: registerSize > 1000 ? [] : covering.slice(0, registerSize).map((c) => ({ ...c, functions: ['roads-policing'] })), total: registerSize }),
    functionPage: async () => ({ items: [{ id: 'roads-policing', name: 'Roads policing' }, { id: 'dogs', name: 'Dogs' }], total: 2 }),
    collaborationsCovering: async (fn: string, limit: number, offset = 0) => {
      asked.push(`${fn}?limit=${limit}&offset=${offset}`);
      const all = fn === 'roads-policing' ? covering : [];
      return { items: all.slice(offset, offset + limit), total: all.length };
    },
  };
  return { api, catalog: { nameOf: (id: string) => id }, session: { isAdmin: false }, at: () => '2026-01-01' } as unknown as PanelContext;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the functions tool on a large register', () => {
  it('says how many collaborations cover a function, shows them a page at a time by name and says how many it leaves out', async () => {
    const asked: string[] = [];
    const panel = functionsPanel(context(asked));
    document.body.replaceChildren(panel);
    await settle();
    await settle();
    const roads = () => panel.querySelector('[data-covering="roads-policing"]')!;
    expect(roads().querySelector('.covering-count')!.textContent).toBe('250 collaborations cover it; showing 100.');
    expect(roads().querySelectorAll('li')).toHaveLength(COVERING_PAGE);
    // by name within what is loaded
    expect(roads().querySelector('li .entity')!.textContent).toBe('Group 150');
    const more = () => roads().querySelector<HTMLButtonElement>('[data-more]');
    expect(more()!.textContent).toBe('Show 100 more (150 not shown)');
    expect(panel.querySelector('[data-covering="dogs"]')!.textContent).toBe('No collaboration covers it.');

    more()!.click();
    await settle();
    expect(roads().querySelectorAll('li')).toHaveLength(200);
    expect(more()!.textContent).toBe('Show 50 more (50 not shown)');
    expect(document.activeElement).toBe(more());
    more()!.click();
    await settle();
    expect(roads().querySelectorAll('li')).toHaveLength(250);
    expect(roads().querySelector('.covering-count')!.textContent).toBe('250 collaborations cover it.');
    expect(more()).toBeNull();
    expect(roads().querySelector('li .entity')!.textContent).toBe('Group 000');
    expect(asked).toEqual(['dogs?limit=100&offset=0', 'roads-policing?limit=100&offset=0', 'roads-policing?limit=100&offset=100', 'roads-policing?limit=100&offset=200']);
  });

  it('finds each function’s collaborations in the register read once when that read holds it all, asking no more', async () => {
    const asked: string[] = [];
    const panel = functionsPanel(context(asked, 250));
    document.body.replaceChildren(panel);
    await settle();
    await settle();
    const roads = panel.querySelector('[data-covering="roads-policing"]')!;
    expect(roads.querySelector('.covering-count')!.textContent).toBe('250 collaborations cover it.');
    expect(roads.querySelectorAll('li')).toHaveLength(250);
    expect(roads.querySelector('[data-more]')).toBeNull();
    expect(panel.querySelector('[data-covering="dogs"]')!.textContent).toBe('No collaboration covers it.');
    expect(asked).toEqual([]);
  });
});

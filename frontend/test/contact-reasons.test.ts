import { describe, expect, it } from 'vitest';
import type { Contact } from '../src/api/types';
import { contactReasons, yearsSince } from '../src/model/contact-reasons';

const names: Record<string, string> = { kent: 'Kent Police', lancashire: 'Lancashire Constabulary', nwmpg: 'NWMPG', 'west-mercia': 'West Mercia Police', warwickshire: 'Warwickshire Police', wmw: 'West Mercia–Warwickshire alliance' };
const collabs = {
  nwmpg: { members: [{ force: 'lancashire', left: '2018' }, { force: 'cheshire' }], functions: ['roads-policing'] },
  wmw: { members: [{ force: 'west-mercia', left: '2020-04-01' }, { force: 'warwickshire' }], ended: '2020-04-01', functions: [] },
};
const ctx = { asking: 'kent', topic: 'withdrawal', topicName: 'withdrawal', nameOf: (id: string) => names[id] ?? id, collaboration: (id: string) => collabs[id as keyof typeof collabs] };
const recency = (years: number) => 0.5 + 0.5 * Math.exp(-years / 10);

describe('why a contact is listed', () => {
  it('says the contact went through a withdrawal of their own force, when, and how far from the asking force', () => {
    const c: Contact = { person: 'nwmpg-poc-lancashire', force: 'lancashire', collaboration: 'nwmpg', matchedOn: ['topic', 'lesson'], score: 0.837, parts: { match: 1.1, proximity: 0.5, outcome: 2, recency: recency(6.5), tier: 1 } };
    const { why, parts } = contactReasons(c, ctx);
    expect(why[0]).toBe('Has done this, went through a withdrawal: Lancashire Constabulary, their force, left NWMPG in 2018, while this role ran.');
    expect(why).toContain('Named as a contact for withdrawal.');
    expect(why).toContain('NWMPG recorded a lesson on withdrawal.');
    expect(why).toContain('No link from Kent Police in the register: no chain of shared members reaches NWMPG.');
    expect(why).toContain('The role ended about 7 years before the date shown.');
    expect(parts).toBe('Score 0.84 = match 1.1 (named contact, lesson) × link 0.5 (no link) × experience 2 (own force left) × recency 0.76 (ended ~7 y ago)');
  });

  it('says "on" a full date and "in" a month or a year', () => {
    const c: Contact = { person: 'wm', force: 'west-mercia', collaboration: 'wmw', matchedOn: ['topic'], score: 0.8, parts: { match: 1, proximity: 0.5, outcome: 2, recency: 1, tier: 1 } };
    expect(contactReasons(c, ctx).why[0]).toBe('Has done this, went through a withdrawal: West Mercia Police, their force, left West Mercia–Warwickshire alliance on 1 Apr 2020, while this role ran.');
  });

  it('names what happened while the role ran when the contact’s own force stayed', () => {
    const c: Contact = { person: 'warwickshire-pcc', force: 'warwickshire', collaboration: 'wmw', matchedOn: ['topic'], hops: 0, score: 0.6, parts: { match: 1, proximity: 1, outcome: 1.5, recency: 1, tier: 0 } };
    const { why, parts } = contactReasons(c, { ...ctx, asking: 'warwickshire' });
    expect(why[0]).toBe('Was in West Mercia–Warwickshire alliance when West Mercia Police left (1 Apr 2020) and it ended (1 Apr 2020).');
    expect(why).toContain('Listed after those whose own force withdrew while their role ran.');
    expect(why).toContain('Warwickshire Police is or was a member of West Mercia–Warwickshire alliance.');
    expect(parts).toContain('experience 1.5 (was there when it changed)');
    expect(parts).toContain('recency 1 (in the role)');
  });

  it('says a collaboration in the function has done what is asked, and counts the steps', () => {
    const c: Contact = { person: 'x', collaboration: 'nwmpg', matchedOn: ['function'], hops: 2, score: 0.6, parts: { match: 0.9, proximity: 0.5 + 0.5 / 3, outcome: 1, recency: 1, tier: 1 } };
    const { why } = contactReasons(c, { ...ctx, topic: 'roads-policing', topicName: 'roads policing' });
    expect(why).toEqual(['Has done this: NWMPG works in roads policing.', '2 collaboration steps from Kent Police.']);
  });

  it('inverts the recency factor exactly', () => {
    expect(yearsSince(recency(6.5))).toBeCloseTo(6.5, 9);
    expect(yearsSince(1)).toBe(0);
  });
});

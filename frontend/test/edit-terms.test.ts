import { describe, expect, it } from 'vitest';
import { benefitFields, termsBody, termsFields, termsRows, withoutEmptyRows } from '../src/model/edit-fields';
import { applyValues, fieldForProblem, valuesOf } from '../src/model/edit-form';

const members = [
  { value: 'west-mercia', label: 'West Mercia Police' },
  { value: 'warwickshire', label: 'Warwickshire Police' },
];
// as GET …/terms answers them (the alliance's, shortened)
const stored = {
  legalBasis: { value: 's22A', source: 'https://example.org/agreement' },
  noticeMonths: { value: 12, confidence: 'derived', note: 'from the notice served and the end date' },
  exitDates: [{ date: '2019-10', kind: 'earliest-exit', confidence: 'derived' }],
  exitCost: { kind: 'fixed-settlement', amount: 10_500_000, source: 'https://example.org/settlement' },
  noticesServed: [{ force: 'west-mercia', date: '2018-10', source: 'https://example.org/notice' }],
  staffing: [
    { force: 'warwickshire', share: 0.31, date: '2018' },
    { force: 'west-mercia', share: 0.69, date: '2018' },
  ],
};

describe('the agreement terms in a form', () => {
  const fields = termsFields(termsRows(stored), members);
  const names = fields.map((f) => f.name);

  it('offers each list’s entries recorded and one more of each, and the exit cost rule, with sources and confidence', () => {
    expect(termsRows(stored)).toEqual({ exitDates: 1, noticesServed: 1, staffing: 2 });
    expect(names).toEqual(expect.arrayContaining(['exitDates[1].date', 'noticesServed[1].force', 'staffing[2].share', 'exitCost.kind', 'exitCost.liabilities', 'noticeMonths.confidence', 'staffing[0].source', 'exitDates[0].confidence']));
    expect(names).not.toContain('exitDates[2].date');
    expect(fields.find((f) => f.name === 'staffing[0].force')?.options).toEqual(members);
    const values = valuesOf(stored, fields);
    expect(values['staffing[1].share']).toBe('0.69');
    expect(values['exitCost.amount']).toBe('10500000');
    expect(values['exitDates[1].date']).toBe('');
  });

  it('sends what is filled in, drops the rows left empty and an exit cost rule emptied, and keeps what the form does not show', () => {
    const values = valuesOf(stored, fields);
    values['noticesServed[1].force'] = 'warwickshire';
    values['noticesServed[1].date'] = '2019-01';
    values['staffing[0].force'] = '';
    values['staffing[0].share'] = '';
    values['staffing[0].date'] = '';
    for (const f of names.filter((n) => n.startsWith('exitCost.'))) values[f] = '';
    const { body } = termsBody(applyValues(stored, values, fields));
    expect(body.noticesServed).toEqual([stored.noticesServed[0], { force: 'warwickshire', date: '2019-01' }]);
    expect(body.staffing).toEqual([stored.staffing[1]]);
    expect(body.exitDates).toEqual(stored.exitDates);
    expect(body).not.toHaveProperty('exitCost');
    expect(body.noticeMonths).toEqual(stored.noticeMonths);
  });

  it('puts an error the server names in what was sent beside the form’s field it came from', () => {
    const values = valuesOf(stored, fields);
    values['staffing[0].force'] = '';
    values['staffing[0].share'] = '';
    values['staffing[0].date'] = '';
    values['staffing[2].force'] = 'warwickshire';
    values['staffing[2].share'] = 'about a third';
    const { formPath } = termsBody(applyValues(stored, values, fields));
    // sent: staffing[0] is the form's row 1, staffing[1] its row 2
    expect(fieldForProblem(formPath('terms.staffing[1].share'), fields)).toBe('staffing[2].share');
    expect(fieldForProblem(formPath('terms.exitDates[0].date'), fields)).toBe('exitDates[0].date');
    expect(fieldForProblem(formPath('terms.exitCost.amount'), fields)).toBe('exitCost.amount');
    expect(fieldForProblem(formPath('terms.noticeMonths.value'), fields)).toBe('noticeMonths.value');
  });
});

describe('the stranded costs in the terms form', () => {
  const fields = termsFields(termsRows(stored), members);

  it('offers the amount with its source, confidence and note, and fills them from what is recorded', () => {
    expect(fields.map((f) => f.name)).toEqual(expect.arrayContaining(['strandedCosts.value', 'strandedCosts.source', 'strandedCosts.confidence', 'strandedCosts.note']));
    const values = valuesOf({ ...stored, strandedCosts: { value: 2_000_000, source: 'https://example.org/s', confidence: 'approximate' } }, fields);
    expect(values['strandedCosts.value']).toBe('2000000');
    expect(values['strandedCosts.confidence']).toBe('approximate');
  });

  it('sends an amount typed in, stranded costs stated without an amount, and nothing when every field is left empty', () => {
    const values = valuesOf(stored, fields);
    values['strandedCosts.value'] = '750000';
    values['strandedCosts.source'] = 'https://example.org/agreement';
    expect(termsBody(applyValues(stored, values, fields)).body.strandedCosts).toEqual({ value: 750_000, source: 'https://example.org/agreement' });
    values['strandedCosts.value'] = '';
    values['strandedCosts.note'] = 'the agreement says the leaver meets them; no amount given';
    expect(termsBody(applyValues(stored, values, fields)).body.strandedCosts).toEqual({ source: 'https://example.org/agreement', note: 'the agreement says the leaver meets them; no amount given' });
    values['strandedCosts.source'] = '';
    values['strandedCosts.note'] = '';
    expect(termsBody(applyValues(stored, values, fields)).body).not.toHaveProperty('strandedCosts');
  });

  it('puts the server’s error on the stranded costs beside their field', () => {
    const { formPath } = termsBody(applyValues(stored, valuesOf(stored, fields), fields));
    expect(fieldForProblem(formPath('terms.strandedCosts.value'), fields)).toBe('strandedCosts.value');
    expect(fieldForProblem(formPath('terms.strandedCosts'), fields)).toBe('strandedCosts.value');
  });
});

describe('a benefit’s attribution to forces in a form', () => {
  it('has a row per force recorded and one to add, and leaves the empty ones out of what is sent', () => {
    const benefit = { id: 'saving', title: 'Saving', kind: 'cashable', attributedTo: [{ force: 'west-mercia', share: 0.5 }] };
    const fields = benefitFields(1, members);
    expect(fields.map((f) => f.name)).toEqual(expect.arrayContaining(['title', 'attributedTo[0].force', 'attributedTo[1].share']));
    const values = valuesOf(benefit, fields);
    values['attributedTo[0].force'] = '';
    values['attributedTo[0].share'] = '';
    values['attributedTo[1].force'] = 'warwickshire';
    values['attributedTo[1].share'] = '1.5';
    const { body, formPath } = withoutEmptyRows(applyValues(benefit, values, fields), ['attributedTo']);
    expect(body.attributedTo).toEqual([{ force: 'warwickshire', share: 1.5 }]);
    expect(fieldForProblem(formPath('benefits[0].attributedTo[0].share'), fields)).toBe('attributedTo[1].share');
  });
});

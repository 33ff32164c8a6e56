import { describe, expect, it } from 'vitest';
import { alignFormula, COST_SHARING_FIELDS, formulaBody, formulaFields } from '../src/model/edit-fields';
import { applyValues, fieldForProblem, valuesOf } from '../src/model/edit-form';

const forces = [
  { force: 'kent', label: 'Kent Police' },
  { force: 'essex', label: 'Essex Police' },
];
const stored = {
  method: 'formula',
  source: 'https://example.org/agreement',
  weights: [
    {
      name: 'population',
      weight: 0.5,
      unit: 'people',
      values: [
        { force: 'essex', value: 1_800_000, source: 'ONS 2021' },
        { force: 'surrey', value: 1_200_000 },
      ],
    },
  ],
};

describe('a cost-sharing formula in a form', () => {
  it('offers each weight recorded and one more, each with every member force’s value, date and source', () => {
    const fields = formulaFields(1, forces);
    expect(fields.map((f) => f.name)).toContain('weights[1].name');
    expect(fields.map((f) => f.name)).toContain('weights[0].values[1].source');
    expect(fields.find((f) => f.name === 'weights[0].values[1].value')?.label).toBe('Weight 1: Essex Police');
    expect(fields).toHaveLength(2 * (4 + 2 * 3));
  });

  it('puts each force’s value in that force’s row, an empty row for a force without one, and keeps former members’ values', () => {
    const aligned = alignFormula(stored, ['kent', 'essex']);
    expect(aligned.weights![0].values).toEqual([{ force: 'kent' }, { force: 'essex', value: 1_800_000, source: 'ONS 2021' }, { force: 'surrey', value: 1_200_000 }]);
    const values = valuesOf(aligned, formulaFields(1, forces));
    expect(values['weights[0].values[1].value']).toBe('1800000');
    expect(values['weights[0].values[0].value']).toBe('');
  });

  it('sends only the rows with something in them, and the server’s error for a value lands on the form’s field', () => {
    const fields = [...COST_SHARING_FIELDS, ...formulaFields(1, forces)];
    const aligned = alignFormula(stored, ['kent', 'essex']);
    const values = { ...valuesOf(aligned, fields), 'weights[0].values[1].value': '-5', 'weights[1].name': 'officers', 'weights[1].values[1].value': '3200' };
    const { body, formPath } = formulaBody(applyValues(aligned, values, fields), ['kent', 'essex']);
    expect(body.weights).toEqual([
      { name: 'population', weight: 0.5, unit: 'people', values: [{ force: 'essex', value: -5, source: 'ONS 2021' }, { force: 'surrey', value: 1_200_000 }] },
      { name: 'officers', values: [{ force: 'essex', value: 3200 }] },
    ]);
    // Kent's empty row was not sent, so the server's values[0] is Essex, the form's values[1]
    expect(formPath('costSharing.weights[0].values[0].value')).toBe('costSharing.weights[0].values[1].value');
    expect(fieldForProblem(formPath('costSharing.weights[0].values[0].value'), fields)).toBe('weights[0].values[1].value');
    expect(fieldForProblem(formPath('costSharing.weights[1].values[0].value'), fields)).toBe('weights[1].values[1].value');
    expect(fieldForProblem(formPath('costSharing.weights[1].name'), fields)).toBe('weights[1].name');
  });

  it('maps past a weight left out: the new weight filled while the group before it is empty', () => {
    const fields = formulaFields(1, forces);
    const { body, formPath } = formulaBody(applyValues({ method: 'formula', weights: [{}] }, { 'weights[1].name': 'population', 'weights[1].values[0].value': 'x' }, fields), ['kent', 'essex']);
    expect(body.weights).toEqual([{ name: 'population', values: [{ force: 'kent', value: 'x' }] }]);
    expect(formPath('costSharing.weights[0].values[0].value')).toBe('costSharing.weights[1].values[0].value');
  });

  it('sends no weights when none is filled (recorded or equal shares have none)', () => {
    const fields = [...COST_SHARING_FIELDS, ...formulaFields(0, forces)];
    const { body } = formulaBody(applyValues({}, { method: 'equal', source: 'the agreement' }, fields), ['kent', 'essex']);
    expect(body).toEqual({ method: 'equal', source: 'the agreement', weights: [] });
  });
});

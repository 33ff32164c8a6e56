import { describe, expect, it } from 'vitest';
import { mappingKey, mappingParams, rememberedMapping } from '../src/panels/import-panel';

function storage(entries: Record<string, string>): Pick<Storage, 'getItem'> {
  return { getItem: (key: string) => entries[key] ?? null };
}

describe('the spreadsheet import’s column mapping', () => {
  it('is remembered per set of headers, whatever their case or surrounding spaces', () => {
    expect(mappingKey(['Force ', 'Collab'])).toBe(mappingKey(['force', 'COLLAB']));
    expect(mappingKey(['Force', 'Collab'])).not.toBe(mappingKey(['Collab', 'Force', 'Role']));
  });

  it('keeps only fields it knows and headers the sheet still has', () => {
    const headers = ['Member', 'Agreement'];
    const saved = { force: 'Member', name: 'Agreement', role: 'Gone', nonsense: 'Member', left: '' };
    expect(rememberedMapping(headers, storage({ [mappingKey(headers)]: JSON.stringify(saved) }))).toEqual({ force: 'Member', name: 'Agreement', left: '' });
    expect(rememberedMapping(headers, storage({}))).toBeUndefined();
    expect(rememberedMapping(headers, storage({ [mappingKey(headers)]: '{not json' }))).toBeUndefined();
  });

  it('is sent as column.FIELD parameters, an empty header saying the field is not in the sheet', () => {
    expect(mappingParams({ force: 'Member', left: '' })).toEqual({ 'column.force': 'Member', 'column.left': '' });
  });
});

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCUMENT, generate, TYPES } from '../openapi/generate.mjs';

// The page's API types are generated from the committed OpenAPI document, which OpenApiContractTests (Java) holds
// equal to what the app serves: so a change of the API that the page does not follow fails the build.

describe('the API types', () => {
  it('are what openapi-typescript makes of the committed document', async () => {
    expect(await generate()).toBe(readFileSync(TYPES, 'utf8'));
  }, 60_000);

  it('differ when the document does (the check can fail)', async () => {
    const changed = readFileSync(DOCUMENT, 'utf8').replace('"/api/forces/{id}"', '"/api/police-forces/{id}"');
    const file = join(mkdtempSync(join(tmpdir(), 'concordat-openapi-')), 'openapi.json');
    writeFileSync(file, changed);
    const types = await generate(file);
    expect(types).toContain('"/api/police-forces/{id}"');
    expect(types).not.toBe(readFileSync(TYPES, 'utf8'));
  }, 60_000);
});

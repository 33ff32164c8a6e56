import { describe, expect, it } from 'vitest';
import { Api, ApiError, describeProblem, parseJson, url } from '../src/api/client';

describe('API client', () => {
  it('leaves empty parameters out so that the server applies its defaults', () => {
    expect(url('/api/graph', { region: 'North West', function: '', status: undefined, includeNational: false, limit: 2000 })).toBe(
      '/api/graph?region=North+West&includeNational=false&limit=2000',
    );
    expect(url('/api/forces')).toBe('/api/forces');
  });

  it('turns a problem+json answer into an error that names the offending fields', async () => {
    const api = new Api(async () =>
      new Response(JSON.stringify({ title: 'Bad Request', detail: 'Invalid input', errors: [{ field: 'at', reason: 'must be YYYY-MM-DD' }] }), {
        status: 400,
        headers: { 'Content-Type': 'application/problem+json' },
      }),
    );
    const failure = api.graph({ at: 'yesterday' });
    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toThrow('Invalid input (at: must be YYYY-MM-DD)');
  });

  it('says each field error once when the detail already carries it, as the server writes its refusals', () => {
    const errors = [
      { field: 'at', reason: 'must be YYYY-MM-DD' },
      { field: 'limit', reason: 'must be at most 5000' },
    ];
    expect(describeProblem(400, { title: 'Invalid input', detail: 'at: must be YYYY-MM-DD; limit: must be at most 5000', errors })).toBe(
      'at: must be YYYY-MM-DD; limit: must be at most 5000',
    );
    expect(describeProblem(400, { title: 'Invalid input', detail: '2 problem(s), nothing written; first: at: must be YYYY-MM-DD', errors })).toBe(
      '2 problem(s), nothing written; first: at: must be YYYY-MM-DD (limit: must be at most 5000)',
    );
    expect(describeProblem(403, { title: 'Not allowed', errors })).toBe('Not allowed (at: must be YYYY-MM-DD; limit: must be at most 5000)');
  });

  it('still explains a failure without a JSON body', async () => {
    const api = new Api(async () => new Response('gateway down', { status: 502 }));
    await expect(api.forces()).rejects.toThrow('HTTP 502');
  });

  it('reads null fields as absent, as the register endpoints leave them out', () => {
    const parsed = parseJson<{ a?: number; b: { c?: string; d: number[] } }>('{"a":null,"b":{"c":null,"d":[1,2]}}');
    expect(parsed).toEqual({ b: { d: [1, 2] } });
    expect('a' in parsed).toBe(false);
  });

  it('asks for the what-if with the chosen collaboration and date', async () => {
    const asked: string[] = [];
    const api = new Api(async (input) => {
      asked.push(input);
      return new Response('{}', { status: 200 });
    });
    await api.withdrawal({ force: 'lancashire', collaboration: 'nwmpg', at: '2017-06-30' });
    await api.withdrawal({ force: 'lancashire', at: '2017-06-30' });
    expect(asked).toEqual(['/api/analytics/withdrawal?memberLimit=500&force=lancashire&collaboration=nwmpg&at=2017-06-30', '/api/analytics/withdrawal?memberLimit=500&force=lancashire&at=2017-06-30']);
  });

  it('hands the panels the lists that similar forces, similar collaborations and contacts come wrapped in', async () => {
    const stamp = { version: 3, position: 41, upToDateAt: '2026-12-05T10:00:00Z', ageMillis: 12 };
    const bodies: Record<string, unknown> = {
      '/api/analytics/similar-forces': { force: 'kent', by: 'collaborations', method: 'jaccard', similar: [{ force: 'essex', score: 0.5, shared: ['emsou'] }], snapshot: stamp },
      '/api/analytics/similar-collaborations': { collaboration: 'emsou', similar: [], snapshot: stamp },
      '/api/analytics/contacts': { force: 'kent', topic: 'withdrawal', contacts: [{ person: 'p', score: 0.7, hops: null }], snapshot: stamp },
    };
    const api = new Api(async (input) => new Response(JSON.stringify(bodies[input.split('?')[0]]), { status: 200 }));
    expect(await api.similarForces('kent')).toEqual([{ force: 'essex', score: 0.5, shared: ['emsou'] }]);
    expect(await api.similarCollaborations('emsou')).toEqual([]);
    expect(await api.contacts({ topic: 'withdrawal', force: 'kent' })).toEqual([{ person: 'p', score: 0.7 }]);
  });

  it('asks for the collaborations covering a function a page at a time and hands back the total the server counted', async () => {
    const asked: string[] = [];
    const api = new Api(async (input) => {
      asked.push(input);
      return new Response('[{"id":"a","name":"A"}]', { status: 200, headers: { 'X-Total-Count': '2400' } });
    });
    expect(await api.collaborationsCovering('roads-policing', 100, 200)).toEqual({ items: [{ id: 'a', name: 'A' }], total: 2400 });
    expect(asked).toEqual(['/api/collaborations?function=roads-policing&limit=100&offset=200']);
    const noHeader = new Api(async () => new Response('[{"id":"f"}]', { status: 200 }));
    expect(await noHeader.functionPage()).toEqual({ items: [{ id: 'f' }], total: 1 });
  });
});

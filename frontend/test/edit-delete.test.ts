import { describe, expect, it } from 'vitest';
import { EditApi } from '../src/api/edits';
import { ApiError } from '../src/api/client';
import { deleteRefusal } from '../src/model/edit-form';

describe('deleting an entity', () => {
  it('sends DELETE with the version confirmed as If-Match, and reads a 204 as done', async () => {
    const sent: { url: string; init: RequestInit }[] = [];
    const api = new EditApi(async (url, init) => {
      sent.push({ url: String(url), init: init ?? {} });
      return new Response(null, { status: 204 });
    }, () => 'csrf');
    await api.write('DELETE', '/api/lessons/l1', undefined, '"7"');
    expect(sent[0].init.method).toBe('DELETE');
    expect(sent[0].init.headers).toEqual(expect.objectContaining({ 'If-Match': '"7"', 'X-XSRF-TOKEN': 'csrf' }));
    expect(sent[0].init.body).toBeUndefined();
  });

  it('gives a 412 and a 409 to the dialog as errors carrying their status and the server’s reason', async () => {
    const problem = { title: 'Conflict', errors: [{ field: 'id', reason: "cannot delete collaboration 'x': it has memberships or lessons: end it instead" }] };
    const api = new EditApi(async () => new Response(JSON.stringify(problem), { status: 409, headers: { 'Content-Type': 'application/problem+json' } }));
    const err = await api.write('DELETE', '/api/collaborations/x', undefined, '"1"').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).status).toBe(409);
    expect(deleteRefusal(409, (err as ApiError).problem)).toBe("Not deleted: cannot delete collaboration 'x': it has memberships or lessons: end it instead.");
  });

  it('says why in the server’s words: history that would be lost, a right missing, already gone', () => {
    expect(deleteRefusal(409, {})).toBe('Not deleted: deleting it would lose history.');
    expect(deleteRefusal(403, { detail: 'only an admin may delete a force' })).toBe('Not deleted: you may not delete this (only an admin may delete a force).');
    expect(deleteRefusal(404, {})).toBe('It is no longer there: someone else deleted it.');
    expect(deleteRefusal(500, { title: 'Internal Server Error' })).toBe('Not deleted: Internal Server Error');
  });
});

import { describe, expect, it } from 'vitest';
import { Api } from '../src/api/client';
import { cookie, Session } from '../src/api/session';
import { mainRole } from '../src/panels/accounts-panel';
import { messageFor } from '../src/signin';

describe('who is signed in', () => {
  const editor = new Session({ name: 'kent-editor', via: 'password', roles: ['viewer', 'contact-viewer', 'editor'], forces: ['kent', 'essex'], local: true });

  it('knows what each role may do, as the server decides it', () => {
    expect(editor.seesPersonalData).toBe(true);
    expect(editor.isAdmin).toBe(false);
    expect(editor.mayEditFor('kent')).toBe(true);
    expect(editor.mayEditFor('surrey')).toBe(false);
    const viewer = new Session({ name: 'v', via: 'oidc', roles: ['viewer'], forces: [], local: false });
    expect(viewer.seesPersonalData).toBe(false);
    expect(viewer.mayEditFor('kent')).toBe(false);
    const admin = new Session({ name: 'admin', via: 'password', roles: ['viewer', 'contact-viewer', 'editor', 'admin', 'operator'], forces: [], local: true });
    expect(admin.mayEditFor('surrey')).toBe(true);
    expect(admin.describe()).toBe('admin');
    expect(editor.describe()).toBe('editor for kent, essex');
  });

  it('treats an anonymous reader as a viewer without personal data', () => {
    const anonymous = new Session(undefined);
    expect(anonymous.signedIn).toBe(false);
    expect(anonymous.has('viewer')).toBe(true);
    expect(anonymous.seesPersonalData).toBe(false);
    expect(anonymous.describe()).toBe('not signed in');
  });

  it('reads the CSRF token from its cookie', () => {
    expect(cookie('XSRF-TOKEN', 'SESSION=abc; XSRF-TOKEN=d2f%3D1; other=x')).toBe('d2f=1');
    expect(cookie('XSRF-TOKEN', 'SESSION=abc')).toBeUndefined();
  });

  it('sends the CSRF token with every write, and JSON', async () => {
    const sent: RequestInit[] = [];
    const api = new Api(
      async (_input, init) => {
        sent.push(init!);
        return new Response('{"username":"x","roles":["viewer"],"forces":[],"enabled":true}', { status: 201 });
      },
      () => 'the-token',
    );
    await api.createAccount({ username: 'x', roles: ['viewer'], forces: [], enabled: true });
    const headers = sent[0].headers as Record<string, string>;
    expect(sent[0].method).toBe('POST');
    expect(headers['X-XSRF-TOKEN']).toBe('the-token');
    expect(headers['Content-Type']).toBe('application/json');
  });

  it('goes to the sign-in page when the server says the session has ended', async () => {
    let signedOut = 0;
    const api = new Api(async () => new Response('{"title":"Not signed in"}', { status: 401 }), () => undefined, () => signedOut++);
    await expect(api.forces()).rejects.toThrow('Not signed in');
    expect(signedOut).toBe(1);
    // asking who is signed in is not a reason to leave: an anonymous reader is simply nobody
    expect(await api.account()).toBeUndefined();
    expect(signedOut).toBe(1);
  });

  it('shows an account by the highest role it holds', () => {
    expect(mainRole(['viewer', 'contact-viewer', 'editor'])).toBe('editor');
    expect(mainRole(['operator'])).toBe('operator');
  });

  it('tells the user on the sign-in page what happened', () => {
    expect(messageFor('?error')?.error).toBe(true);
    expect(messageFor('?wait=4')?.text).toContain('4 seconds');
    expect(messageFor('?error=provider')?.text).toContain('identity provider');
    expect(messageFor('?signed-out')?.error).toBe(false);
    expect(messageFor('')).toBeUndefined();
  });
});

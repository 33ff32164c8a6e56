import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { generateKeyPairSync, randomUUID, sign, type KeyObject } from 'node:crypto';

// A small OpenID Connect provider for the browser tests, on loopback at E2E_IDP_PORT (the app under test is
// started knowing it: frontend/e2e/app.properties). It shows its own sign-in page, sends the browser back with
// a code, and answers the app's token request with an RS256-signed ID token carrying the user's roles, as a
// force's real identity provider would.

export const IDP_PORT = Number(process.env.E2E_IDP_PORT ?? 18201);
export const CLIENT_ID = 'concordat-e2e';
export const CLIENT_SECRET = 'concordat-e2e-secret';

/** The one user this provider knows: a viewer, so the explorer hides people's names from them. */
export const USER = { sub: 'e2e-subject-1', preferred_username: 'oidc-e2e-viewer', roles: ['viewer'] };

const base64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

export class IdentityProvider {
  private server?: Server;
  private readonly keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
  private readonly codes = new Map<string, { nonce?: string; clientId: string }>();
  readonly issuer = `http://127.0.0.1:${IDP_PORT}`;

  async start(): Promise<void> {
    this.server = createServer((request, response) => void this.handle(request, response));
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(IDP_PORT, '127.0.0.1', resolve);
    });
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async handle(request: IncomingMessage, response: ServerResponse) {
    const address = new URL(request.url ?? '/', this.issuer);
    if (address.pathname === '/jwks') return json(response, 200, { keys: [this.publicJwk()] });
    if (address.pathname === '/authorize') return this.page(address, response);
    if (address.pathname === '/approve' && request.method === 'POST') return this.approve(await form(request), response);
    if (address.pathname === '/token' && request.method === 'POST') return this.token(request, await form(request), response);
    json(response, 404, { error: 'not_found' });
  }

  /** The provider's own sign-in page: one button, which approves the sign-in for its one user. */
  private page(address: URL, response: ServerResponse) {
    const q = address.searchParams;
    if (q.get('client_id') !== CLIENT_ID || q.get('response_type') !== 'code') return json(response, 400, { error: 'invalid_request' });
    const hidden = ['redirect_uri', 'state', 'nonce'].map((name) => `<input type="hidden" name="${name}" value="${escape(q.get(name) ?? '')}">`).join('');
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><title>E2E identity provider</title><h1>E2E identity provider</h1>
      <form method="post" action="/approve">${hidden}<button id="approve" type="submit">Continue as ${USER.preferred_username}</button></form>`);
  }

  private approve(body: URLSearchParams, response: ServerResponse) {
    const code = randomUUID();
    this.codes.set(code, { nonce: body.get('nonce') ?? undefined, clientId: CLIENT_ID });
    const back = new URL(body.get('redirect_uri')!);
    back.searchParams.set('code', code);
    back.searchParams.set('state', body.get('state') ?? '');
    response.writeHead(302, { Location: back.toString() });
    response.end();
  }

  private token(request: IncomingMessage, body: URLSearchParams, response: ServerResponse) {
    const basic = request.headers.authorization?.replace(/^Basic /, '');
    const [id, secret] = basic ? Buffer.from(basic, 'base64').toString().split(':').map(decodeURIComponent) : [body.get('client_id'), body.get('client_secret')];
    if (id !== CLIENT_ID || secret !== CLIENT_SECRET) return json(response, 401, { error: 'invalid_client' });
    const grant = this.codes.get(body.get('code') ?? '');
    if (body.get('grant_type') !== 'authorization_code' || !grant) return json(response, 400, { error: 'invalid_grant' });
    this.codes.delete(body.get('code')!);
    const now = Math.floor(Date.now() / 1000);
    const claims = { ...USER, iss: this.issuer, aud: CLIENT_ID, iat: now, exp: now + 300, nonce: grant.nonce };
    json(response, 200, { token_type: 'Bearer', expires_in: 300, access_token: this.jwt({ ...claims, aud: 'concordat' }), id_token: this.jwt(claims), scope: 'openid profile' });
  }

  private jwt(claims: object): string {
    const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: 'e2e-key' }));
    const payload = base64url(JSON.stringify(claims));
    const signature = sign('sha256', Buffer.from(`${header}.${payload}`), this.keys.privateKey as KeyObject);
    return `${header}.${payload}.${base64url(signature)}`;
  }

  private publicJwk() {
    return { ...this.keys.publicKey.export({ format: 'jwk' }), kid: 'e2e-key', alg: 'RS256', use: 'sig' };
  }
}

function json(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { 'Content-Type': 'application/json' });
  response.end(JSON.stringify(body));
}

async function form(request: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString());
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

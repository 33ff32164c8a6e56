import type {
  Alliances,
  Collaboration,
  Contacts,
  Force,
  ForceDetail,
  Graph,
  Lesson,
  Overlaps,
  Person,
  PolicingFunction,
  Problem,
  SimilarCollaborations,
  SimilarForces,
  Withdrawal,
} from './types';
import { cookie, type Account } from './session';

/** A local account as admins see it (GET /api/accounts): never a password. */
export interface AccountRecord {
  username: string;
  roles: string[];
  forces: string[];
  enabled: boolean;
  created?: string;
}

/** One row of a spreadsheet import: what it does or would do, and why it is refused. */
export interface SpreadsheetRow {
  row: number;
  collaboration?: string;
  force?: string;
  action: string;
  changes: string[];
  problems: { field: string; column?: string; reason: string; rights: boolean }[];
}

/** POST /api/import/spreadsheet's answer. */
export interface SpreadsheetAnswer {
  dryRun: boolean;
  committed: boolean;
  sha256: string;
  headers: string[];
  columns: Record<string, string>;
  counts: { rows: number; refused: number; unchanged: number; rowsChanging: number; membershipsAdded: number; collaborationsCreated: number; collaborationsChanged: number };
  rows: SpreadsheetRow[];
}

/** What an admin sends to create or change an account. */
export interface AccountChange {
  roles: string[];
  forces: string[];
  enabled: boolean;
}

/** A failed API call, carrying the server's problem details so the page can say what was wrong. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(describeProblem(status, problem));
  }
}

/**
 * The problem in one sentence: its detail (or title), then those of its field errors the detail does not already
 * say. The server's own refusals write every error into the detail, so appending them all would say each twice.
 */
export function describeProblem(status: number, problem: Problem): string {
  const head = problem.detail || problem.title || `HTTP ${status}`;
  const fields = (problem.errors ?? []).map((e) => `${e.field}: ${e.reason}`).filter((field) => !head.includes(field));
  return fields.length ? `${head} (${fields.join('; ')})` : head;
}

type Params = Record<string, string | number | boolean | undefined | null>;

/** Builds `path?query`, leaving out empty parameters so the server applies its own defaults. */
export function url(path: string, params: Params = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/**
 * Parses an API answer with its nulls removed. The register's own endpoints leave out fields without a value,
 * the analytics ones send them as null; dropping nulls lets the page treat both alike ("absent").
 */
export function parseJson<T>(text: string): T {
  return JSON.parse(text, (_key, value) => (value === null ? undefined : value)) as T;
}

export type Fetcher = (input: string, init?: RequestInit) => Promise<Response>;

/** What to do when the server says the session has ended (401): by default, go to the sign-in page. */
export type OnSignedOut = () => void;

export class Api {
  constructor(
    private readonly fetcher: Fetcher = (input, init) => fetch(input, init),
    private readonly csrfToken: () => string | undefined = () => cookie('XSRF-TOKEN'),
    private readonly onSignedOut: OnSignedOut = () => location.assign('/signin'),
  ) {}

  async get<T>(path: string, params: Params = {}, signal?: AbortSignal): Promise<T> {
    const response = await this.fetcher(url(path, params), { headers: { Accept: 'application/json' }, signal });
    return this.answer<T>(response);
  }

  /**
   * One page of a list endpoint with the total the server counted (its `X-Total-Count`), so that a list cut short by
   * `limit` can say how much it leaves out. `total` is the page's length when the header is missing.
   */
  async page<T>(path: string, params: Params = {}, signal?: AbortSignal): Promise<{ items: T[]; total: number }> {
    const response = await this.fetcher(url(path, params), { headers: { Accept: 'application/json' }, signal });
    const items = await this.answer<T[]>(response);
    const total = Number(response.headers.get('X-Total-Count'));
    return { items, total: Number.isFinite(total) && response.headers.has('X-Total-Count') ? total : items.length };
  }

  /**
   * A write: JSON in, JSON (or nothing) out. The session's writes carry the CSRF token from its cookie in the
   * X-XSRF-TOKEN header; without it the server refuses them.
   */
  async send<T>(method: 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<T | undefined> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    const token = this.csrfToken();
    if (token) headers['X-XSRF-TOKEN'] = token;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await this.fetcher(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    if (response.status === 204) return undefined;
    return this.answer<T>(response);
  }

  /**
   * A spreadsheet sent as it is (CSV or XLSX) to the import: a dry run, or the commit. The answer is the import's
   * report; a refusal (400, 403) is thrown as an ApiError carrying each refused row's problems.
   */
  async importSpreadsheet(file: Blob, type: string, params: Params): Promise<SpreadsheetAnswer> {
    const headers: Record<string, string> = { Accept: 'application/json', 'Content-Type': type };
    const token = this.csrfToken();
    if (token) headers['X-XSRF-TOKEN'] = token;
    const response = await this.fetcher(url('/api/import/spreadsheet', params), { method: 'POST', headers, body: file });
    return this.answer<SpreadsheetAnswer>(response);
  }

  private async answer<T>(response: Response): Promise<T> {
    if (!response.ok) {
      let problem: Problem = {};
      try {
        problem = (await response.json()) as Problem;
      } catch {
        // Not every failure has a JSON body (a proxy's 502, say); the status alone still explains it.
      }
      if (response.status === 401) this.onSignedOut();
      throw new ApiError(response.status, problem);
    }
    return parseJson<T>(await response.text());
  }

  /** Who is signed in; undefined for an anonymous visitor (public read), without sending them to sign in. */
  async account(): Promise<Account | undefined> {
    const response = await this.fetcher('/api/account', { headers: { Accept: 'application/json' } });
    if (response.status === 401) return undefined;
    if (!response.ok) throw new ApiError(response.status, {});
    return parseJson<Account>(await response.text());
  }

  accounts = () => this.get<AccountRecord[]>('/api/accounts', { limit: 1000 });
  createAccount = (account: AccountChange & { username: string }) => this.send<AccountRecord & { password?: string }>('POST', '/api/accounts', account);
  updateAccount = (username: string, change: AccountChange) => this.send<AccountRecord>('PUT', `/api/accounts/${encodeURIComponent(username)}`, change);
  /** Sets a generated password and answers it (shown once). */
  resetPassword = (username: string) => this.send<{ password: string }>('PUT', `/api/accounts/${encodeURIComponent(username)}/password`, { password: null });
  deleteAccount = (username: string) => this.send<void>('DELETE', `/api/accounts/${encodeURIComponent(username)}`);

  forces = () => this.get<Force[]>('/api/forces', { limit: 1000 });
  force = (id: string) => this.get<ForceDetail>(`/api/forces/${encodeURIComponent(id)}`);
  collaborations = (params: Params = {}) => this.get<Collaboration[]>('/api/collaborations', { limit: 1000, ...params });
  collaboration = (id: string) => this.get<Collaboration>(`/api/collaborations/${encodeURIComponent(id)}`);
  functions = () => this.get<PolicingFunction[]>('/api/functions', { limit: 1000 });
  /** The collaborations covering a function, a page at a time (by id), with how many there are in all. */
  collaborationsCovering = (fn: string, limit: number, offset = 0) => this.page<Collaboration>('/api/collaborations', { function: fn, limit, offset });
  /** The register's collaborations, up to 1,000, with how many there are in all. */
  collaborationPage = (params: Params = {}) => this.page<Collaboration>('/api/collaborations', { limit: 1000, ...params });
  functionPage = () => this.page<PolicingFunction>('/api/functions', { limit: 1000 });
  people = (collaboration: string) => this.get<Person[]>('/api/people', { collaboration });
  lessons = (params: Params = {}) => this.get<Lesson[]>('/api/lessons', { limit: 1000, ...params });
  graph = (params: Params, signal?: AbortSignal) => this.get<Graph>('/api/graph', params, signal);
  // The panel lists every member's cost share up to a few hundred; beyond that it says how many are not shown.
  withdrawal = (params: { force: string; collaboration?: string; at?: string }) =>
    this.get<Withdrawal>('/api/analytics/withdrawal', { memberLimit: 500, ...params });
  // The list answers come wrapped with the snapshot they reflect; the panels want the lists.
  similarForces = async (force: string, at?: string) =>
    (await this.get<SimilarForces>('/api/analytics/similar-forces', { force, limit: 5, at })).similar;
  similarCollaborations = async (collaboration: string) =>
    (await this.get<SimilarCollaborations>('/api/analytics/similar-collaborations', { collaboration, limit: 5 })).similar;
  overlaps = (params: Params) => this.get<Overlaps>('/api/analytics/overlaps', params);
  contacts = async (params: { topic: string; force?: string; at?: string; limit?: number }) =>
    (await this.get<Contacts>('/api/analytics/contacts', params)).contacts;
  alliances = (at?: string) => this.get<Alliances>('/api/analytics/alliances', { at });
}

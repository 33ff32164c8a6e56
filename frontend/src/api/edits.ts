import { ApiError, parseJson, type Fetcher } from './client';
import { cookie } from './session';
import type { Problem } from './types';

/** An entity as read for editing, with the version (the ETag) a change must send back as If-Match. */
export interface Versioned<T> {
  value: T;
  version?: string;
}

/**
 * The writes of editing in place: reads that keep the ETag, and changes that send it back as If-Match, so a
 * change made from a stale version is answered 412 rather than silently overwriting someone else's.
 */
export class EditApi {
  constructor(
    private readonly fetcher: Fetcher = (input, init) => fetch(input, init),
    private readonly csrfToken: () => string | undefined = () => cookie('XSRF-TOKEN'),
  ) {}

  async read<T>(path: string): Promise<Versioned<T>> {
    return this.answer<T>(await this.fetcher(path, { headers: { Accept: 'application/json' }, cache: 'no-store' }));
  }

  async write<T>(method: 'POST' | 'PUT' | 'DELETE', path: string, body: unknown, version?: string): Promise<Versioned<T | undefined>> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    const token = this.csrfToken();
    if (token) headers['X-XSRF-TOKEN'] = token;
    if (version) headers['If-Match'] = version;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await this.fetcher(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    if (response.status === 204) return { value: undefined, version: response.headers.get('ETag') ?? undefined };
    return this.answer<T>(response);
  }

  private async answer<T>(response: Response): Promise<Versioned<T>> {
    if (!response.ok) {
      let problem: Problem & { currentVersion?: number } = {};
      try {
        problem = (await response.json()) as Problem;
      } catch {
        // no JSON body: the status still says what went wrong
      }
      throw new ApiError(response.status, problem);
    }
    const text = await response.text();
    return { value: (text ? parseJson<T>(text) : undefined) as T, version: response.headers.get('ETag') ?? undefined };
  }
}

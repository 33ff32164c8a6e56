// Who is signed in and what their roles let them do: the page shows and hides by it. The server decides
// every request anyway; this only keeps the page from offering what would be refused.

export type RoleLabel = 'viewer' | 'contact-viewer' | 'editor' | 'admin' | 'operator';

/** GET /api/account: the roles come expanded (an admin also holds viewer, contact-viewer, editor, operator). */
export interface Account {
  name: string;
  via: 'password' | 'token' | 'oidc' | 'jwt' | string;
  roles: RoleLabel[];
  forces: string[];
  local: boolean;
}

export class Session {
  constructor(
    /** Undefined for an anonymous visitor (the register open to read without signing in). */
    readonly account: Account | undefined,
  ) {}

  get signedIn(): boolean {
    return this.account !== undefined;
  }

  has(role: RoleLabel): boolean {
    // an anonymous visitor only ever gets this far when the register is open to read
    if (!this.account) return role === 'viewer';
    return this.account.roles.includes(role);
  }

  /** Names and contact details of people: contact-viewers and above. */
  get seesPersonalData(): boolean {
    return this.has('contact-viewer');
  }

  get isAdmin(): boolean {
    return this.has('admin');
  }

  /** Editors and admins: they may import a spreadsheet (each row judged by their rights). */
  get mayImport(): boolean {
    return this.has('editor');
  }

  /** Whether the account may edit what belongs to the force (an admin, or an editor granted it). */
  mayEditFor(force: string): boolean {
    return this.isAdmin || (this.has('editor') && (this.account?.forces.includes(force) ?? false));
  }

  /** The highest role held, for the header: "admin", "editor (kent, essex)", ... */
  describe(): string {
    if (!this.account) return 'not signed in';
    const order: RoleLabel[] = ['admin', 'editor', 'contact-viewer', 'viewer', 'operator'];
    const top = order.find((r) => this.has(r)) ?? 'no role';
    return top === 'editor' && this.account.forces.length ? `editor for ${this.account.forces.join(', ')}` : top;
  }
}

/** The value of a cookie the page may read (the CSRF token's); undefined when there is none. */
export function cookie(name: string, source: string = typeof document === 'undefined' ? '' : document.cookie): string | undefined {
  for (const part of source.split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/** Signs the browser's session out: a form POST with the CSRF token, then the sign-in page. */
export function signOut(): void {
  const form = document.createElement('form');
  form.method = 'post';
  form.action = '/signout';
  const token = document.createElement('input');
  token.type = 'hidden';
  token.name = '_csrf';
  token.value = cookie('XSRF-TOKEN') ?? '';
  form.append(token);
  document.body.append(form);
  form.submit();
}

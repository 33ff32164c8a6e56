import './styles.css';
import { cookie } from './api/session';
import { h } from './ui/dom';

// The sign-in page: the local accounts' form (posted to /signin with the CSRF token from its cookie), a link
// per identity provider, and what happened last time (?error, ?wait=N, ?signed-out, ?error=provider).

interface SignInOptions {
  localAccounts: boolean;
  providers: { name: string; url: string }[];
  publicRead: boolean;
}

export function messageFor(query: string): { text: string; error: boolean } | undefined {
  const params = new URLSearchParams(query);
  if (params.get('error') === 'provider') return { text: 'Signing in through your identity provider did not succeed. Try again, or ask your administrator.', error: true };
  if (params.has('error')) return { text: 'That username and password did not match an account.', error: true };
  const wait = params.get('wait');
  if (wait) return { text: `Too many failed sign-ins for this username: try again in ${wait} seconds.`, error: true };
  if (params.has('signed-out')) return { text: 'You have signed out.', error: false };
  return undefined;
}

async function start() {
  const message = messageFor(location.search);
  if (message) document.getElementById('signin-message')!.replaceChildren(h('p', { class: message.error ? 'error' : 'note' }, message.text));
  const form = document.getElementById('signin-form') as HTMLFormElement;
  form.addEventListener('submit', () => {
    (document.getElementById('csrf') as HTMLInputElement).value = cookie('XSRF-TOKEN') ?? '';
  });
  try {
    const response = await fetch('/api/sign-in', { headers: { Accept: 'application/json' } });
    const options = (await response.json()) as SignInOptions;
    const providers = document.getElementById('providers')!;
    for (const p of options.providers) providers.append(h('a', { href: p.url, class: 'provider' }, `Sign in with ${p.name}`));
    if (options.providers.length && options.localAccounts) providers.append(h('p', { class: 'or' }, 'or with an account of this register'));
    form.hidden = !options.localAccounts;
    document.getElementById('public-read')!.hidden = !options.publicRead;
  } catch {
    // the form still works without the options
  }
  document.body.dataset.signin = 'ready';
}

if (typeof document !== 'undefined' && document.getElementById('signin')) void start();

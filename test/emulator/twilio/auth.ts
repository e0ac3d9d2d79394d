/** HTTP Basic auth -> who is calling (an account's Auth Token, an API key, or test credentials). */
import { timingSafeEqual } from 'node:crypto';
import { authenticate } from './errors.js';
import type { StoredKey, Store } from './store.js';
import type { AccountRecord } from './types.js';

export type Principal =
  /** Account SID + its primary or secondary Auth Token. */
  | { kind: 'account'; user: string; account: AccountRecord }
  /** API key SID + secret; `account` is the key's account. */
  | { kind: 'key'; user: string; account: AccountRecord; key: StoredKey }
  /** Test Account SID + test Auth Token. */
  | { kind: 'test'; user: string; account: AccountRecord };

/** The user name of a Basic Authorization header, or undefined. */
export function basicUser(header: string | undefined): string | undefined {
  return parseBasic(header)?.user;
}

function parseBasic(header: string | undefined): { user: string; password: string } | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  return { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Resolves the caller, or throws 401 / 20003. Credentials are regional: an Auth Token or key authenticates
 * only in its own Region; test credentials only in US1.
 */
export function authenticateRequest(store: Store, header: string | undefined, region = 'us1'): Principal {
  const creds = parseBasic(header);
  if (!creds) throw authenticate();
  const { user, password } = creds;
  if (user.startsWith('AC')) {
    const account = store.accounts.get(user);
    if (!account) throw authenticate();
    if (account.test) {
      if (region === 'us1' && same(password, account.authToken)) return { kind: 'test', user, account };
      throw authenticate();
    }
    if (region !== 'us1') {
      const token = account.regionalAuthTokens.get(region);
      if (token !== undefined && same(password, token)) return { kind: 'account', user, account };
      throw authenticate();
    }
    const secondary = account.secondary?.token;
    if (same(password, account.authToken) || (secondary !== undefined && same(password, secondary))) {
      return { kind: 'account', user, account };
    }
    throw authenticate();
  }
  if (user.startsWith('SK')) {
    const key = store.keys.get(user);
    if (!key || key.region !== region || !same(password, key.secret)) throw authenticate();
    return { kind: 'key', user, account: store.account(key.accountSid), key };
  }
  throw authenticate();
}

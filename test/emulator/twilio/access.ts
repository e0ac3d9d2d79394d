/** Who may do what: account scope (parent -> subaccounts), key types, restricted-key permissions. */
import type { Principal } from './auth.js';
import { authenticate, notFound, TwilioError } from './errors.js';
import { allows } from './permissions.js';
import type { Store } from './store.js';
import type { AccountRecord } from './types.js';

export const ACCOUNT_SID = /^AC[0-9a-fA-F]{32}$/;

/**
 * The account the request acts on must be the caller's own account or one of its subaccounts:
 * unknown -> 404 / 20404, someone else's -> 401 / 20003.
 */
export function accountInScope(
  store: Store,
  principal: Principal,
  accountSid: string,
  path: string,
): AccountRecord {
  const target = store.accounts.get(accountSid);
  if (!target) throw notFound(path);
  if (!store.inScope(principal.account, accountSid)) throw authenticate();
  return target;
}

export type KeyAction = 'create' | 'list' | 'read' | 'update' | 'delete';

/**
 * IAM /v1/Keys: Auth Token and Main keys may; restricted keys need /twilio/iam/api-keys/<action>;
 * Standard keys never. Refusals are 401 / 20003.
 */
export function requireKeyAdmin(principal: Principal, action: KeyAction): void {
  if (principal.kind === 'account') return;
  if (principal.kind !== 'key') throw authenticate();
  const { key } = principal;
  if (key.type === 'main') return;
  if (key.type === 'standard') throw authenticate("Authenticate: Standard API keys can't manage API keys");
  const permission = `/twilio/iam/api-keys/${action}`;
  if (!allows(key.policy, permission)) throw authenticate(`Authenticate: this API key lacks ${permission}`);
}

/** Accounts v1 (Auth Tokens): the account's own Auth Token, or a Main key. Refusals are 401 / 20003. */
export function requireAccountAdmin(principal: Principal): AccountRecord {
  if (principal.kind === 'account') return principal.account;
  if (principal.kind === 'key' && principal.key.type === 'main') return principal.account;
  throw authenticate('Authenticate: only the Auth Token or a Main API key may manage Auth Tokens');
}

/** Product endpoints (Messages, Calls, ...): restricted keys need `permission`, else 403 / 70051. */
export function requirePermission(principal: Principal, permission: string): void {
  if (principal.kind !== 'key' || principal.key.type !== 'restricted') return;
  if (!allows(principal.key.policy, permission)) {
    throw new TwilioError(403, 70051, `Authorization error: this API key lacks the permission ${permission}`);
  }
}

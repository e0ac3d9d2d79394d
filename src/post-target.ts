// What the post step needs to delete the key: the state main saved (account SID, admin key SID, API
// URL) and the admin credential, nothing else. Inputs and variables unrelated to deletion, which later
// steps may have changed (GITHUB_ENV), cannot stop it. Pure.
import type { AdminCredential, TwilioTarget } from './config.js';
import { TIMEOUT_VARIABLE } from './inputs.js';
import { DEFAULT_TIMEOUT_MS } from './inputs/fields.js';
import { STATE, type StateName } from './names/state.js';
import { parseLocation } from './twilio/regions.js';

type Env = Readonly<Record<string, string | undefined>>;

export type PostTarget =
  | { readonly ok: true; readonly twilio: TwilioTarget; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly problem: string; readonly warnings: readonly string[] };

/** The per-request timeout; a value that does not parse is a warning and the default, never a stop. */
export function tolerantTimeout(env: Env): { timeoutMs: number; warning?: string } {
  const raw = env[TIMEOUT_VARIABLE];
  if (!raw) return { timeoutMs: DEFAULT_TIMEOUT_MS };
  if (/^\d+$/.test(raw) && Number(raw) >= 100) return { timeoutMs: Number(raw) };
  return {
    timeoutMs: DEFAULT_TIMEOUT_MS,
    warning: `Environment variable ${TIMEOUT_VARIABLE} is not a whole number of milliseconds (at least 100); the post step used ${DEFAULT_TIMEOUT_MS} ms. Remove it, or set it to a number.`,
  };
}

export function postTarget(
  state: (name: StateName) => string,
  input: (name: string) => string,
  env: Env,
): PostTarget {
  const { timeoutMs, warning } = tolerantTimeout(env);
  const warnings = warning ? [warning] : [];
  // A main step of an older version saved no account SID: the input is the only source then.
  const accountSid = state(STATE.accountSid) || input('account-sid');
  const saved = state(STATE.adminCredential);
  const fail = (problem: string): PostTarget => ({ ok: false, problem, warnings });
  if (!/^AC[0-9a-fA-F]{32}$/.test(accountSid)) return fail(`the Account SID is unknown.`);
  let credential: AdminCredential;
  if (saved === 'auth-token' || (!saved && input('auth-token'))) {
    const password = input('auth-token');
    if (!password) return fail(`auth-token, the credential main used, is empty in the post step.`);
    credential = { kind: 'auth-token', username: accountSid, password };
  } else {
    const username = saved || input('api-key');
    const password = input('api-secret');
    if (!username || !password)
      return fail(`api-key and api-secret, the credential main used, are empty in the post step.`);
    credential = { kind: 'api-key', username, password };
  }
  const apiUrl = state(STATE.twilioApiUrl) || undefined;
  // The Region main made the key in (`region` or `region.edge`; none saved: legacy US1).
  const [region = '', edge = ''] = state(STATE.location).split('.');
  const parsed = parseLocation(region, edge);
  if (!parsed.ok) return fail(`the saved Twilio Region '${state(STATE.location)}' is unknown.`);
  const twilio: TwilioTarget = { accountSid, credential, apiUrl, timeoutMs };
  return {
    ok: true,
    twilio: state(STATE.location) ? { ...twilio, location: parsed.location } : twilio,
    warnings,
  };
}

/**
 * Until when the post step keeps looking for a key whose create main sent but never saw answered: the
 * create's own timeout after it was sent, never more than that from now (a clock that jumped).
 */
export function createDeadline(state: (name: StateName) => string, now: number): number | undefined {
  const sentAt = Number(state(STATE.createSentAt));
  const timeoutMs = Number(state(STATE.createTimeoutMs));
  if (!Number.isFinite(sentAt) || sentAt <= 0 || !Number.isFinite(timeoutMs) || timeoutMs <= 0)
    return undefined;
  return Math.min(sentAt + timeoutMs, now + timeoutMs);
}

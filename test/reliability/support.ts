// Shared by the reliability tests: a fresh pair of emulators per cell (fault rules are per emulator,
// so cells can run concurrently), seeding, and reading back what the action left behind.
import sodium from 'libsodium-wrappers';
import type { ExpectStatic } from 'vitest';
import { startGitHubEmulator, type GitHubEmulator, type ScopeRef } from '../emulator/github/index.js';
import { startTwilioEmulator, type TwilioEmulator } from '../emulator/twilio/index.js';
import type { StepResult } from '../harness/action.js';
import { watchGitHub, watchTwilio } from '../harness/leak-scan.js';

export const H = 3_600_000;
export const TOKEN = 'ghs_reliability0writer0token0000000000';
export const REPO = 'octo/app';
export const ENVIRONMENT = 'production';
export const NAMES = ['TWILIO_ACCOUNT_SID', 'TWILIO_API_KEY', 'TWILIO_API_SECRET'] as const;

/**
 * Per-request client timeout for the action, read from the environment by src/inputs.ts (both the Twilio
 * and the GitHub client). Steps that meet no hang keep the default (30 s), so a healthy answer that a busy
 * machine delivers late is never taken for a hang. Tests that inject a hang set HANG_ENV: the hung request
 * ends when the client gives up, after HANG_TIMEOUT_MS. 2 s is well above the worst event-loop lag seen
 * with the fault matrix's cells side by side on a loaded 2-core machine (~0.9 s at load 14); a healthy
 * answer later than that shows in the log as a timeout, and the matrix counts and tolerates it.
 */
export const TIMEOUT_VARIABLE = 'TWILIO_CREDENTIALS_HTTP_TIMEOUT_MS';
export const HANG_TIMEOUT_MS = 2_000;
export const STEP_ENV: Record<string, string> = {};
export const HANG_ENV: Record<string, string> = { [TIMEOUT_VARIABLE]: String(HANG_TIMEOUT_MS) };

export const repoScope: ScopeRef = { repository: REPO };
export const envScope: ScopeRef = { repository: REPO, environment: ENVIRONMENT };

export interface Cell {
  readonly twilio: TwilioEmulator;
  readonly github: GitHubEmulator;
  readonly account: { readonly sid: string; readonly authToken: string };
  close(): Promise<void>;
}

export async function startCell(): Promise<Cell> {
  const [twilio, github] = await Promise.all([
    startTwilioEmulator().then(watchTwilio),
    startGitHubEmulator().then(watchGitHub),
  ]);
  const account = twilio.addAccount();
  github.addRepository(REPO, { environments: [ENVIRONMENT] });
  github.addToken(TOKEN, 'write');
  return {
    twilio,
    github,
    account,
    close: async () => {
      await Promise.all([twilio.close(), github.close()]);
    },
  };
}

/** Runs `body` against a fresh cell and closes the cell however `body` ends. */
export async function withCell<T>(body: (c: Cell) => Promise<T>): Promise<T> {
  const c = await startCell();
  try {
    return await body(c);
  } finally {
    await c.close();
  }
}

/** A test function whose body gets a fresh cell and the test's own expect (for describe.concurrent). */
export function inCell(
  body: (c: Cell, expect: ExpectStatic) => Promise<void>,
): (context: { expect: ExpectStatic }) => Promise<void> {
  return ({ expect }) => withCell((c) => body(c, expect));
}

/** The Twilio inputs of the cell's account; `extra` adds or overrides. */
export function twilioInputs(c: Cell, extra: Record<string, string> = {}): Record<string, string> {
  return {
    'account-sid': c.account.sid,
    'auth-token': c.account.authToken,
    'twilio-api-url': c.twilio.url,
    ...extra,
  };
}

/** The GitHub inputs for writing `secrets` with the cell's token. */
export function githubInputs(c: Cell, secrets: string): Record<string, string> {
  return { secrets, 'github-token': TOKEN, 'github-api-url': c.github.url };
}

/** Ephemeral mode with messaging permissions and the repository secret target (cancel, timeouts). */
export function ephemeralInputs(c: Cell, twilioUrl = c.twilio.url): Record<string, string> {
  return {
    ...twilioInputs(c, { permissions: 'messaging', 'twilio-api-url': twilioUrl }),
    ...githubInputs(c, 'repository'),
  };
}

/**
 * Writes a secret the way a previous run would have (sealed, through the API), `ageMs` ago: GitHub's
 * updated_at then tells a write of this run from the seed, as it does after a real previous run.
 */
export async function seedSecret(
  github: GitHubEmulator,
  scope: ScopeRef,
  name: string,
  value: string,
  ageMs = 0,
): Promise<void> {
  await sodium.ready;
  const { keyId, key } = github.publicKey(scope);
  const sealed = sodium.to_base64(
    sodium.crypto_box_seal(
      sodium.from_string(value),
      sodium.from_base64(key, sodium.base64_variants.ORIGINAL),
    ),
    sodium.base64_variants.ORIGINAL,
  );
  const path =
    'environment' in scope
      ? `/repos/${scope.repository}/environments/${encodeURIComponent(scope.environment)}/secrets/${name}`
      : 'organization' in scope
        ? `/orgs/${scope.organization}/actions/secrets/${name}`
        : `/repos/${scope.repository}/actions/secrets/${name}`;
  const res = await fetch(github.url + path, {
    method: 'PUT',
    headers: { Authorization: `token ${TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      encrypted_value: sealed,
      key_id: keyId,
      ...('organization' in scope && { visibility: 'all' }),
    }),
  });
  if (res.status !== 201 && res.status !== 204)
    throw new Error(`seeding ${name}: ${res.status} ${await res.text()}`);
  if (ageMs) github.backdateSecret(scope, name, ageMs);
}

export interface Triple {
  readonly accountSid: string | undefined;
  readonly sid: string | undefined;
  readonly secret: string | undefined;
}

export function triple(github: GitHubEmulator, scope: ScopeRef, prefix = 'TWILIO_'): Triple {
  const read = (n: string) => github.secret(scope, prefix + n)?.plaintext;
  return { accountSid: read('ACCOUNT_SID'), sid: read('API_KEY'), secret: read('API_SECRET') };
}

export const absent = (t: Triple): boolean =>
  t.accountSid === undefined && t.sid === undefined && t.secret === undefined;

/** ::error:: and ::warning:: messages of the steps, in order. */
export function problems(steps: readonly StepResult[]): { errors: string[]; warnings: string[] } {
  const errors: string[] = [];
  const warnings: string[] = [];
  for (const s of steps)
    for (const c of s.commands) {
      if (c.command === 'error') errors.push(c.message);
      if (c.command === 'warning') warnings.push(c.message);
    }
  return { errors, warnings };
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves once `predicate` holds (polled every 2 ms), or rejects after `timeoutMs`. */
export async function until(predicate: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!predicate()) {
    if (performance.now() > deadline) throw new Error('condition not reached in time');
    await sleep(2);
  }
}

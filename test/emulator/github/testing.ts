/**
 * What the GitHub emulator's own tests share: a fresh, seeded emulator per test, a raw fetch client, the
 * action's secrets API wired to the emulator with recorded sleeps and logs, and sealing.
 */
import sodium from 'libsodium-wrappers';
import { afterEach, beforeAll, beforeEach, expect } from 'vitest';
import type { SecretTarget } from '../../../src/config.js';
import { createSecretsApi, type SecretsApiDeps, type SecretValue } from '../../../src/github/secrets.js';
import { parseTargets } from '../../../src/inputs/secret-targets.js';
import { startGitHubEmulator, type GitHubEmulator, type RequestRecord } from './index.js';

export const ORG = 'octo-org';
export const REPO = `${ORG}/app`;
export const ENV = 'prod / eu'; // a space and a slash: must travel as prod%20%2F%20eu
export const WRITE = 'ghp_write';
export const READ_ONLY = 'ghs_readonly';

export const VALUES: SecretValue[] = [
  { name: 'TWILIO_ACCOUNT_SID', value: 'AC0123456789abcdef0123456789abcdef' },
  { name: 'TWILIO_API_KEY', value: 'SKfedcba9876543210fedcba9876543210' },
  { name: 'TWILIO_API_SECRET', value: 'sEcReTvAlUe+/=0123456789abcdefXYZ' },
];

let emu: GitHubEmulator;

/**
 * Before each test: a new emulator with organization ORG, its repositories REPO (environments ENV and
 * production) and ORG/other, a personal repository, and the WRITE and READ_ONLY tokens, handed to `set`
 * with the two repositories' ids; closed after the test.
 */
export function useGitHub(set: (g: { emu: GitHubEmulator; appId: number; otherId: number }) => void): void {
  beforeAll(async () => {
    await sodium.ready;
  });
  beforeEach(async () => {
    emu = await startGitHubEmulator();
    emu.addOrganization(ORG);
    const appId = emu.addRepository(REPO, { environments: [ENV, 'production'] }).id;
    const otherId = emu.addRepository(`${ORG}/other`).id;
    emu.addRepository('someone/personal');
    emu.addToken(WRITE, 'write');
    emu.addToken(READ_ONLY, 'read-only');
    set({ emu, appId, otherId });
  });
  afterEach(async () => {
    await emu.close();
  });
}

export function targets(raw: string): SecretTarget[] {
  const r = parseTargets(raw, REPO);
  expect(r.problems).toEqual([]);
  return r.value;
}

export interface Harness {
  api: ReturnType<typeof createSecretsApi>;
  sleeps: number[];
  logs: string[];
}

export function harness(token = WRITE, deps: SecretsApiDeps = {}): Harness {
  const sleeps: number[] = [];
  const logs: string[] = [];
  const api = createSecretsApi(
    { token, apiUrl: emu.url, timeoutMs: 20_000 },
    {
      sleep: async (ms) => {
        sleeps.push(ms);
      },
      log: {
        info: (m) => logs.push(`info ${m}`),
        warning: (m) => logs.push(`warning ${m}`),
        debug: (m) => logs.push(`debug ${m}`),
      },
      random: () => 0.5,
      ...deps,
    },
  );
  return { api, sleeps, logs };
}

export async function raw(
  method: string,
  path: string,
  opts: { token?: string | undefined; body?: unknown } = {},
) {
  const headers: Record<string, string> = {};
  const token = 'token' in opts ? opts.token : WRITE;
  if (token !== undefined) headers.authorization = `token ${token}`;
  if (opts.body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(emu.url + path, {
    method,
    headers,
    ...(opts.body !== undefined
      ? { body: typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body) }
      : {}),
  });
  const text = await res.text();
  return {
    status: res.status,
    headers: res.headers,
    body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined,
  };
}

export function seal(key: string, value: string): string {
  const sealed = sodium.crypto_box_seal(value, sodium.from_base64(key, sodium.base64_variants.ORIGINAL));
  return sodium.to_base64(sealed, sodium.base64_variants.ORIGINAL);
}

export const envPath = `/repos/${REPO}/environments/${encodeURIComponent(ENV)}/secrets`;
export const count = (pred: (r: RequestRecord) => boolean): number => emu.requests.filter(pred).length;

/** Most requests in flight at once, from the emulator's arrival/answer times. */
export function maxInFlight(records: RequestRecord[]): number {
  const events = records.flatMap((r) => [
    [r.startedAt, 1],
    [r.endedAt ?? Infinity, -1],
  ]) as Array<[number, number]>;
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let now = 0;
  let max = 0;
  for (const [, d] of events) max = Math.max(max, (now += d));
  return max;
}

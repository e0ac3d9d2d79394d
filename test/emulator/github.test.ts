// The GitHub emulator, and src/github/secrets.ts end to end against it.
import { spawn } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import sodium from 'libsodium-wrappers';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SecretTarget } from '../../src/config.js';
import { GitHubError } from '../../src/github/errors.js';
import { createNodeFetch } from '../../src/github/http.js';
import { decideRetry, DEFAULT_RETRY } from '../../src/retry.js';
import { createSecretsApi, type SecretsApiDeps, type SecretValue } from '../../src/github/secrets.js';
import { parseTargets } from '../../src/inputs/secret-targets.js';
import { startGitHubEmulator, type GitHubEmulator, type RequestRecord } from './github/index.js';

const ORG = 'octo-org';
const REPO = `${ORG}/app`;
const ENV = 'prod / eu'; // a space and a slash: must travel as prod%20%2F%20eu
const WRITE = 'ghp_write';
const READ_ONLY = 'ghs_readonly';

const VALUES: SecretValue[] = [
  { name: 'TWILIO_ACCOUNT_SID', value: 'AC0123456789abcdef0123456789abcdef' },
  { name: 'TWILIO_API_KEY', value: 'SKfedcba9876543210fedcba9876543210' },
  { name: 'TWILIO_API_SECRET', value: 'sEcReTvAlUe+/=0123456789abcdefXYZ' },
];

let emu: GitHubEmulator;
let otherId: number;
let appId: number;

beforeAll(async () => {
  await sodium.ready;
});

beforeEach(async () => {
  emu = await startGitHubEmulator();
  emu.addOrganization(ORG);
  appId = emu.addRepository(REPO, { environments: [ENV, 'production'] }).id;
  otherId = emu.addRepository(`${ORG}/other`).id;
  emu.addRepository('someone/personal');
  emu.addToken(WRITE, 'write');
  emu.addToken(READ_ONLY, 'read-only');
});

afterEach(async () => {
  await emu.close();
});

function targets(raw: string): SecretTarget[] {
  const r = parseTargets(raw, REPO);
  expect(r.problems).toEqual([]);
  return r.value;
}

interface Harness {
  api: ReturnType<typeof createSecretsApi>;
  sleeps: number[];
  logs: string[];
}

function harness(token = WRITE, deps: SecretsApiDeps = {}): Harness {
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

async function raw(method: string, path: string, opts: { token?: string | undefined; body?: unknown } = {}) {
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

function seal(key: string, value: string): string {
  const sealed = sodium.crypto_box_seal(value, sodium.from_base64(key, sodium.base64_variants.ORIGINAL));
  return sodium.to_base64(sealed, sodium.base64_variants.ORIGINAL);
}

const envPath = `/repos/${REPO}/environments/${encodeURIComponent(ENV)}/secrets`;
const count = (pred: (r: RequestRecord) => boolean): number => emu.requests.filter(pred).length;

/** Most requests in flight at once, from the emulator's arrival/answer times. */
function maxInFlight(records: RequestRecord[]): number {
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

describe('GitHub emulator', () => {
  it('serves a 32-byte libsodium public key per scope in standard base64, with rate-limit headers', async () => {
    const paths = [
      `/repos/${REPO}/actions/secrets/public-key`,
      `${envPath}/public-key`,
      `/orgs/${ORG}/actions/secrets/public-key`,
    ];
    const keys = new Set<string>();
    for (const path of paths) {
      const res = await raw('GET', path);
      expect(res.status).toBe(200);
      const { key_id: keyId, key } = res.body as { key_id: string; key: string };
      expect(keyId).toMatch(/^\d{18}$/);
      expect(sodium.from_base64(key, sodium.base64_variants.ORIGINAL)).toHaveLength(32);
      keys.add(key);
      for (const h of ['limit', 'remaining', 'reset', 'used', 'resource'])
        expect(res.headers.get(`x-ratelimit-${h}`)).toBeTruthy();
      expect(res.headers.get('x-github-request-id')).toBeTruthy();
    }
    expect(keys.size).toBe(3);
    expect(emu.publicKey({ repository: REPO, environment: ENV }).key).toBe(
      ((await raw('GET', `${envPath}/public-key`)).body as { key: string }).key,
    );
  });

  it('models tokens: none or unknown -> 401, read-only -> 403 on secrets but may read the repository', async () => {
    const keyPath = `/repos/${REPO}/actions/secrets/public-key`;
    expect(await raw('GET', keyPath, { token: undefined })).toMatchObject({
      status: 401,
      body: { message: 'Requires authentication' },
    });
    const bad = await raw('GET', keyPath, { token: 'nope' });
    expect(bad).toMatchObject({ status: 401, body: { message: 'Bad credentials', status: '401' } });
    expect(bad.body?.documentation_url).toMatch(/^https:\/\/docs\.github\.com/);
    expect(bad.headers.get('x-ratelimit-limit')).toBe('5000');
    for (const [method, path] of [
      ['GET', keyPath],
      ['PUT', `/repos/${REPO}/actions/secrets/X`],
      ['DELETE', `/repos/${REPO}/actions/secrets/X`],
      ['GET', `${envPath}/public-key`],
      ['GET', `/orgs/${ORG}/actions/secrets/public-key`],
    ] as const) {
      expect(
        await raw(method, path, { token: READ_ONLY, body: method === 'PUT' ? {} : undefined }),
      ).toMatchObject({
        status: 403,
        body: { message: 'Resource not accessible by integration' },
      });
    }
    expect(await raw('GET', `/repos/${REPO}`, { token: READ_ONLY })).toMatchObject({
      status: 200,
      body: { id: appId, full_name: REPO },
    });
  });

  it('creates (201), updates (204), reads, deletes (204) and then 404s; names are case-insensitive', async () => {
    const { key_id: keyId, key } = (await raw('GET', `${envPath}/public-key`)).body as {
      key_id: string;
      key: string;
    };
    const put = (value: string) =>
      raw('PUT', `${envPath}/my_secret`, { body: { encrypted_value: seal(key, value), key_id: keyId } });
    expect((await put('one')).status).toBe(201);
    expect((await put('two')).status).toBe(204);
    expect(
      emu.secret({ repository: REPO.toUpperCase(), environment: ENV.toUpperCase() }, 'MY_SECRET'),
    ).toMatchObject({ name: 'MY_SECRET', plaintext: 'two' });
    expect(await raw('GET', `${envPath}/MY_SECRET`)).toMatchObject({
      status: 200,
      body: { name: 'MY_SECRET' },
    });
    expect(emu.secrets()).toEqual([{ scopeLabel: `environment:${REPO}:${ENV}`, name: 'MY_SECRET' }]);
    expect((await raw('DELETE', `${envPath}/My_Secret`)).status).toBe(204);
    expect((await raw('DELETE', `${envPath}/MY_SECRET`)).status).toBe(404);
    expect(emu.secrets()).toEqual([]);
  });

  it('validates PUTs like GitHub: 422 for names, key ids, ciphertexts it cannot open, and URL-safe base64', async () => {
    const { key_id: keyId, key } = (await raw('GET', `/repos/${REPO}/actions/secrets/public-key`)).body as {
      key_id: string;
      key: string;
    };
    const path = (n: string) => `/repos/${REPO}/actions/secrets/${n}`;
    const good = { encrypted_value: seal(key, 'v'), key_id: keyId };
    expect((await raw('PUT', path('GITHUB_TOKEN'), { body: good })).body?.message).toMatch(
      /must not start with GITHUB_/,
    );
    expect((await raw('PUT', path('1ABC'), { body: good })).status).toBe(422);
    expect((await raw('PUT', path('A-B'), { body: good })).status).toBe(422);
    expect((await raw('PUT', path('OK'), { body: { ...good, key_id: '1' } })).body?.message).toMatch(
      /key_id/,
    );
    const otherKey = emu.publicKey({ organization: ORG }).key;
    expect(
      (await raw('PUT', path('OK'), { body: { ...good, encrypted_value: seal(otherKey, 'v') } })).body
        ?.message,
    ).toMatch(/could not decrypt/);
    const urlSafe = sodium.to_base64(
      sodium.from_base64(good.encrypted_value, sodium.base64_variants.ORIGINAL),
      sodium.base64_variants.URLSAFE_NO_PADDING,
    );
    expect((await raw('PUT', path('OK'), { body: { ...good, encrypted_value: urlSafe } })).status).toBe(422);
    expect((await raw('PUT', path('OK'), { body: '{nope' })).status).toBe(400);
    expect((await raw('PUT', path('OK'), { body: { key_id: keyId } })).status).toBe(422);
    expect(emu.secrets()).toEqual([]);
    expect((await raw('PUT', path('OK'), { body: good })).status).toBe(201);
  });

  it('organization secrets need a visibility; selected_repository_ids must be the organization repositories', async () => {
    const { key_id: keyId, key } = (await raw('GET', `/orgs/${ORG}/actions/secrets/public-key`)).body as {
      key_id: string;
      key: string;
    };
    const path = `/orgs/${ORG}/actions/secrets/S`;
    const body = { encrypted_value: seal(key, 'v'), key_id: keyId };
    expect((await raw('PUT', path, { body })).status).toBe(422);
    expect((await raw('PUT', path, { body: { ...body, visibility: 'public' } })).status).toBe(422);
    expect(
      (await raw('PUT', path, { body: { ...body, visibility: 'all', selected_repository_ids: [appId] } }))
        .status,
    ).toBe(422);
    const personal = emu.requests.length; // someone/personal is not in the organization
    expect(
      (
        await raw('PUT', path, {
          body: { ...body, visibility: 'selected', selected_repository_ids: [appId, 1] },
        })
      ).status,
    ).toBe(422);
    expect(personal).toBeGreaterThan(0);
    expect(
      (
        await raw('PUT', path, {
          body: { ...body, visibility: 'selected', selected_repository_ids: [appId, otherId] },
        })
      ).status,
    ).toBe(201);
    expect(emu.secret({ organization: ORG }, 'S')).toMatchObject({
      plaintext: 'v',
      visibility: 'selected',
      selectedRepositoryIds: [appId, otherId],
    });
    expect(await raw('GET', path)).toMatchObject({
      status: 200,
      body: { visibility: 'selected', selected_repositories_url: expect.stringContaining('/repositories') },
    });
  });

  it('404s for unknown repositories, environments, organizations and routes; decodes environment names', async () => {
    expect((await raw('GET', `/repos/${ORG}/nope/actions/secrets/public-key`)).status).toBe(404);
    expect((await raw('GET', `/repos/${REPO}/environments/nope/secrets/public-key`)).status).toBe(404);
    expect((await raw('GET', `/orgs/nope/actions/secrets/public-key`)).status).toBe(404);
    expect((await raw('GET', `/repos/${ORG}/nope`)).status).toBe(404);
    expect((await raw('GET', `/user`)).status).toBe(404);
    // Unencoded, the slash splits the name across two segments: GitHub (and the emulator) then find nothing.
    expect(
      (await raw('GET', `/repos/${REPO}/environments/prod / eu/secrets/public-key`.replace(/ /g, '%20')))
        .status,
    ).toBe(404);
    expect((await raw('GET', `/repos/${REPO}/environments/PROD%20%2f%20EU/secrets/public-key`)).status).toBe(
      200,
    );
    expect((await raw('GET', `/repos/${REPO}/environments/%E0%A4%A/secrets/public-key`)).status).toBe(400);
  });

  it("answers secondary rate limits with 403, Retry-After and GitHub's message; primary ones with remaining 0", async () => {
    emu.secondaryRateLimit({ times: 1, retryAfter: 7 });
    const limited = await raw('GET', `/repos/${REPO}`);
    expect(limited.status).toBe(403);
    expect(limited.headers.get('retry-after')).toBe('7');
    expect(limited.body?.message).toMatch(/^You have exceeded a secondary rate limit/);
    expect((await raw('GET', `/repos/${REPO}`)).status).toBe(200);
    emu.primaryRateLimit({ times: 1, resetInSeconds: 30 });
    const primary = await raw('GET', `/repos/${REPO}`);
    expect(primary.status).toBe(403);
    expect(primary.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(Number(primary.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000);
  });

  it('injects faults: status, reset, hang and lost-response (which applies the change)', async () => {
    const { keyId, key } = emu.publicKey({ repository: REPO });
    const path = `/repos/${REPO}/actions/secrets/LOST`;
    const id = emu.faults.add({ method: 'PUT', path, kind: 'lost-response' });
    await expect(
      raw('PUT', path, { body: { encrypted_value: seal(key, 'kept'), key_id: keyId } }),
    ).rejects.toThrow();
    expect(emu.secret({ repository: REPO }, 'LOST')?.plaintext).toBe('kept');
    expect(emu.faults.hits(id)).toBe(1);
    emu.faults.add({ path: /public-key$/, nth: 2, kind: 'status', status: 503, retryAfter: 2 });
    expect((await raw('GET', `/repos/${REPO}/actions/secrets/public-key`)).status).toBe(200);
    const res = await raw('GET', `/repos/${REPO}/actions/secrets/public-key`);
    expect(res).toMatchObject({ status: 503, body: { message: 'Service Unavailable', status: '503' } });
    expect(res.headers.get('retry-after')).toBe('2');
    emu.faults.add({ path: `/repos/${REPO}`, kind: 'reset' });
    await expect(raw('GET', `/repos/${REPO}`)).rejects.toThrow();
    emu.faults.clear();
    emu.faults.add({ path: `/repos/${REPO}`, kind: 'hang' });
    const hung = raw('GET', `/repos/${REPO}`);
    hung.catch(() => undefined);
    while (emu.requests.at(-1)?.fault?.kind !== 'hang') await new Promise((r) => setTimeout(r, 5));
    const last = emu.requests.at(-1);
    expect(last).toMatchObject({ status: 0, endedAt: undefined, fault: { kind: 'hang' } });
    expect(emu.requests.map((r) => r.fault?.kind ?? r.status)).toEqual([
      'lost-response',
      200,
      'status',
      'reset',
      'hang',
    ]);
  });
});

describe('createSecretsApi against the emulator', () => {
  const ALL = `repository\nenvironment:${ENV}\norganization:${ORG} visibility=selected repositories=app,other`;

  it('writes repository, environment (name needs encoding) and organization (selected) secrets that decrypt to the values; remove deletes them', async () => {
    const { api, logs } = harness();
    const t = targets(ALL);
    const prepared = await api.prepare(t);
    expect(prepared.map((p) => p.target)).toEqual(t);
    expect(prepared[2]?.repositoryIds).toEqual([appId, otherId]);
    expect(prepared[0]?.repositoryIds).toBeUndefined();

    const report = await api.write(prepared, VALUES);
    expect(report.failed).toEqual([]);
    expect(report.skipped).toEqual([]);
    expect(report.written).toHaveLength(9);
    for (const scope of [
      { repository: REPO },
      { repository: REPO, environment: ENV },
      { organization: ORG },
    ]) {
      for (const { name, value } of VALUES) expect(emu.secret(scope, name)?.plaintext).toBe(value);
    }
    expect(emu.secret({ organization: ORG }, 'TWILIO_API_KEY')).toMatchObject({
      visibility: 'selected',
      selectedRepositoryIds: [appId, otherId],
    });
    expect(
      emu.requests.filter((r) => r.method === 'PUT' && r.path.startsWith(envPath)).map((r) => r.path),
    ).toEqual(VALUES.map((v) => `/repos/${REPO}/environments/prod%20%2F%20eu/secrets/${v.name}`));
    // Within a target, the values go in the given order (API_SECRET last).
    for (const prefix of [`/repos/${REPO}/actions/`, envPath, `/orgs/${ORG}/`]) {
      const puts = emu.requests.filter((r) => r.method === 'PUT' && r.path.startsWith(prefix));
      expect(puts.map((r) => r.path.split('/').at(-1))).toEqual(VALUES.map((v) => v.name));
      expect(puts.every((r, i) => i === 0 || (puts[i - 1]?.endedAt ?? Infinity) <= r.startedAt)).toBe(true);
    }

    const removed = await api.remove(t, [...VALUES.map((v) => v.name), 'TWILIO_AUTH_TOKEN']);
    expect(removed.failed).toEqual([]);
    expect(removed.removed.filter((r) => !r.alreadyGone)).toHaveLength(9);
    expect(removed.removed.filter((r) => r.alreadyGone).map((r) => r.name)).toEqual(
      Array(3).fill('TWILIO_AUTH_TOKEN'),
    );
    expect(emu.secrets()).toEqual([]);

    const text = [...logs, ...emu.requests.map((r) => r.requestBody + r.path)].join('\n');
    for (const { value } of VALUES) expect(text).not.toContain(value);
  });

  it('updating an existing secret works (204), and other repositories work too', async () => {
    const { api } = harness();
    const t = targets('repository:someone/personal\norganization:octo-org visibility=all');
    await api.write(await api.prepare(t), [{ name: 'A', value: '1' }]);
    const again = await api.write(await api.prepare(t), [{ name: 'A', value: '2' }]);
    expect(again.written).toHaveLength(2);
    expect(emu.secret({ repository: 'someone/personal' }, 'A')?.plaintext).toBe('2');
    expect(emu.secret({ organization: ORG }, 'A')).toMatchObject({ plaintext: '2', visibility: 'all' });
    expect(emu.requests.filter((r) => r.method === 'PUT').map((r) => r.status)).toEqual([201, 201, 204, 204]);
  });

  it('prepare fetches every public key once, all targets at the same time', async () => {
    emu.latencyMs = 300;
    const { api } = harness();
    const t = targets(`${ALL}\nenvironment:production\nrepository:someone/personal`);
    await api.prepare(t);
    const keyRequests = emu.requests.filter((r) => r.path.endsWith('/public-key'));
    expect(keyRequests).toHaveLength(5);
    expect(new Set(keyRequests.map((r) => r.path)).size).toBe(5);
    // Overlap: every key request arrived before the first one was answered.
    const firstAnswer = Math.min(...keyRequests.map((r) => r.endedAt ?? Infinity));
    expect(Math.max(...keyRequests.map((r) => r.startedAt))).toBeLessThan(firstAnswer);
    expect(maxInFlight(emu.requests)).toBe(7); // 5 keys + 2 repository ids
  });

  it('write runs targets concurrently up to the bound', async () => {
    for (const env of ['e1', 'e2', 'e3', 'e4', 'e5']) emu.addEnvironment(REPO, env);
    // Long enough that a busy machine still sends a second request before the first answer comes.
    emu.latencyMs = 200;
    const { api } = harness(WRITE, { concurrency: 4 });
    const prepared = await api.prepare(
      targets('environment:e1\nenvironment:e2\nenvironment:e3\nenvironment:e4\nenvironment:e5\nrepository'),
    );
    const before = emu.requests.length;
    const report = await api.write(prepared, VALUES);
    expect(report.written).toHaveLength(18);
    // Never more than the bound; more than one at once (how many exactly depends on how fast this
    // machine sends them, so that is not asserted).
    expect(maxInFlight(emu.requests.slice(before))).toBeLessThanOrEqual(4);
    expect(maxInFlight(emu.requests.slice(before))).toBeGreaterThan(1);
    emu.latencyMs = 0;
    const serial = harness(WRITE, { concurrency: 1 });
    const mark = emu.requests.length;
    await serial.api.write(prepared.slice(0, 2), VALUES);
    expect(maxInFlight(emu.requests.slice(mark))).toBe(1);
  });

  it('a read-only token (like the workflow GITHUB_TOKEN) fails prepare with a 403 that says what to use instead; not retried', async () => {
    const { api, sleeps } = harness(READ_ONLY);
    const t = targets(ALL);
    const error = await api.prepare(t).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(GitHubError);
    const e = error as GitHubError;
    expect(e.status).toBe(403);
    expect(e.target).toBe(`repository:${REPO}`);
    expect(e.route).toBe('/repos/{owner}/{repo}/actions/secrets/public-key');
    expect(e.explain()).toMatch(/GITHUB_TOKEN/);
    expect(e.explain()).toMatch(/fine-grained personal access token or a GitHub App installation token/);
    expect(e.explain()).toMatch(/"Secrets: write"/);
    expect(e.related.map((r) => r.target)).toEqual([`environment:${REPO}:${ENV}`, `organization:${ORG}`]);
    expect(e.related[0]?.explain()).toMatch(/"Environments: write"/);
    expect(e.related[1]?.explain()).toMatch(/organization permission "Secrets: write"/);
    expect(e.message).toBe(e.explain());
    expect(count((r) => r.path.endsWith('/public-key'))).toBe(3);
    expect(sleeps).toEqual([]);
  });

  it('an unknown token: 401 explained, not retried', async () => {
    const { api } = harness('ghp_revoked');
    await expect(api.prepare(targets('repository'))).rejects.toSatisfy(
      (e: GitHubError) => e.status === 401 && /invalid, expired or revoked/.test(e.explain()),
    );
    expect(emu.requests).toHaveLength(1);
  });

  it('a missing environment: prepare checks the repository and says to create the environment', async () => {
    const { api } = harness();
    const e = (await api.prepare(targets('environment:staging')).catch((x: unknown) => x)) as GitHubError;
    expect(e).toBeInstanceOf(GitHubError);
    expect(e).toMatchObject({
      status: 404,
      hint: 'environment-missing',
      target: `environment:${REPO}:staging`,
    });
    expect(e.explain()).toMatch(
      /environment "staging" does not exist in octo-org\/app: create it first \(Settings > Environments/,
    );
    expect(emu.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      `GET /repos/${REPO}/environments/staging/secrets/public-key 404`,
      `GET /repos/${REPO} 200`,
    ]);
    const missingRepo = (await api
      .prepare(targets(`environment:${ORG}/ghost:prod`))
      .catch((x: unknown) => x)) as GitHubError;
    expect(missingRepo).toMatchObject({ status: 404, hint: 'repository-missing' });
    expect(missingRepo.explain()).toMatch(
      /Repository octo-org\/ghost does not exist or the token cannot see it/,
    );
  });

  it('a missing repository, organization, or selected repository is explained', async () => {
    const { api } = harness();
    const repo = (await api
      .prepare(targets(`repository:${ORG}/ghost`))
      .catch((x: unknown) => x)) as GitHubError;
    expect(repo.explain()).toMatch(/Repository octo-org\/ghost does not exist or the token cannot see it/);
    const org = (await api
      .prepare(targets('organization:ghost-org'))
      .catch((x: unknown) => x)) as GitHubError;
    expect(org.explain()).toMatch(
      /Organization ghost-org does not exist or the token cannot manage its secrets/,
    );
    const sel = (await api
      .prepare(targets(`organization:${ORG} visibility=selected repositories=app,ghost`))
      .catch((x: unknown) => x)) as GitHubError;
    expect(sel).toMatchObject({ operation: 'resolve-repository', repository: 'ghost', status: 404 });
    expect(sel.explain()).toMatch(
      /octo-org\/ghost does not exist or the token cannot see it; fix repositories=/,
    );
  });

  it('waits out a secondary rate limit (Retry-After, injected sleep), warns, and succeeds', async () => {
    const { api, sleeps, logs } = harness();
    const prepared = await api.prepare(targets('repository'));
    emu.secondaryRateLimit({ times: 2, retryAfter: 3 });
    const report = await api.write(prepared, VALUES);
    expect(report.failed).toEqual([]);
    expect(report.written).toHaveLength(3);
    expect(sleeps).toEqual([3000, 3000]);
    expect(logs.filter((l) => l.startsWith('warning'))).toEqual([
      'warning GitHub secondary rate limit on PUT /repos/{owner}/{repo}/actions/secrets/{secret_name}: waiting 3 s (retry 1 of 3).',
      'warning GitHub secondary rate limit on PUT /repos/{owner}/{repo}/actions/secrets/{secret_name}: waiting 3 s (retry 2 of 3).',
    ]);
    expect(count((r) => r.method === 'PUT' && r.status === 403)).toBe(2);
    expect(emu.secret({ repository: REPO }, 'TWILIO_API_SECRET')?.plaintext).toBe(VALUES[2]?.value);
  });

  it('gives up on a rate limit that lasts, or asks for too long a wait, and says so', async () => {
    const { api, sleeps } = harness(WRITE, { retries: 2 });
    emu.secondaryRateLimit({ times: 10, retryAfter: 1 });
    const e = (await api.prepare(targets('repository')).catch((x: unknown) => x)) as GitHubError;
    expect(e).toMatchObject({ status: 403, rateLimited: true });
    expect(e.explain()).toMatch(/rate-limited/);
    expect(sleeps).toEqual([1000, 1000]);
    expect(emu.requests).toHaveLength(3);

    emu.secondaryRateLimit(false);
    emu.primaryRateLimit({ times: 1, resetInSeconds: 3600 });
    const long = harness(WRITE, { maxRateLimitWaitMs: 60_000 });
    const e2 = (await long.api.prepare(targets('repository')).catch((x: unknown) => x)) as GitHubError;
    expect(e2).toMatchObject({ status: 403, rateLimited: true });
    expect(long.sleeps).toEqual([]);
    expect(long.logs.join('\n')).toMatch(/more than 60 s; giving up/);
  });

  it('a primary rate limit that resets soon is waited out', async () => {
    const { api, sleeps } = harness();
    emu.primaryRateLimit({ times: 1, resetInSeconds: 2 });
    await api.prepare(targets('repository'));
    expect(sleeps).toHaveLength(1);
    expect(sleeps[0]).toBeGreaterThanOrEqual(2000);
    expect(sleeps[0]).toBeLessThanOrEqual(4000);
  });

  it('retries 5xx with backoff (honouring Retry-After) and network errors: reset, lost response, hang', async () => {
    const { api, sleeps } = harness(WRITE, { timeoutMs: 300 });
    const prepared = await api.prepare(targets('repository'));
    const base = `/repos/${REPO}/actions/secrets/`;
    emu.faults.add({
      method: 'PUT',
      path: base + 'TWILIO_ACCOUNT_SID',
      kind: 'status',
      status: 502,
      times: 2,
    });
    emu.faults.add({
      method: 'PUT',
      path: base + 'TWILIO_API_KEY',
      kind: 'status',
      status: 503,
      retryAfter: 5,
      times: 1,
    });
    emu.faults.add({ method: 'PUT', path: base + 'TWILIO_API_SECRET', kind: 'lost-response', times: 1 });
    const report = await api.write(prepared, VALUES);
    expect(report.failed).toEqual([]);
    expect(report.written.map((w) => w.name)).toEqual(VALUES.map((v) => v.name));
    expect(emu.requests.filter((r) => r.method === 'PUT').map((r) => r.fault?.kind ?? r.status)).toEqual([
      'status',
      'status',
      201,
      'status',
      201,
      'lost-response',
      204, // the lost PUT had been applied; the retry updates it
    ]);
    // src/retry.ts: exponential with jitter (random() is 0.5 here); a Retry-After (5 s) wins.
    const backoff = (status: number | undefined, attempt: number) =>
      (decideRetry({ status, idempotent: true }, attempt, DEFAULT_RETRY, 0.5) as { delayMs: number }).delayMs;
    expect(sleeps).toEqual([backoff(502, 1), backoff(502, 2), 5000, backoff(undefined, 1)]);
    expect(sleeps[1]).toBeGreaterThan(sleeps[0] ?? Infinity);
    for (const { name, value } of VALUES)
      expect(emu.secret({ repository: REPO }, name)?.plaintext).toBe(value);

    emu.faults.add({ path: `/repos/${REPO}/actions/secrets/public-key`, kind: 'hang', times: 1 });
    emu.faults.add({ path: `/repos/${REPO}/actions/secrets/public-key`, kind: 'reset', times: 1 });
    const started = performance.now();
    await api.prepare(targets('repository'));
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    expect(emu.requests.slice(-3).map((r) => r.fault?.kind ?? r.status)).toEqual(['hang', 'reset', 200]);
  });

  it('never retries a 4xx other than rate limits; a failed secret stops that target only', async () => {
    const { api, sleeps } = harness();
    const t = targets(`repository\nenvironment:${ENV}`);
    const prepared = await api.prepare(t);
    emu.faults.add({
      method: 'PUT',
      path: `/repos/${REPO}/actions/secrets/TWILIO_API_KEY`,
      kind: 'status',
      status: 422,
      message: 'Validation Failed',
    });
    emu.faults.add({ method: 'PUT', path: `${envPath}/TWILIO_ACCOUNT_SID`, kind: 'status', status: 409 });
    const report = await api.write(prepared, VALUES);
    expect(sleeps).toEqual([]);
    expect(report.written.map((w) => w.name)).toEqual(['TWILIO_ACCOUNT_SID']);
    expect(report.failed.map((f) => [f.error.target, f.name, f.error.status])).toEqual(
      [
        [`environment:${REPO}:${ENV}`, 'TWILIO_ACCOUNT_SID', 409],
        [`repository:${REPO}`, 'TWILIO_API_KEY', 422],
      ].sort((a, b) => (a[1] === 'TWILIO_ACCOUNT_SID' ? -1 : b[1] === 'TWILIO_ACCOUNT_SID' ? 1 : 0)),
    );
    expect(report.skipped.map((s) => s.name).sort()).toEqual([
      'TWILIO_API_KEY',
      'TWILIO_API_SECRET',
      'TWILIO_API_SECRET',
    ]);
    const unprocessable = report.failed.find((f) => f.error.status === 422)?.error;
    expect(unprocessable?.explain()).toMatch(/GitHub rejected the secret: check secret-prefix/);
    expect(unprocessable?.explain()).toMatch(
      /Could not write secret TWILIO_API_KEY to repository:octo-org\/app \(PUT \/repos\/\{owner\}\/\{repo\}\/actions\/secrets\/\{secret_name\} -> 422: Validation Failed/,
    );
    expect(count((r) => r.method === 'PUT' && r.status >= 400)).toBe(2);
    expect(count((r) => r.method === 'PUT')).toBe(3);
  });

  it('remove reports a 404 as already gone, keeps going after a failure, and never throws', async () => {
    const { api, sleeps } = harness(WRITE, { retries: 1 });
    const t = targets('repository');
    await api.write(await api.prepare(t), VALUES);
    emu.faults.add({
      method: 'DELETE',
      path: `/repos/${REPO}/actions/secrets/TWILIO_ACCOUNT_SID`,
      kind: 'status',
      status: 500,
    });
    const report = await api.remove(t, ['TWILIO_ACCOUNT_SID', 'TWILIO_API_KEY', 'NEVER_WRITTEN']);
    expect(report.removed.map((r) => [r.name, r.alreadyGone])).toEqual([
      ['TWILIO_API_KEY', false],
      ['NEVER_WRITTEN', true],
    ]);
    expect(report.failed.map((f) => [f.name, f.error.status])).toEqual([['TWILIO_ACCOUNT_SID', 500]]);
    expect(report.failed[0]?.error.explain()).toMatch(
      /Could not delete secret TWILIO_ACCOUNT_SID.*re-run the job/,
    );
    expect(sleeps).toHaveLength(1);
    const ro = harness(READ_ONLY);
    const denied = await ro.api.remove(t, ['TWILIO_API_SECRET']);
    expect(denied.failed[0]?.error.explain()).toMatch(/GITHUB_TOKEN/);
  });

  it('no secret value appears in any error, log line or request the emulator saw', async () => {
    const { api, logs } = harness(WRITE, { retries: 1 });
    const prepared = await api.prepare(targets(`repository\norganization:${ORG}`));
    emu.faults.add({ method: 'PUT', kind: 'status', status: 500 });
    const report = await api.write(prepared, VALUES);
    expect(report.failed).toHaveLength(2);
    const everything = [
      ...logs,
      ...report.failed.flatMap((f) => [
        f.error.explain(),
        f.error.message,
        JSON.stringify(f.error),
        String(f.error.stack),
      ]),
      ...emu.requests.flatMap((r) => [r.path, r.requestBody, r.response?.body ?? '']),
    ].join('\n');
    for (const { value } of VALUES) expect(everything).not.toContain(value);
    expect(everything).not.toContain(WRITE); // nor the token
  });
});

describe('node:http fetch', () => {
  it('follows redirects, dropping Authorization when the origin changes', async () => {
    const seen: Array<{ url: string; auth: string | undefined; method: string }> = [];
    const server = http.createServer((req, res) => {
      seen.push({ url: req.url ?? '', auth: req.headers.authorization, method: req.method ?? '' });
      if (req.url === '/renamed') res.writeHead(301, { location: '/repos/new' }).end();
      else if (req.url === '/elsewhere')
        res
          .writeHead(307, { location: `http://localhost:${(server.address() as AddressInfo).port}/there` })
          .end();
      else
        res.writeHead(200, { 'content-type': 'application/json', 'x-multi': ['a', 'b'] }).end('{"ok":true}');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const f = createNodeFetch({ timeoutMs: 1000 });
    const res = await f(`${base}/renamed`, { headers: { authorization: 'token t' } });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
    expect(res.headers.get('Content-Type')).toBe('application/json');
    expect(res.headers.get('x-multi')).toBe('a, b');
    expect([...(res.headers as unknown as Iterable<[string, string]>)].map(([k]) => k)).toContain('x-multi');
    const res2 = await f(`${base}/elsewhere`, {
      method: 'PUT',
      body: '{}',
      headers: { authorization: 'token t' },
    });
    expect(res2.status).toBe(200);
    expect(seen).toEqual([
      { url: '/renamed', auth: 'token t', method: 'GET' },
      { url: '/repos/new', auth: 'token t', method: 'GET' },
      { url: '/elsewhere', auth: 'token t', method: 'PUT' },
      { url: '/there', auth: undefined, method: 'PUT' },
    ]);
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });

  it('times out a hung request with an ordinary error (so it is retried, not treated as an abort)', async () => {
    const server = http.createServer(() => undefined);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const f = createNodeFetch({ timeoutMs: 100 });
    const err = (await f(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`).catch(
      (e: unknown) => e,
    )) as Error;
    expect(err.message).toMatch(/No answer from http:\/\/127\.0\.0\.1:\d+ within 100 ms/);
    expect(err.name).not.toBe('AbortError');
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });
});

describe('emulator CLI', () => {
  it('prints {url, token, repository} on one line, serves them, and exits 0 on SIGTERM', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'test/emulator/github/cli.ts', '--latency', '0'],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const line = await new Promise<string>((resolve, reject) => {
      let buf = '';
      child.stdout.on('data', (d: Buffer) => {
        buf += String(d);
        if (buf.includes('\n')) resolve(buf.split('\n')[0] ?? '');
      });
      child.on('exit', (code) => reject(new Error(`exited ${code} before printing`)));
    });
    const info = JSON.parse(line) as {
      url: string;
      token: string;
      readOnlyToken: string;
      repository: string;
      environments: string[];
    };
    expect(info).toMatchObject({ repository: 'octo-org/app', environments: ['production', 'prod / eu'] });
    const api = createSecretsApi({ token: info.token, apiUrl: info.url, timeoutMs: 20_000 });
    const t = targets(
      'repository\nenvironment:prod / eu\norganization:octo-org visibility=selected repositories=app',
    );
    const report = await api.write(await api.prepare(t), VALUES);
    expect(report.written).toHaveLength(9);
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});

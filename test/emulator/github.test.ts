// The GitHub emulator over raw HTTP, and its CLI.
import { spawn } from 'node:child_process';
import sodium from 'libsodium-wrappers';
import { describe, expect, it } from 'vitest';
import { createSecretsApi } from '../../src/github/secrets.js';
import type { GitHubEmulator } from './github/index.js';
import { ORG, REPO, ENV, READ_ONLY, VALUES } from './github/testing.js';
import { targets, raw, seal, envPath, useGitHub } from './github/testing.js';

let emu: GitHubEmulator, appId: number, otherId: number;
useGitHub((g) => ({ emu, appId, otherId } = g));

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

describe('GitHub emulator: delay fault', () => {
  it('holds a request until released: held() says it is in flight, release() lets it commit and answer', async () => {
    const { keyId, key } = emu.publicKey({ repository: REPO });
    const path = `/repos/${REPO}/actions/secrets/HELD`;
    const id = emu.faults.add({ method: 'PUT', path, kind: 'delay' });
    const put = raw('PUT', path, { body: { encrypted_value: seal(key, 'late'), key_id: keyId } });
    await emu.faults.held(id);
    expect(emu.requests.at(-1)).toMatchObject({ status: 0, endedAt: undefined, fault: { kind: 'delay' } });
    expect(emu.secret({ repository: REPO }, 'HELD')).toBeUndefined();
    emu.faults.release(id);
    expect((await put).status).toBe(201);
    expect(emu.secret({ repository: REPO }, 'HELD')?.plaintext).toBe('late');
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

/**
 * The Twilio emulator's HTTP side: routing, the request log, faults, latency and the CLI.
 * Over real HTTP with plain fetch; see twilio/testing.ts for the shared setup.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { call } from './twilio/client.js';
import type { TwilioEmulator } from './twilio/index.js';
import type { Account } from './twilio/testing.js';
import { api, createKey, expectError, useTwilio } from './twilio/testing.js';

let twilio: TwilioEmulator, acct: Account, tok: [string, string];
useTwilio((t) => ({ twilio, acct, tok } = t));

describe('routing and request log', () => {
  it('answers unknown paths with 404 / 20404 and wrong methods with 405', async () => {
    expectError(await api('GET', '/v1/Nope', { auth: tok }), 404, 20404);
    expectError(await api('PUT', '/v1/Keys', { auth: tok }), 405, 20004);
  });

  it('records method, path, query, form, auth user, host, status, error code and timing', async () => {
    await createKey(tok, { AccountSid: acct.sid, FriendlyName: 'a' });
    await api('GET', '/v1/Keys', { auth: tok, query: { AccountSid: acct.sid, PageSize: '5' } });
    await api('POST', `/2010-04-01/Accounts/${acct.sid}/Messages.json`, {
      auth: tok,
      form: { To: '+1415', MediaUrl: ['https://a.example/1', 'https://a.example/2'] },
    });
    const [a, b, c] = twilio.requests;
    expect(a).toMatchObject({
      seq: 1,
      method: 'POST',
      path: '/v1/Keys',
      form: { AccountSid: acct.sid, FriendlyName: 'a' },
      authUser: acct.sid,
      host: new URL(twilio.url).host,
      status: 201,
      errorCode: undefined,
      fault: undefined,
    });
    expect(b).toMatchObject({
      seq: 2,
      method: 'GET',
      query: { AccountSid: acct.sid, PageSize: '5' },
      status: 200,
    });
    expect(c).toMatchObject({
      status: 400,
      errorCode: 21603,
      form: { MediaUrl: ['https://a.example/1', 'https://a.example/2'] },
    });
    for (const r of [a, b, c]) expect(r!.endedAt!).toBeGreaterThanOrEqual(r!.startedAt);
  });
});

describe('faults', () => {
  const list = () => api('GET', '/v1/Keys', { auth: tok, query: { AccountSid: acct.sid } });
  const create = () => createKey(tok, { AccountSid: acct.sid, FriendlyName: 'f' });

  it('status: answers Twilio’s error body with Retry-After and changes nothing', async () => {
    const id = twilio.faults.add({
      method: 'POST',
      path: '/v1/Keys',
      kind: 'status',
      status: 429,
      retryAfter: 7,
    });
    const res = await create();
    expectError(res, 429, 20429);
    expect(res.headers.get('retry-after')).toBe('7');
    const five = twilio.faults.add({ path: '/v1/Keys', method: 'GET', kind: 'status', status: 503 });
    expectError(await list(), 503, 20500);
    const custom = twilio.faults.add({ path: /^\/v1\/Keys\/SK/, kind: 'status', status: 404, code: 20404 });
    expectError(await api('GET', `/v1/Keys/SK${'0'.repeat(32)}`, { auth: tok }), 404, 20404);
    expect([twilio.faults.hits(id), twilio.faults.hits(five), twilio.faults.hits(custom)]).toEqual([1, 1, 1]);
    expect(twilio.keys()).toEqual([]);
    expect(twilio.requests[0]?.fault).toEqual({ id, kind: 'status' });
  });

  it('nth fires on the nth matching call only; times limits how often; clear() removes rules', async () => {
    const nth = twilio.faults.add({ method: 'GET', path: '/v1/Keys', nth: 2, kind: 'status', status: 500 });
    expect([(await list()).status, (await list()).status, (await list()).status]).toEqual([200, 500, 200]);
    expect(twilio.faults.hits(nth)).toBe(1);

    const times = twilio.faults.add({
      method: 'POST',
      path: '/v1/Keys',
      times: 2,
      kind: 'status',
      status: 502,
    });
    expect([(await create()).status, (await create()).status, (await create()).status]).toEqual([
      502, 502, 201,
    ]);
    expect(twilio.faults.hits(times)).toBe(2);

    const always = twilio.faults.add({ path: '/v1/Keys', kind: 'status', status: 500 });
    expect((await list()).status).toBe(500);
    expect((await create()).status).toBe(500);
    twilio.faults.clear();
    expect((await list()).status).toBe(200);
    expect(twilio.faults.hits(always)).toBe(2);
    expect(() => twilio.faults.hits('fault-999')).toThrow();
  });

  it('reset: destroys the socket without answering and changes nothing', async () => {
    const id = twilio.faults.add({ method: 'POST', path: '/v1/Keys', kind: 'reset' });
    await expect(create()).rejects.toThrow();
    expect(twilio.keys()).toEqual([]);
    expect(twilio.faults.hits(id)).toBe(1);
    expect(twilio.requests[0]).toMatchObject({ status: 0, fault: { id, kind: 'reset' } });
    expect(twilio.requests[0]?.endedAt).toBeDefined();
    // The next request (a new connection) works.
    expect((await list()).status).toBe(200);
  });

  it('lost-response: applies the change, then destroys the socket', async () => {
    twilio.faults.add({ method: 'POST', path: '/v1/Keys', kind: 'lost-response' });
    await expect(create()).rejects.toThrow();
    expect(twilio.keys(acct.sid)).toHaveLength(1);
    expect(twilio.keys(acct.sid)[0]?.friendlyName).toBe('f');
    expect(twilio.requests[0]).toMatchObject({ status: 0, fault: { kind: 'lost-response' } });

    const k = twilio.addKey({ accountSid: acct.sid, type: 'standard' });
    twilio.faults.add({ method: 'DELETE', path: `/v1/Keys/${k.sid}`, kind: 'lost-response' });
    await expect(api('DELETE', `/v1/Keys/${k.sid}`, { auth: tok })).rejects.toThrow();
    expect(twilio.keys().some((x) => x.sid === k.sid)).toBe(false);
  });

  it('hang: never answers; close() ends the hung request', async () => {
    twilio.faults.add({ method: 'GET', path: '/v1/Keys', kind: 'hang' });
    await expect(
      api('GET', '/v1/Keys', {
        auth: tok,
        query: { AccountSid: acct.sid },
        signal: AbortSignal.timeout(300),
      }),
    ).rejects.toThrow();

    const hung = list();
    const settled = hung.then(
      () => 'answered',
      () => 'failed',
    );
    while (twilio.requests.length < 2) await new Promise((r) => setTimeout(r, 5));
    const race = await Promise.race([settled, new Promise((r) => setTimeout(() => r('pending'), 200))]);
    expect(race).toBe('pending');
    expect(twilio.requests[1]).toMatchObject({ status: 0, endedAt: undefined, fault: { kind: 'hang' } });
    await twilio.close();
    expect(await settled).toBe('failed');
    expect(twilio.requests[1]?.endedAt).toBeDefined();
  });

  it('rejects malformed rules', () => {
    expect(() => twilio.faults.add({ path: '/v1/Keys', kind: 'status', nth: 0 })).toThrow();
    expect(() => twilio.faults.add({ path: '/v1/Keys', kind: 'reset', status: 500 })).toThrow();
  });
});

describe('latency', () => {
  it('delays every response, per request: concurrent requests overlap instead of queueing', async () => {
    twilio.latencyMs = 400;
    const t0 = performance.now();
    const [a, b] = await Promise.all([
      createKey(tok, { AccountSid: acct.sid, FriendlyName: 'a' }),
      createKey(tok, { AccountSid: acct.sid, FriendlyName: 'b' }),
    ]);
    const elapsed = performance.now() - t0;
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(elapsed).toBeGreaterThanOrEqual(395);
    const [ra, rb] = twilio.requests;
    expect(ra!.endedAt! - ra!.startedAt).toBeGreaterThanOrEqual(395);
    expect(rb!.endedAt! - rb!.startedAt).toBeGreaterThanOrEqual(395);
    expect(ra!.startedAt < rb!.endedAt! && rb!.startedAt < ra!.endedAt!).toBe(true);
  });

  it('delays error responses too, and can be changed at any time', async () => {
    twilio.latencyMs = 200;
    const t0 = performance.now();
    expectError(await api('GET', '/v1/Keys', { query: { AccountSid: acct.sid } }), 401, 20003);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(195);
    twilio.latencyMs = 0;
    await api('GET', '/v1/Keys', { query: { AccountSid: acct.sid } });
    expect(() => {
      twilio.latencyMs = -1;
    }).toThrow();
  });

  it('sequential requests take latency each (so a sequential client is visibly slower)', async () => {
    twilio.latencyMs = 100;
    const t0 = performance.now();
    for (let i = 0; i < 3; i++) await createKey(tok, { AccountSid: acct.sid });
    expect(performance.now() - t0).toBeGreaterThanOrEqual(295);
    const [r1, r2] = twilio.requests;
    expect(r2!.startedAt).toBeGreaterThanOrEqual(r1!.endedAt!);
  });
});

describe('cli', () => {
  it('prints {url, accountSid, authToken} on one line, serves, and exits on SIGTERM', async () => {
    const cli = new URL('./twilio/cli.ts', import.meta.url).pathname;
    const child = spawn(process.execPath, ['--import', 'tsx', cli, '--port', '0'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const lines = createInterface({ input: child.stdout });
      const [line] = (await once(lines, 'line')) as [string];
      const info = JSON.parse(line) as {
        url: string;
        accountSid: string;
        authToken: string;
        testAccountSid: string;
      };
      expect(info.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(info.accountSid).toMatch(/^AC[0-9a-f]{32}$/);
      const res = await call(info.url, 'POST', '/v1/Keys', {
        auth: [info.accountSid, info.authToken],
        form: { AccountSid: info.accountSid },
      });
      expect(res.status).toBe(201);
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      const [code] = (await exited) as [number | null];
      expect(code).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});

// src/http/: one exchange (request) against a local server, and the retry loop (withRetry) on scripted
// attempts. The Twilio and GitHub adapters over it are tested in transport.test.ts and the emulator tests.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgents } from '../../src/http/agents.js';
import { NoAnswer, request } from '../../src/http/request.js';
import { DEFAULT_RETRY } from '../../src/http/retry-policy.js';
import { withRetry, type Attempted, type RetryNote } from '../../src/http/retry.js';

let server: Server;
let base: string;
const bodies: Array<{ length: string | undefined; body: string }> = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      bodies.push({ length: req.headers['content-length'], body: Buffer.concat(chunks).toString() });
      if (req.url === '/hang') return; // closeAllConnections() ends it
      if (req.url === '/cut') {
        res.writeHead(200, { 'content-length': '100' }).write('partial');
        setImmediate(() => req.socket.destroy());
        return;
      }
      res.writeHead(201, 'Made', { 'x-multi': ['a', 'b'] }).end('{"ok":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const agents = createAgents();
const send = (path: string, extra: { body?: string; timeoutMs?: number; signal?: AbortSignal } = {}) =>
  request({ url: new URL(path, base), method: 'POST', headers: {}, agents, timeoutMs: 2_000, ...extra });

describe('request', () => {
  it('returns status, status text, headers and the whole body; sends the body with its length', async () => {
    const res = await send('/ok', { body: 'a=é' });
    expect([res.status, res.statusText, res.headers['x-multi'], res.body.toString()]).toEqual([
      201,
      'Made',
      'a, b',
      '{"ok":true}',
    ]);
    expect(bodies.at(-1)).toEqual({ length: '4', body: 'a=é' });
  });

  it('a hung exchange is a NoAnswer timeout naming the origin, never the URL credentials', async () => {
    const url = new URL('/hang', base);
    url.username = 'user';
    url.password = 'hunter2';
    const error = await request({ url, method: 'GET', headers: {}, agents, timeoutMs: 50 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(NoAnswer);
    expect(error).toMatchObject({ kind: 'timeout', reason: 'timed out after 50 ms' });
    expect((error as Error).message).toBe(`No answer from ${base} within 50 ms`);
    expect(String((error as Error).stack)).not.toContain('hunter2');
  });

  it('a refused connection is a NoAnswer with the error code as its reason', async () => {
    const dead = createServer();
    await new Promise<void>((resolve) => dead.listen(0, '127.0.0.1', resolve));
    const url = new URL(`http://127.0.0.1:${(dead.address() as AddressInfo).port}/`);
    await new Promise<void>((resolve) => dead.close(() => resolve()));
    const error = await request({ url, method: 'GET', headers: {}, agents, timeoutMs: 2_000 }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ kind: 'failed', reason: 'ECONNREFUSED' });
    expect((error as Error).message).toMatch(/^connect ECONNREFUSED 127\.0\.0\.1:\d+$/);
  });

  it('an answer cut off mid-body is a NoAnswer, not a short body', async () => {
    const error = await send('/cut').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NoAnswer);
    expect(error).toMatchObject({ kind: 'failed' });
  });

  it('an abort rejects with an AbortError, before or during the exchange', async () => {
    const early = await send('/ok', { signal: AbortSignal.abort() }).catch((e: unknown) => e);
    expect(early).toMatchObject({ name: 'AbortError' });
    const controller = new AbortController();
    const pending = send('/hang', { signal: controller.signal }).catch((e: unknown) => e);
    setImmediate(() => controller.abort());
    const late = await pending;
    expect(late).toMatchObject({ name: 'AbortError' });
    expect(late).not.toBeInstanceOf(NoAnswer);
  });

  it('only http: and https:', async () => {
    const error = await request({
      url: new URL('ftp://x/'),
      method: 'GET',
      headers: {},
      agents,
      timeoutMs: 1,
    })
      .then(() => undefined)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
  });
});

/** Runs withRetry over scripted attempts; each is an HTTP status, a Retry-After pair, or 'none' (no answer). */
async function run(script: Array<number | [number, string] | 'none'>, idempotent: boolean) {
  const sleeps: number[] = [];
  const notes: RetryNote[] = [];
  let n = 0;
  const attempt = (): Promise<Attempted<string>> => {
    const step = script[n++] ?? 200;
    if (step === 'none')
      return Promise.resolve({ status: undefined, result: { error: new Error(`lost ${n}`) } });
    const [status, retryAfter] = typeof step === 'number' ? [step, undefined] : step;
    return Promise.resolve({ status, retryAfter, result: { value: `${status} #${n}` } });
  };
  const outcome = await withRetry(attempt, {
    idempotent,
    sleep: (ms) => {
      sleeps.push(ms);
      return Promise.resolve();
    },
    random: () => 0,
    now: () => Date.parse('2026-01-01T00:00:00Z'),
    log: (note) => notes.push(note),
  }).catch((e: unknown) => e);
  return { outcome, sleeps, notes, attempts: n };
}

describe('withRetry', () => {
  it('retries 5xx and no answer for idempotent requests, telling the log each time', async () => {
    const r = await run([503, 'none', 500], true);
    expect(r.outcome).toBe('200 #4');
    expect(r.sleeps).toEqual([125, 250, 500]);
    expect(
      r.notes.map((x) => [x.attempt, x.retries, x.status, (x.error as Error | undefined)?.message]),
    ).toEqual([
      [1, 3, 503, undefined],
      [2, 3, undefined, 'lost 2'],
      [3, 3, 500, undefined],
    ]);
  });

  it('the last answer is returned and the last error thrown once the attempts are spent', async () => {
    expect((await run([503, 503, 503, 503, 503], true)).outcome).toBe(`503 #${DEFAULT_RETRY.attempts}`);
    const lost = await run(['none', 'none', 'none', 'none', 'none'], true);
    expect((lost.outcome as Error).message).toBe(`lost ${DEFAULT_RETRY.attempts}`);
  });

  it('not idempotent: only a 429 is retried, honouring Retry-After (seconds or an HTTP date)', async () => {
    expect(await run([500], false)).toMatchObject({ outcome: '500 #1', attempts: 1, sleeps: [] });
    expect((await run(['none'], false)).outcome).toEqual(new Error('lost 1'));
    const limited = await run([[429, '2'], [429, 'Thu, 01 Jan 2026 00:00:03 GMT'], 201], false);
    expect(limited).toMatchObject({ outcome: '201 #3', sleeps: [2000, 3000] });
  });

  it('an attempt that throws is not retried', async () => {
    const error = new Error('bug');
    const attempt = (): Promise<Attempted<string>> => Promise.reject(error);
    await expect(withRetry(attempt, { idempotent: true, sleep: () => Promise.resolve() })).rejects.toBe(
      error,
    );
  });
});

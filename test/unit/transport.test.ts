// The Twilio transport (node:http + the one retry policy) against a tiny local server that answers
// from a script. Sleeps are injected, so no test waits for a backoff or a Retry-After.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_RETRY } from '../../src/http/retry-policy.js';
import type { Log } from '../../src/runner.js';
import {
  NetworkError,
  TwilioTransport,
  USER_AGENT,
  type TransportOptions,
} from '../../src/twilio/transport.js';

/** What the server does with one request. */
type Step =
  | { readonly kind: 'answer'; readonly status: number; readonly headers?: Record<string, string> }
  | { readonly kind: 'reset' }
  | { readonly kind: 'hang' };

const ok: Step = { kind: 'answer', status: 200 };
const answer = (status: number, headers: Record<string, string> = {}): Step => ({
  kind: 'answer',
  status,
  headers,
});
const reset: Step = { kind: 'reset' };
const hang: Step = { kind: 'hang' };

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

let server: Server;
let origin: string;
let script: Step[] = [];
let seen: Seen[] = [];

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen.push({
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString(),
      });
      // Past the end of the script: succeed.
      const step = script[seen.length - 1] ?? ok;
      if (step.kind === 'hang') return; // closeAllConnections() ends it
      if (step.kind === 'reset') {
        req.socket.resetAndDestroy();
        return;
      }
      const body = JSON.stringify(
        step.status < 400
          ? { sid: 'SK0123', n: seen.length }
          : { code: step.status === 429 ? 20429 : 20500, message: 'scripted', status: step.status },
      );
      res.writeHead(step.status, { 'Content-Type': 'application/json', ...step.headers }).end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

let sleeps: number[] = [];
let logged: string[] = [];

beforeEach(() => {
  script = [];
  seen = [];
  sleeps = [];
  logged = [];
});

const log: Log = {
  info: (m) => logged.push(m),
  warning: (m) => logged.push(m),
  debug: (m) => logged.push(m),
};

function transport(extra: Partial<TransportOptions> = {}): TwilioTransport {
  return new TwilioTransport({
    credential: { kind: 'auth-token', username: 'AC' + '1'.repeat(32), password: 'tok' },
    apiUrl: origin,
    log,
    sleep: (ms) => {
      sleeps.push(ms);
      return Promise.resolve();
    },
    random: () => 0,
    timeoutMs: 2_000,
    ...extra,
  });
}

const uri = 'https://iam.twilio.com/v1/Keys';

async function send(method: string, steps: Step[], extra: Partial<TransportOptions> = {}) {
  script = steps;
  return transport(extra).request({
    method,
    uri,
    ...(method === 'POST' ? { data: { FriendlyName: 'x' } } : {}),
  });
}

describe('TwilioTransport: server errors', () => {
  it.each(['GET', 'DELETE'])(
    '%s: 500, 502, 503 are retried with backoff until an answer succeeds',
    async (method) => {
      const res = await send(method, [answer(500), answer(502), answer(503), ok]);
      expect(res.statusCode).toBe(200);
      expect(seen).toHaveLength(4);
      expect(seen.every((s) => s.method === method)).toBe(true);
      // random() = 0: the lower edge of the jittered exponential backoff (half of 250, 500, 1000 ms).
      expect(sleeps).toEqual([125, 250, 500]);
      expect(logged).toEqual([
        `${method} /v1/Keys answered 500; retry 1/3 in 125 ms.`,
        `${method} /v1/Keys answered 502; retry 2/3 in 250 ms.`,
        `${method} /v1/Keys answered 503; retry 3/3 in 500 ms.`,
      ]);
    },
  );

  it.each(['GET', 'DELETE'])('%s: at most 4 attempts, then the last answer is returned', async (method) => {
    const res = await send(
      method,
      Array.from({ length: 10 }, () => answer(503)),
    );
    expect(res.statusCode).toBe(503);
    expect(seen).toHaveLength(DEFAULT_RETRY.attempts);
    expect(sleeps).toHaveLength(DEFAULT_RETRY.attempts - 1);
  });

  it.each([500, 502, 503])('POST: %s is never retried (the create may have happened)', async (status) => {
    const res = await send('POST', [answer(status), ok]);
    expect(res.statusCode).toBe(status);
    expect(seen).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('jitter stays within [half, full] of the backoff', async () => {
    await send('GET', [answer(500), answer(500), ok], { random: () => 0.999 });
    expect(sleeps).toEqual([250, 500]);
  });
});

describe('TwilioTransport: 429', () => {
  it.each(['POST', 'GET', 'DELETE'])('%s: retried, waiting exactly Retry-After', async (method) => {
    const res = await send(method, [
      answer(429, { 'Retry-After': '2' }),
      answer(429, { 'Retry-After': '1' }),
      ok,
    ]);
    expect(res.statusCode).toBe(200);
    expect(seen).toHaveLength(3);
    expect(sleeps).toEqual([2000, 1000]);
  });

  it('POST: 429 without Retry-After backs off like a server error', async () => {
    await send('POST', [answer(429), ok]);
    expect(seen).toHaveLength(2);
    expect(sleeps).toEqual([125]);
  });

  it('Retry-After as an HTTP date', async () => {
    const at = new Date(Date.now() + 3_000).toUTCString();
    await send('POST', [answer(429, { 'Retry-After': at }), ok]);
    expect(seen).toHaveLength(2);
    expect(sleeps).toHaveLength(1);
    // Whole seconds, rounded up from what is left until the date.
    expect(sleeps[0]).toBeGreaterThanOrEqual(2_000);
    expect(sleeps[0]).toBeLessThanOrEqual(3_000);
  });

  it('a Retry-After beyond the limit is not waited for: the 429 is returned', async () => {
    const res = await send('POST', [answer(429, { 'Retry-After': '3600' }), ok]);
    expect(res.statusCode).toBe(429);
    expect(seen).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('Retry-After on a 503 is honoured too', async () => {
    await send('GET', [answer(503, { 'Retry-After': '5' }), ok]);
    expect(sleeps).toEqual([5000]);
  });

  it('POST: a persistent 429 stops after the attempt budget', async () => {
    const res = await send(
      'POST',
      Array.from({ length: 10 }, () => answer(429, { 'Retry-After': '1' })),
    );
    expect(res.statusCode).toBe(429);
    expect(seen).toHaveLength(DEFAULT_RETRY.attempts);
  });
});

describe('TwilioTransport: other 4xx', () => {
  it.each([
    ['GET', 400],
    ['GET', 401],
    ['GET', 403],
    ['GET', 404],
    ['DELETE', 404],
    ['DELETE', 409],
    ['POST', 400],
    ['POST', 401],
    ['POST', 403],
  ])('%s %s: never retried', async (method, status) => {
    const res = await send(method, [answer(status), ok]);
    expect(res.statusCode).toBe(status);
    expect(seen).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });
});

describe('TwilioTransport: no answer', () => {
  it.each(['GET', 'DELETE'])('%s: a connection reset is retried', async (method) => {
    const res = await send(method, [reset, reset, ok]);
    expect(res.statusCode).toBe(200);
    expect(seen).toHaveLength(3);
    expect(logged[0]).toMatch(new RegExp(`^${method} /v1/Keys failed \\(ECONNRESET\\); retry 1/3`));
  });

  it('GET: persistent resets end in a NetworkError naming the call', async () => {
    const error = await send('GET', [reset, reset, reset, reset, reset]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).message).toBe('GET /v1/Keys: no answer from Twilio (ECONNRESET)');
    expect(seen).toHaveLength(DEFAULT_RETRY.attempts);
  });

  it('POST: a reset is not retried (the key may exist): NetworkError at once', async () => {
    const error = await send('POST', [reset, ok]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(seen).toHaveLength(1);
  });

  it('GET: a request that never answers times out after timeoutMs and is retried', async () => {
    const res = await send('GET', [hang, hang, ok], { timeoutMs: 150 });
    expect(res.statusCode).toBe(200);
    expect(seen).toHaveLength(3);
    expect(logged[0]).toContain('timed out after 150 ms');
  });

  it('GET: persistent hangs: attempts x timeoutMs, then NetworkError', async () => {
    const error = await send('GET', [hang, hang, hang, hang, hang], { timeoutMs: 100 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).reason).toContain('timed out after 100 ms');
    expect(seen).toHaveLength(DEFAULT_RETRY.attempts);
  });

  it('POST: a timeout is not retried', async () => {
    const error = await send('POST', [hang, ok], { timeoutMs: 100 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(seen).toHaveLength(1);
  });

  it('a refused connection is a NetworkError, retried for GET', async () => {
    const dead = createServer();
    await new Promise<void>((resolve) => dead.listen(0, '127.0.0.1', resolve));
    const port = (dead.address() as AddressInfo).port;
    await new Promise<void>((resolve) => dead.close(() => resolve()));
    const t = transport({ apiUrl: `http://127.0.0.1:${port}` });
    const error = await t.request({ method: 'GET', uri }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).reason).toBe('ECONNREFUSED');
    expect(sleeps).toHaveLength(DEFAULT_RETRY.attempts - 1);
  });
});

describe('TwilioTransport: requests', () => {
  it('sends to twilio-api-url with Basic auth, the form body, the query and our User-Agent', async () => {
    script = [ok];
    const res = await transport().request({
      method: 'POST',
      uri: 'https://iam.twilio.com/v1/Keys?x=1',
      params: { PageSize: 50 },
      data: { FriendlyName: 'gha:eph:1', Policy: ['a', 'b'], Skip: undefined },
    });
    expect(res.statusCode).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ sid: 'SK0123', n: 1 });
    const [req] = seen;
    expect(req?.url).toBe('/v1/Keys?x=1&PageSize=50');
    expect(req?.body).toBe('FriendlyName=gha%3Aeph%3A1&Policy=a&Policy=b');
    expect(req?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(req?.headers['user-agent']).toBe(USER_AGENT);
    expect(req?.headers.authorization).toBe(
      'Basic ' + Buffer.from(`AC${'1'.repeat(32)}:tok`).toString('base64'),
    );
  });

  it('GET and DELETE carry no body', async () => {
    script = [ok, ok];
    await transport().request({
      method: 'DELETE',
      uri: 'https://iam.twilio.com/v1/Keys/SK1',
      data: { a: 1 },
    });
    expect(seen[0]?.body).toBe('');
    expect(seen[0]?.headers['content-length']).toBeUndefined();
  });
});

// Learn mode behind a runner's own forward proxy: the recording proxy leaves through it (CONNECT for tunnels
// and https, absolute-form for plain http), with its credentials, except for hosts in NO_PROXY.
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import tls from 'node:tls';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createJobCa } from '../../src/learn/ca.js';
import { createLearnProxy, type Recorded } from '../../src/learn/proxy.js';
import { normaliseProxyEnv, TunnelAgent, upstreamFor } from '../../src/learn/upstream.js';
import { throughRunnerProxy } from '../../src/learn/start.js';
import { startForwardProxy, type ForwardProxy } from '../harness/forward-proxy.js';

const PROXY_VARS = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'ALL_PROXY', 'all_proxy'];
const ALL_VARS = [...PROXY_VARS, 'NO_PROXY', 'no_proxy'];
let saved: Record<string, string | undefined>;
beforeEach(() => {
  saved = Object.fromEntries(ALL_VARS.map((n) => [n, process.env[n]]));
  for (const n of ALL_VARS) delete process.env[n];
});
afterEach(() => {
  for (const n of ALL_VARS) {
    if (saved[n] === undefined) delete process.env[n];
    else process.env[n] = saved[n];
  }
});

describe('upstreamFor', () => {
  it('takes HTTPS_PROXY for https and HTTP_PROXY for http, and none for a host in NO_PROXY', () => {
    process.env.HTTPS_PROXY = 'http://corp:3128';
    process.env.HTTP_PROXY = 'http://plain:8080';
    process.env.NO_PROXY = 'git.example, .internal.example';
    expect(upstreamFor('https://api.twilio.com/v1/Keys')?.host).toBe('corp:3128');
    expect(upstreamFor('http://example.com/')?.host).toBe('plain:8080');
    expect(upstreamFor('https://git.example/')).toBeUndefined();
    expect(upstreamFor('https://ci.internal.example/')).toBeUndefined();
  });

  it('uses only http:// proxies; a proxy without a scheme means http://, as curl reads it', () => {
    process.env.HTTPS_PROXY = 'https://tls-proxy:443';
    expect(upstreamFor('https://api.twilio.com/')).toBeUndefined();
    process.env.https_proxy = 'corp:3128';
    delete process.env.HTTPS_PROXY;
    normaliseProxyEnv();
    expect(process.env.https_proxy).toBe('http://corp:3128');
    expect(upstreamFor('https://api.twilio.com/')?.href).toBe('http://corp:3128/');
  });

  it('is named in the log by scheme and host only, never with its password', () => {
    const line = throughRunnerProxy({ HTTPS_PROXY: 'http://user:s3cret@corp:3128' });
    expect(line).toContain("through the runner's proxy http://corp:3128");
    expect(line).not.toContain('s3cret');
    expect(throughRunnerProxy({ https_proxy: 'https://corp' })).toContain('not an http:// proxy');
    expect(throughRunnerProxy({})).toBe('');
  });
});

describe('the recording proxy behind a runner proxy', () => {
  let corp: ForwardProxy;
  let tlsHost: https.Server;
  let tlsCa: string;
  let api: http.Server;
  let learn: http.Server;
  let learnPort: number;
  const records: Recorded[] = [];
  const port = (s: http.Server) => (s.address() as AddressInfo).port;

  beforeAll(async () => {
    corp = await startForwardProxy({ user: 'ci', password: 'pa:ss' });
    const ca = await createJobCa('upstream test CA');
    const leaf = ca.leaf('upstream.test');
    tlsCa = ca.certPem;
    tlsHost = https.createServer({ cert: leaf.cert, key: leaf.key }, (_req, res) => res.end('tls host'));
    api = http.createServer((_req, res) => res.writeHead(201).end('{}'));
    await Promise.all(
      [tlsHost, api].map((s) => new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()))),
    );
    learn = createLearnProxy({
      ca: await createJobCa('learn CA'),
      apiUrl: `http://127.0.0.1:${port(api)}`,
      record: (e) => records.push(e),
    });
    await new Promise<void>((r) => learn.listen(0, '127.0.0.1', () => r()));
    learnPort = port(learn);
  });
  afterAll(async () => {
    learn.close();
    tlsHost.close();
    api.close();
    await corp.close();
  });

  const withCorp = (password = 'pa%3Ass') => {
    const url = corp.url.replace('http://', `http://ci:${password}@`);
    process.env.HTTPS_PROXY = url;
    process.env.HTTP_PROXY = url;
  };

  /** A later step's HTTPS request to the TLS host, tunnelled by CONNECT through the learn proxy. */
  const tunnelled = () =>
    new Promise<string>((resolve, reject) => {
      const req = http.request({
        host: '127.0.0.1',
        port: learnPort,
        method: 'CONNECT',
        path: `127.0.0.1:${port(tlsHost)}`,
      });
      req.once('connect', (res, socket) => {
        if (res.statusCode !== 200) {
          socket.destroy();
          resolve(`status ${res.statusCode}`);
          return;
        }
        const secure = tls.connect({ socket, ca: tlsCa, servername: 'upstream.test' }, () => {
          secure.write('GET / HTTP/1.1\r\nHost: upstream.test\r\nConnection: close\r\n\r\n');
        });
        let text = '';
        secure.on('data', (c: Buffer) => (text += c.toString()));
        secure.on('end', () => resolve(text.split('\r\n\r\n')[1] ?? ''));
        secure.on('error', reject);
      });
      req.once('error', reject);
      req.end();
    });

  it("tunnels other hosts through the runner proxy's CONNECT, with its credentials", async () => {
    withCorp();
    const before = corp.log.length;
    expect(await tunnelled()).toBe('tls host');
    expect(corp.log.slice(before)).toEqual([`CONNECT 127.0.0.1:${port(tlsHost)}`]);
  });

  it('forwards a Twilio request through it, and still records it', async () => {
    withCorp();
    const before = corp.log.length;
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: learnPort,
          method: 'POST',
          path: `http://api.twilio.com/2010-04-01/Accounts/AC${'1'.repeat(32)}/Messages.json`,
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      req.on('error', reject);
      req.end('Body=x');
    });
    expect(status).toBe(201);
    expect(corp.log.slice(before)).toEqual([
      `POST http://127.0.0.1:${port(api)}/2010-04-01/Accounts/AC${'1'.repeat(32)}/Messages.json`,
    ]);
    expect(records.at(-1)).toEqual({
      method: 'POST',
      host: 'api.twilio.com',
      path: '/2010-04-01/Accounts/{AccountSid}/Messages.json',
      status: 201,
    });
  });

  it('connects directly to a host in NO_PROXY', async () => {
    withCorp();
    process.env.NO_PROXY = '127.0.0.1';
    const before = corp.log.length;
    expect(await tunnelled()).toBe('tls host');
    expect(corp.log.length).toBe(before);
  });

  it('answers 502 when the runner proxy refuses the tunnel', async () => {
    withCorp('wrong');
    const before = corp.refused.length;
    expect(await tunnelled()).toBe('status 502');
    expect(corp.refused.slice(before)).toEqual([`CONNECT 127.0.0.1:${port(tlsHost)}`]);
  });

  it('TunnelAgent: TLS over one CONNECT, kept alive for the next request', async () => {
    const agent = new TunnelAgent(new URL(corp.url.replace('http://', 'http://ci:pa%3Ass@')));
    const before = corp.log.length;
    const get = () =>
      new Promise<string>((resolve, reject) => {
        const req = https.request(
          `https://127.0.0.1:${port(tlsHost)}/`,
          { agent, ca: tlsCa, servername: 'upstream.test' },
          (res) => {
            let body = '';
            res.on('data', (c: Buffer) => (body += c.toString()));
            res.on('end', () => resolve(body));
          },
        );
        req.on('error', reject);
        req.end();
      });
    expect([await get(), await get()]).toEqual(['tls host', 'tls host']);
    expect(corp.log.slice(before)).toEqual([`CONNECT 127.0.0.1:${port(tlsHost)}`]);
    agent.destroy();
  });
});

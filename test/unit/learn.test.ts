// Learn mode, in process: inputs, the report, and the proxy's recording (what it keeps and what never).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INPUT_DEFAULTS } from '../../src/defaults.js';
import { parseInputs } from '../../src/inputs.js';
import { createJobCa } from '../../src/learn/ca.js';
import { analyse, markdown, smallestValue } from '../../src/learn/permissions-report.js';
import { createLearnProxy, type Recorded } from '../../src/learn/proxy.js';
import { noProxy } from '../../src/learn/start.js';
import { stopProxy } from '../../src/learn/report.js';
import { IDENTITY_PATH } from '../../src/learn/files.js';
import { spawn } from 'node:child_process';
import { SID, TOKEN } from '../cases/bad-inputs.js';

const reader = (inputs: Record<string, string>) => (name: string) =>
  ({ ...INPUT_DEFAULTS, ...inputs })[name]?.trim() ?? '';
const ctx = (eventName = 'push') => ({
  run: { eventName, repository: 'octo/app', runId: '1', runAttempt: '1', job: 'build' },
  nonce: 'abc123',
  env: {},
});
const base = { 'account-sid': SID, 'auth-token': TOKEN, 'learn-permissions': 'true' };

describe('learn-permissions input', () => {
  it('mints a standard key in learn mode', () => {
    const r = parseInputs(reader(base), ctx());
    expect(r.ok && r.config.mode === 'ephemeral' && [r.config.keyType, r.config.learn]).toEqual([
      'standard',
      true,
    ]);
    expect(r.ok && r.warnings).toEqual([]);
  });
  it('refuses explicit permissions, naming the input and the fix', () => {
    const r = parseInputs(reader({ ...base, permissions: 'messaging' }), ctx());
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors.join('\n')).toMatch(/^Input 'learn-permissions': .*Remove 'permissions'/m);
  });
  it('is ignored (with a flag for the notice) on pull-request code', () => {
    const r = parseInputs(
      reader({ ...base, 'test-account-sid': 'AC' + 'd'.repeat(32), 'test-auth-token': 'e'.repeat(32) }),
      ctx('pull_request_target'),
    );
    expect(r.ok && r.config.mode === 'test' && r.config.learnIgnored).toBe(true);
    expect(r.ok && r.warnings).toEqual([]);
  });
  it('is not a boolean: clear error', () => {
    const r = parseInputs(reader({ ...base, 'learn-permissions': 'yes' }), ctx());
    expect(!r.ok && r.errors.join('\n')).toContain(`Input 'learn-permissions': 'yes' is not a boolean`);
  });
});

describe('report', () => {
  const rec = (method: string, host: string, path: string, status = 200): Recorded => ({
    method,
    host,
    path,
    status,
  });
  it('uses a preset only where it grants nothing more than was used', () => {
    expect(smallestValue(['/twilio/lookup/phone-numbers/read', '/twilio/messaging/messages/create'])).toEqual(
      ['lookup', '/twilio/messaging/messages/create'],
    );
    expect(
      smallestValue([
        '/twilio/messaging/messages/create',
        '/twilio/messaging/messages/read',
        '/twilio/messaging/messages/list',
        '/twilio/messaging/messages.media/read',
      ]),
    ).toEqual(['messaging']);
  });
  it('groups requests, maps them, and lists what it cannot map', () => {
    const result = analyse([
      rec('POST', 'api.twilio.com', '/2010-04-01/Accounts/{AccountSid}/Messages.json', 201),
      rec('POST', 'api.twilio.com', '/2010-04-01/Accounts/{AccountSid}/Messages.json', 400),
      rec('GET', 'api.twilio.com', '/2010-04-01/Accounts/{AccountSid}/Balance.json'),
      rec('GET', 'api.twilio.com', '/2010-04-01/Accounts/{id}/{id}/{id}'),
    ]);
    expect(result.rows.map((r) => [r.request, r.permission, r.count, r.statuses])).toEqual([
      ['GET api.twilio.com/2010-04-01/Accounts/{AccountSid}/Balance.json', undefined, 1, [200]],
      ['GET api.twilio.com/2010-04-01/Accounts/{id}/{id}/{id}', undefined, 1, [200]],
      [
        'POST api.twilio.com/2010-04-01/Accounts/{AccountSid}/Messages.json',
        '/twilio/messaging/messages/create',
        2,
        [201, 400],
      ],
    ]);
    const md = markdown(result);
    expect(md).toContain('no known permission string');
    expect(md).toContain('unknown endpoint');
    expect(md).toContain('permissions: |\n  /twilio/messaging/messages/create\n');
  });
  it('says so when nothing was recorded', () => {
    expect(markdown(analyse([]))).toContain('No Twilio request went through the learn proxy');
  });
  it('keeps loopback direct and any NO_PROXY already set', () => {
    expect(noProxy('corp.example, localhost')).toBe('corp.example,localhost,127.0.0.1,::1');
    expect(noProxy(undefined)).toBe('127.0.0.1,localhost,::1');
  });
});

describe('proxy, plain-HTTP requests', () => {
  const records: Recorded[] = [];
  const seen: string[] = [];
  let upstream: http.Server;
  let proxy: http.Server;
  let proxyPort: number;
  beforeAll(async () => {
    upstream = http.createServer((req, res) => {
      seen.push(`${req.method} ${req.headers.host} ${req.url}`);
      res.writeHead(201).end('ok');
    });
    await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r));
    const apiUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
    proxy = createLearnProxy({ ca: await createJobCa('unit CA'), apiUrl, record: (e) => records.push(e) });
    await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
    proxyPort = (proxy.address() as AddressInfo).port;
  });
  afterAll(() => {
    proxy.close();
    upstream.close();
  });
  const viaProxy = (url: string, method = 'GET') =>
    new Promise<number>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port: proxyPort, path: url, method }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      req.on('error', reject);
      req.end(method === 'POST' ? 'To=%2B15551234567&Body=secret' : undefined);
    });

  it('records a Twilio request as method, host, template and status only', async () => {
    const status = await viaProxy(
      `http://api.twilio.com/2010-04-01/Accounts/AC${'1'.repeat(32)}/Messages.json?To=%2B15551234567`,
      'POST',
    );
    expect(status).toBe(201);
    expect(records).toEqual([
      {
        method: 'POST',
        host: 'api.twilio.com',
        path: '/2010-04-01/Accounts/{AccountSid}/Messages.json',
        status: 201,
      },
    ]);
    // Forwarded whole (query included) to twilio-api-url.
    expect(seen.at(-1)).toMatch(
      /^POST 127\.0\.0\.1:\d+ \/2010-04-01\/Accounts\/AC1{32}\/Messages\.json\?To=%2B15551234567$/,
    );
  });

  it('passes other hosts on untouched and records nothing', async () => {
    const before = records.length;
    const status = await viaProxy(
      `${`http://127.0.0.1:${(upstream.address() as AddressInfo).port}`}/other?x=1`,
    );
    expect(status).toBe(201);
    expect(seen.at(-1)).toMatch(/^GET 127\.0\.0\.1:\d+ \/other\?x=1$/);
    expect(records.length).toBe(before);
  });
});

describe('stopping the proxy', () => {
  it('signals the saved pid only when the listener on the saved port says it is that pid', async () => {
    // A process that is not our proxy, and a listener on the port that names another pid (a reused pid/port).
    const bystander = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    const impostor = http.createServer((req, res) =>
      res.end(JSON.stringify({ pid: req.url === IDENTITY_PATH ? 1 : 0 })),
    );
    await new Promise<void>((r) => impostor.listen(0, '127.0.0.1', r));
    const port = (impostor.address() as AddressInfo).port;
    const problem = await stopProxy({ pid: bystander.pid!, port, dir: '/nonexistent' });
    expect(problem).toBe(`port ${port} is still open`);
    expect(bystander.exitCode).toBeNull();
    expect(() => process.kill(bystander.pid!, 0)).not.toThrow();
    bystander.kill();
    impostor.close();
  });
});

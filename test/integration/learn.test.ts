// learn-permissions on the bundled action: main starts the recording proxy, later steps use it through
// the exported environment only, and the post step reports the permissions, stops the proxy and deletes the key.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { X509Certificate } from 'node:crypto';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leaks, ROOT, runStep } from '../harness/action.js';
import { useEmulators } from '../harness/emulators.js';
import { startForwardProxy } from '../harness/forward-proxy.js';
import { createJobCa } from '../../src/learn/ca.js';
import { portOpen } from '../../src/learn/report.js';

const exec = promisify(execFile);
const { twilio, account: live } = useEmulators();
let upstream: https.Server;
let upstreamCaFile: string;
let upstreamFingerprint: string;

beforeAll(async () => {
  // A non-Twilio HTTPS host with its own CA, which the learn proxy must tunnel without looking inside.
  const ca = await createJobCa('upstream test CA');
  const leaf = ca.leaf('upstream.test');
  upstreamCaFile = join(mkdtempSync(join(tmpdir(), 'learn-upstream-')), 'ca.pem');
  writeFileSync(upstreamCaFile, ca.certPem);
  upstreamFingerprint = new X509Certificate(leaf.cert).fingerprint256;
  upstream = https.createServer({ cert: leaf.cert, key: leaf.key }, (_req, res) =>
    res.end('upstream says hi'),
  );
  await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r));
});
afterAll(() => {
  upstream.close();
});

const inputs = (extra: Record<string, string> = {}) => ({
  'account-sid': live.sid,
  'auth-token': live.authToken,
  'twilio-api-url': twilio.url,
  'learn-permissions': 'true',
  ...extra,
});

/** A later step: node with only PATH and what the action exported. */
async function step(env: Record<string, string>, script: string, ...args: string[]) {
  const { stdout } = await exec(process.execPath, [join(ROOT, 'test/fixtures', script), ...args], {
    env: { PATH: process.env.PATH ?? '', ...env },
  });
  return JSON.parse(stdout.trim()) as Record<string, unknown>;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('learn-permissions', () => {
  it('records what a twilio-node step uses, tunnels other hosts, reports, stops the proxy and deletes the key', async () => {
    const main = await runStep('main', { inputs: inputs() });
    expect(main.exitCode, main.stdout + main.stderr).toBe(0);
    expect(main.outputs['credential-type']).toBe('standard-key');
    const state = JSON.parse(main.state['learn-proxy'] ?? '{}') as { pid: number; port: number; dir: string };
    const proxy = `http://127.0.0.1:${state.port}`;
    expect(main.env).toMatchObject({
      HTTPS_PROXY: proxy,
      HTTP_PROXY: proxy,
      NO_PROXY: '127.0.0.1,localhost,::1',
      NODE_EXTRA_CA_CERTS: join(state.dir, 'node-extra-ca.pem'),
      REQUESTS_CA_BUNDLE: join(state.dir, 'ca-bundle.pem'),
      SSL_CERT_FILE: join(state.dir, 'ca-bundle.pem'),
      CURL_CA_BUNDLE: join(state.dir, 'ca-bundle.pem'),
    });
    // Main's own key-create request did not go through the proxy: it was exported afterwards.
    expect(alive(state.pid)).toBe(true);
    expect(twilio.keys(live.sid)).toHaveLength(1);

    const phone = '+15551234567';
    const body = 'private message body 4711';
    const before = twilio.requests.length;
    const app = await step(main.env, 'learn-app.mjs', phone, body);
    expect(app).toMatchObject({ valid: true });
    expect(String(app.message)).toMatch(/^SM[0-9a-f]{32}$/);
    // Both requests reached the emulator, forwarded by the proxy from the real host names.
    const seen = twilio.requests.slice(before).map((r) => `${r.method} ${r.path}`);
    expect(seen).toEqual([
      `POST /2010-04-01/Accounts/${live.sid}/Messages.json`,
      `GET /v2/PhoneNumbers/${phone}`,
    ]);

    const port = (upstream.address() as AddressInfo).port;
    const tunnel = await step(main.env, 'tunnel-client.mjs', `https://127.0.0.1:${port}/`, upstreamCaFile);
    // The client trusted only the upstream's own CA and saw the upstream's own certificate: not intercepted.
    expect(tunnel).toEqual({ status: 200, body: 'upstream says hi', fingerprint: upstreamFingerprint });

    // On disk while the job runs: public certificates and the sanitized request log, no private key.
    expect(readdirSync(state.dir).sort()).toEqual([
      'ca-bundle.pem',
      'ca.pem',
      'node-extra-ca.pem',
      'requests.jsonl',
    ]);
    for (const file of readdirSync(state.dir)) {
      const text = readFileSync(join(state.dir, file), 'utf8');
      expect(text).not.toContain('PRIVATE KEY');
      for (const personal of [phone, body, live.sid]) expect(text).not.toContain(personal);
    }
    expect(main.stdout + main.stderr).not.toContain('PRIVATE KEY');

    const post = await runStep('post', { inputs: inputs(), state: main.state, env: main.env });
    expect(post.exitCode, post.stdout).toBe(0);
    expect(post.summary).toContain('`/twilio/messaging/messages/create`');
    expect(post.summary).toContain('`/twilio/lookup/phone-numbers/read`');
    expect(post.summary).toContain('POST api.twilio.com/2010-04-01/Accounts/{AccountSid}/Messages.json');
    expect(post.summary).toContain('GET lookups.twilio.com/v2/PhoneNumbers/{PhoneNumber}');
    expect(post.summary).toMatch(/permissions: \|\n {2}lookup\n {2}\/twilio\/messaging\/messages\/create\n/);
    expect(post.summary).not.toContain(`127.0.0.1:${port}`);
    for (const personal of [
      phone,
      encodeURIComponent(phone),
      '5551234567',
      body,
      live.sid,
      String(app.message),
    ]) {
      expect(post.summary).not.toContain(personal);
      expect(post.stdout).not.toContain(personal);
    }
    expect(post.stdout).toContain('-> /twilio/messaging/messages/create');
    expect(post.commands.filter((c) => c.command === 'warning')).toEqual([]);

    expect(alive(state.pid)).toBe(false);
    expect(await portOpen(state.port)).toBe(false);
    expect(existsSync(join(state.dir, 'requests.jsonl'))).toBe(false);
    expect(readFileSync(join(state.dir, 'ca.pem'), 'utf8')).toContain('BEGIN CERTIFICATE');
    // Post steps after this one (of actions used earlier) must not look for the stopped proxy.
    expect(post.env).toMatchObject({ HTTPS_PROXY: '', HTTP_PROXY: '', https_proxy: '', http_proxy: '' });
    expect(twilio.keys(live.sid)).toEqual([]);
    expect(leaks(main, live.authToken)).toEqual([]);
  });

  it("behind the runner's own proxy: leaves through it, names it without its password, and the post step puts it back", async () => {
    const corp = await startForwardProxy({ user: 'ci', password: 'pa:ss' });
    try {
      const runnerProxy = corp.url.replace('http://', 'http://ci:pa%3Ass@');
      const main = await runStep('main', {
        inputs: inputs(),
        env: { HTTPS_PROXY: runnerProxy, HTTP_PROXY: runnerProxy },
      });
      expect(main.exitCode, main.stdout + main.stderr).toBe(0);
      const state = JSON.parse(main.state['learn-proxy'] ?? '{}') as { pid: number; dir: string };
      expect(main.stdout).toContain(
        `connects through the runner's proxy ${corp.url} (hosts in NO_PROXY directly)`,
      );
      // Kept for the post step in a file only the job's user may read: never in state or the log.
      expect(statSync(join(state.dir, 'runner-proxy.json')).mode & 0o777).toBe(0o600);
      for (const text of [main.stdout, main.stderr, JSON.stringify(main.state)]) {
        expect(text).not.toContain('pa%3Ass');
        expect(text).not.toContain('pa:ss');
      }

      const phone = '+15551234568';
      expect(await step(main.env, 'learn-app.mjs', phone, 'hello')).toMatchObject({ valid: true });
      const port = (upstream.address() as AddressInfo).port;
      const tunnel = await step(main.env, 'tunnel-client.mjs', `https://127.0.0.1:${port}/`, upstreamCaFile);
      expect(tunnel).toMatchObject({ status: 200, body: 'upstream says hi' });
      // Twilio requests went on to twilio-api-url (plain http here) through the runner's proxy; the other
      // host through its CONNECT. All with the proxy's credentials (it refused none).
      expect(corp.log).toEqual(
        expect.arrayContaining([
          `POST ${twilio.url}/2010-04-01/Accounts/${live.sid}/Messages.json`,
          `GET ${twilio.url}/v2/PhoneNumbers/${phone}`,
          `CONNECT 127.0.0.1:${port}`,
        ]),
      );
      expect(corp.refused).toEqual([]);

      const post = await runStep('post', { inputs: inputs(), state: main.state, env: main.env });
      expect(post.exitCode, post.stdout).toBe(0);
      expect(post.summary).toContain('`/twilio/messaging/messages/create`');
      expect(post.env).toMatchObject({
        HTTPS_PROXY: runnerProxy,
        HTTP_PROXY: runnerProxy,
        https_proxy: '',
        http_proxy: '',
      });
      expect(existsSync(join(state.dir, 'runner-proxy.json'))).toBe(false);
      expect(alive(state.pid)).toBe(false);
      expect(twilio.keys(live.sid)).toEqual([]);
      expect(post.stdout).not.toContain('pa%3Ass');
    } finally {
      await corp.close();
    }
  });

  it('on a pull_request event mints nothing, starts no proxy, and says why in a notice', async () => {
    const test = twilio.addTestAccount();
    const before = twilio.requests.length;
    const main = await runStep('main', {
      inputs: inputs({ 'test-account-sid': test.sid, 'test-auth-token': test.authToken }),
      env: { GITHUB_EVENT_NAME: 'pull_request' },
    });
    expect(main.exitCode, main.stdout).toBe(0);
    expect(twilio.requests.length).toBe(before);
    expect(twilio.keys(live.sid)).toEqual([]);
    expect(main.outputs['credential-type']).toBe('test-credentials');
    expect(main.state['learn-proxy']).toBeUndefined();
    expect(main.env.HTTPS_PROXY).toBeUndefined();
    const notices = main.commands.filter((c) => c.command === 'notice').map((c) => c.message);
    expect(notices.join('\n')).toContain('learn-permissions does nothing on a pull_request event');
    expect(main.commands.filter((c) => c.command === 'warning')).toEqual([]);
  });

  it('refuses explicit permissions before any request', async () => {
    const before = twilio.requests.length;
    const main = await runStep('main', { inputs: inputs({ permissions: 'messaging' }) });
    expect(main.exitCode).toBe(1);
    expect(main.stdout).toContain(
      "Input 'learn-permissions': records what the job needs using a standard key",
    );
    expect(twilio.requests.length).toBe(before);
    expect(main.state['learn-proxy']).toBeUndefined();
  });
});

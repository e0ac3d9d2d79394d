// Learn mode's costs (npm run bench runs this after scripts/bench.ts; --md adds its section to BENCHMARKS.md):
// 1. Added latency per request: median of N requests straight to the Twilio emulator vs the same requests made
//    the way twilio-node makes them with HTTP_PROXY (a CONNECT to api.twilio.com:443 per request, TLS with the
//    job's CA, forwarded by the bundled dist/learn-proxy.cjs to the emulator), all on 127.0.0.1.
// 2. Main step start-up: median wall time of the bundled main step, ephemeral with a standard key, without and
//    with learn-permissions (which waits for the proxy, RSA key generation included), interleaved runs.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import createHttpsProxyAgent from 'https-proxy-agent';
import { runStep } from '../test/harness/action.js';
import { startTwilioEmulator } from '../test/emulator/twilio/index.js';
import { median } from './bench/stats.js';

const ROOT = resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    requests: { type: 'string', default: '100' },
    runs: { type: 'string', default: '15' },
    md: { type: 'boolean', default: false },
  },
});
const N = Number(args.requests);
const RUNS = Number(args.runs);

const twilio = await startTwilioEmulator();
const account = twilio.addAccount();
const path = `/v2/PhoneNumbers/${encodeURIComponent('+15005550006')}`;
const auth = 'Basic ' + Buffer.from(`${account.sid}:${account.authToken}`).toString('base64');

function timed(run: (done: (status: number) => void) => void): Promise<number> {
  return new Promise((resolveTime, reject) => {
    const t = performance.now();
    run((status) =>
      status === 200 ? resolveTime(performance.now() - t) : reject(new Error(`status ${status}`)),
    );
  });
}

// Direct: what the tests do without learn mode (plain HTTP to the emulator, keep-alive).
const keepAlive = new http.Agent({ keepAlive: true });
const direct: number[] = [];
for (let i = 0; i < N + 5; i++) {
  const ms = await timed((done) =>
    http
      .get(`${twilio.url}${path}`, { agent: keepAlive, headers: { authorization: auth } }, (res) => {
        res.resume();
        res.on('end', () => done(res.statusCode ?? 0));
      })
      .on('error', () => done(0)),
  );
  if (i >= 5) direct.push(ms);
}
keepAlive.destroy();

// Through the proxy: start dist/learn-proxy.cjs as main does, then request the way twilio-node does.
const dir = (await import('node:fs')).mkdtempSync(join((await import('node:os')).tmpdir(), 'bench-learn-'));
const proxyChild = spawn(
  process.execPath,
  [join(ROOT, 'dist/learn-proxy.cjs'), JSON.stringify({ dir, apiUrl: twilio.url })],
  {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    env: { PATH: process.env.PATH ?? '' },
  },
);
const { port } = await new Promise<{ port: number }>((r) =>
  proxyChild.once('message', (m) => r(m as { port: number })),
);
const ca = readFileSync(join(dir, 'ca.pem'), 'utf8');
const proxied: number[] = [];
for (let i = 0; i < N + 5; i++) {
  const ms = await timed((done) =>
    https
      .get(
        `https://lookups.twilio.com${path}`,
        {
          agent: createHttpsProxyAgent(`http://127.0.0.1:${port}`) as unknown as https.Agent,
          ca,
          headers: { authorization: auth },
        },
        (res) => {
          res.resume();
          res.on('end', () => done(res.statusCode ?? 0));
        },
      )
      .on('error', () => done(0)),
  );
  if (i >= 5) proxied.push(ms);
}
proxyChild.kill('SIGTERM');
await new Promise((r) => proxyChild.once('exit', r));

// Start-up of the main step, interleaved.
const inputs = {
  'account-sid': account.sid,
  'auth-token': account.authToken,
  'twilio-api-url': twilio.url,
  'key-type': 'standard',
};
const normal: number[] = [];
const learn: number[] = [];
for (let i = 0; i < RUNS + 1; i++) {
  const a = await runStep('main', { inputs });
  const b = await runStep('main', {
    inputs: { ...inputs, 'key-type': 'restricted', 'learn-permissions': 'true' },
  });
  if (a.exitCode !== 0 || b.exitCode !== 0) throw new Error(`main failed:\n${a.stdout}\n${b.stdout}`);
  const state = JSON.parse(b.state['learn-proxy'] ?? '{}') as { pid: number };
  process.kill(state.pid, 'SIGTERM');
  if (i === 0) continue; // warm-up
  normal.push(a.durationMs);
  learn.push(b.durationMs);
}
await twilio.close();

const load = (await import('node:os')).loadavg()[0]!.toFixed(1);
const f = (ms: number): string => ms.toFixed(2);
const rows = [
  ['request, direct to the emulator (HTTP keep-alive)', f(median(direct))],
  ['request through the learn proxy (CONNECT + TLS per request, as twilio-node does)', f(median(proxied))],
  ['added per request', f(median(proxied) - median(direct))],
  ['main step, ephemeral standard key', f(median(normal))],
  ['main step, learn-permissions: true', f(median(learn))],
  ['added to main by learn mode', f(median(learn) - median(normal))],
];
console.log(rows.map(([k, v]) => `${k}: ${v} ms`).join('\n'));

if (args.md) {
  const section = `## Learn mode

Measured by \`scripts/bench-learn.ts\` (run by \`npm run bench\`) on ${new Date().toISOString().slice(0, 10)}, Node ${process.version},
loopback only, load average ${load} on this shared 2-core machine (a busy machine inflates both the TLS handshakes and
the RSA key generation; read the figures as upper bounds). Latency: median of ${N} Lookups requests (after 5 warm-up) with the Twilio emulator; learn mode pays
one CONNECT, one TLS handshake with the job's CA, and one forwarded request per call, as twilio-node (which opens a
new tunnel for every request) does. Start-up: median of ${RUNS} interleaved runs of the bundled main step against
the emulator; learn mode adds the proxy's start, most of it generating two RSA-2048 keys (CA and leaf) in parallel.
Learn mode loads none of this in other modes: \`dist/learn-proxy.cjs\` is a separate bundle that only the detached
proxy process loads, so the figures above do not move.

| | ms |
|---|---|
${rows.map(([k, v]) => `| ${k} | ${v} |`).join('\n')}
`;
  const file = join(ROOT, 'BENCHMARKS.md');
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf('## Learn mode');
  const before = start >= 0 ? text.slice(0, start) : text.trimEnd() + '\n\n';
  const after = start >= 0 ? text.slice(start).replace(/^## Learn mode[\s\S]*?(?=\n## |$)/, '') : '';
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(file)) ?? {};
  writeFileSync(file, await prettier.format(before + section + after, { ...options, filepath: file }));
  console.log('Wrote the learn mode section of BENCHMARKS.md.');
}

// Entry of dist/learn-proxy.js, the detached process main starts in learn mode. Argument: JSON
// {dir, apiUrl}. It makes the job's CA (its key stays in this process), writes the public CA files to
// `dir`, listens on 127.0.0.1 on a free port, tells main the port over IPC, and appends one JSON line per
// Twilio request to dir/requests.jsonl. SIGTERM (from the post step) stops it.
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { rootCertificates } from 'node:tls';
import { createJobCa } from './ca.js';
import { FILES, type ProxyArgs, type ProxyHello } from './files.js';
import { createLearnProxy } from './proxy.js';
import { normaliseProxyEnv } from './upstream.js';

const SYSTEM_BUNDLE = '/etc/ssl/certs/ca-certificates.crt';
const MAX_LIFETIME_MS = 24 * 3_600_000;

function readIf(path: string | undefined): string {
  try {
    return path && existsSync(path) ? readFileSync(path, 'utf8').trim() + '\n' : '';
  } catch {
    return '';
  }
}

async function start(args: ProxyArgs): Promise<void> {
  normaliseProxyEnv();
  const ca = await createJobCa(`configure-twilio-credentials learn mode (pid ${process.pid})`);
  const system = readIf(SYSTEM_BUNDLE) || rootCertificates.join('\n') + '\n';
  writeFileSync(join(args.dir, FILES.ca), ca.certPem);
  writeFileSync(join(args.dir, FILES.bundle), system + readIf(process.env.SSL_CERT_FILE) + ca.certPem);
  writeFileSync(join(args.dir, FILES.nodeExtra), readIf(process.env.NODE_EXTRA_CA_CERTS) + ca.certPem);
  const log = join(args.dir, FILES.requests);
  writeFileSync(log, '');
  const server = createLearnProxy({
    ca,
    apiUrl: args.apiUrl,
    record: (entry) => appendFileSync(log, JSON.stringify(entry) + '\n'),
  });
  const stop = (): void => {
    server.close(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  // A post step that never comes (the runner died) must not leave it running for ever.
  setTimeout(stop, MAX_LIFETIME_MS).unref();
  server.listen(0, '127.0.0.1', () => {
    const ready: ProxyHello = { port: (server.address() as AddressInfo).port };
    process.send?.(ready);
  });
}

start(JSON.parse(process.argv[2] ?? '{}') as ProxyArgs).catch((e: unknown) => {
  const hello: ProxyHello = { error: e instanceof Error ? e.message : String(e) };
  process.send?.(hello);
  process.exit(1);
});

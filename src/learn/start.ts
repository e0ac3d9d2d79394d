// Main's part of learn mode: start dist/learn-proxy.cjs detached (it must outlive this step), learn its
// port over a short-lived IPC channel, save what the post step needs, and point later steps at it.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LEARN_PROXY_ENV, type LEARN_ENV } from '../names/env.js';
import type { Runner } from '../runner.js';
import { STATE } from '../names/state.js';
import { shown } from '../validators.js';
import { FILES, withProxyScheme, type ProxyArgs, type ProxyHello } from './files.js';

export interface LearnState {
  readonly pid: number;
  readonly port: number;
  /** Folder under RUNNER_TEMP with the CA certificate (public) and the request log. */
  readonly dir: string;
}

const START_TIMEOUT_MS = 30_000;
const LOOPBACK = ['127.0.0.1', 'localhost', '::1'];

/** The proxy lives next to the bundle chunk that runs this (dist/). */
function proxyScript(): string {
  const name = ['learn-proxy', 'cjs'].join('.');
  return join(dirname(fileURLToPath(import.meta.url)), name);
}

export function noProxy(existing: string | undefined): string {
  const have = (existing ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return [...have, ...LOOPBACK.filter((h) => !have.includes(h))].join(',');
}

export async function startLearnProxy(
  apiUrl: string | undefined,
  runner: Runner,
  env: NodeJS.ProcessEnv = process.env,
  script = proxyScript(),
): Promise<LearnState> {
  const dir = mkdtempSync(join(env.RUNNER_TEMP || tmpdir(), 'twilio-learn-'));
  const args: ProxyArgs = { dir, apiUrl };
  const runnerProxy = Object.fromEntries(LEARN_PROXY_ENV.flatMap((n) => (env[n] ? [[n, env[n]]] : [])));
  if (Object.keys(runnerProxy).length > 0)
    writeFileSync(join(dir, FILES.runnerProxy), JSON.stringify(runnerProxy), { mode: 0o600 });
  const child = spawn(process.execPath, [script, JSON.stringify(args)], {
    detached: true,
    stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
    env,
  });
  const ready = await new Promise<{ port: number }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('it did not start within 30 s')), START_TIMEOUT_MS);
    child.once('message', (m: ProxyHello) => {
      clearTimeout(timer);
      if ('error' in m) reject(new Error(m.error));
      else resolve(m);
    });
    child.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`it exited with code ${code}`));
    });
  }).catch((e: unknown) => {
    child.kill();
    throw new Error(
      `learn-permissions: the recording proxy failed to start (${e instanceof Error ? e.message : String(e)}).`,
    );
  });
  child.removeAllListeners();
  child.disconnect();
  child.unref();
  const state: LearnState = { pid: child.pid!, port: ready.port, dir };
  runner.saveState(STATE.learnProxy, JSON.stringify(state));
  return state;
}

/** The variables that send later steps through the proxy. */
export function learnEnv(
  state: LearnState,
  env: NodeJS.ProcessEnv = process.env,
): Record<(typeof LEARN_ENV)[number], string> {
  const proxy = `http://127.0.0.1:${state.port}`;
  const noProxyValue = noProxy(env.NO_PROXY ?? env.no_proxy);
  const bundle = join(state.dir, FILES.bundle);
  return {
    HTTPS_PROXY: proxy,
    HTTP_PROXY: proxy,
    https_proxy: proxy,
    http_proxy: proxy,
    NO_PROXY: noProxyValue,
    no_proxy: noProxyValue,
    NODE_EXTRA_CA_CERTS: join(state.dir, FILES.nodeExtra),
    REQUESTS_CA_BUNDLE: bundle,
    SSL_CERT_FILE: bundle,
    CURL_CA_BUNDLE: bundle,
  };
}

/** Called after the key is minted, so that this step's own requests never pass through the proxy. */
export function exportLearnEnv(
  state: LearnState,
  runner: Runner,
  env: NodeJS.ProcessEnv = process.env,
): void {
  const vars = learnEnv(state, env);
  // Before the export: exporting also sets this process's environment, as the runner's toolkit does.
  const through = throughRunnerProxy(env);
  for (const name of Object.keys(vars) as (keyof typeof vars)[]) runner.exportVariable(name, vars[name]);
  runner.info(
    `Learn mode: later steps go through the recording proxy on http://127.0.0.1:${state.port} (pid ${state.pid}). It intercepts only *.twilio.com and tunnels every other host untouched.${through} CA certificate: ${join(state.dir, FILES.ca)}.`,
  );
}

/** What the log says of the runner's own proxy (scheme and host only: never a password). */
export function throughRunnerProxy(env: NodeJS.ProcessEnv): string {
  // The proxy process inherited this step's environment: it leaves through the runner's proxy, if any.
  const value = env.HTTPS_PROXY || env.https_proxy || env.HTTP_PROXY || env.http_proxy;
  if (!value) return '';
  let proxy: URL;
  try {
    proxy = new URL(withProxyScheme(value));
  } catch {
    return " The runner's proxy variable is not a URL: the recording proxy connects directly.";
  }
  const where = shown(`${proxy.protocol}//${proxy.host}`);
  if (proxy.protocol !== 'http:')
    return ` The runner's proxy ${where} is not an http:// proxy: the recording proxy connects directly.`;
  return ` It connects through the runner's proxy ${where} (hosts in NO_PROXY directly); the post step puts the proxy variables back.`;
}

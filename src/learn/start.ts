// Main's part of learn mode: start dist/learn-proxy.cjs detached (it must outlive this step), learn its
// port over a short-lived IPC channel, save what the post step needs, and point later steps at it.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LEARN_ENV } from '../names/env.js';
import type { Runner } from '../runner.js';
import { STATE } from '../names/state.js';
import { FILES, type ProxyArgs, type ProxyHello } from './files.js';

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
  for (const name of Object.keys(vars) as (keyof typeof vars)[]) runner.exportVariable(name, vars[name]);
  runner.info(
    `Learn mode: later steps go through the recording proxy on http://127.0.0.1:${state.port} (pid ${state.pid}). It intercepts only *.twilio.com and tunnels every other host untouched. CA certificate: ${join(state.dir, FILES.ca)}.`,
  );
}

// The post step's part of learn mode: stop the proxy (and make sure it is gone and its port closed),
// then write the request -> permission table to the job summary and the log. Never throws.
import { readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { join } from 'node:path';
import { LEARN_PROXY_ENV } from '../names/env.js';
import type { Runner } from '../runner.js';
import { STATE } from '../names/state.js';
import { analyse, markdown, yamlSnippet } from './permissions-report.js';
import { FILES, IDENTITY_PATH } from './files.js';
import type { Recorded } from './proxy.js';
import type { LearnState } from './start.js';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pid the process listening on `port` reports, if it is our proxy. */
function identity(port: number): Promise<number | undefined> {
  return new Promise((resolve) => {
    const req = http.get(
      { host: '127.0.0.1', port, path: IDENTITY_PATH, timeout: 2000, agent: false },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => {
          try {
            resolve((JSON.parse(body) as { pid?: number }).pid);
          } catch {
            resolve(undefined);
          }
        });
      },
    );
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(undefined));
  });
}

export function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1');
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });
}

/** Stops the proxy; resolves to a problem to report, or undefined when it is gone and its port closed. */
export async function stopProxy(state: LearnState): Promise<string | undefined> {
  // Only signal the pid if the listener on our port says it is that pid: a pid may be reused.
  const pid = await identity(state.port);
  if (pid === state.pid) process.kill(pid, 'SIGTERM');
  for (let i = 0; i < 250 && alive(state.pid) && pid === state.pid; i++) await sleep(20);
  if (pid === state.pid && alive(state.pid)) process.kill(state.pid, 'SIGKILL');
  for (let i = 0; i < 50 && alive(state.pid) && pid === state.pid; i++) await sleep(20);
  if (pid === state.pid && alive(state.pid)) return `the learn proxy (pid ${state.pid}) did not stop`;
  if (await portOpen(state.port)) return `port ${state.port} is still open`;
  return undefined;
}

function readRecords(dir: string): Recorded[] {
  let text: string;
  try {
    text = readFileSync(join(dir, FILES.requests), 'utf8');
  } catch {
    return [];
  }
  return text
    .split('\n')
    .filter(Boolean)
    .flatMap((line) => {
      try {
        return [JSON.parse(line) as Recorded];
      } catch {
        return [];
      }
    });
}

export async function runLearnReport(runner: Runner, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  let state: LearnState;
  try {
    state = JSON.parse(runner.state(STATE.learnProxy)) as LearnState;
  } catch {
    return;
  }
  // Neither this step's own requests (deleting the key) nor the post steps that run after it (of actions
  // used before this one) may look for the proxy that is about to stop: each variable goes back to the
  // runner's own proxy, or to empty, which every client we know of (curl, requests, twilio-node, Node's
  // proxyEnv) reads as unset. Unless a later step changed it.
  const ours = `http://127.0.0.1:${state.port}`;
  const runnerProxy = readRunnerProxy(state.dir);
  for (const name of LEARN_PROXY_ENV)
    if (env[name] === ours) {
      const value = runnerProxy[name] ?? '';
      runner.exportVariable(name, value);
      env[name] = value;
    }
  try {
    const problem = await stopProxy(state);
    if (problem) runner.warning(`Learn mode: ${problem}; it ends with the job.`);
    else
      runner.info(
        `Learn mode: stopped the recording proxy (pid ${state.pid}); port ${state.port} is closed.`,
      );
    const result = analyse(readRecords(state.dir));
    runner.summary(markdown(result));
    runner.info(`Twilio requests this job made (${result.rows.length} distinct):`);
    for (const r of result.rows)
      runner.info(
        `  ${r.request} -> ${r.permission ?? (r.known ? 'no known permission string' : 'unknown endpoint')}`,
      );
    if (result.value.length > 0)
      runner.info(`Smallest inputs that would have served them:\n${yamlSnippet(result.value)}`);
  } catch (e) {
    runner.warning(
      `Learn mode: could not report the permissions: ${e instanceof Error ? e.message : String(e)}`,
    );
  } finally {
    // The CA files stay until the runner empties RUNNER_TEMP: later post steps may still name them in
    // NODE_EXTRA_CA_CERTS / SSL_CERT_FILE, and trusting a CA whose key is gone is harmless.
    rmSync(join(state.dir, FILES.requests), { force: true });
    rmSync(join(state.dir, FILES.runnerProxy), { force: true });
  }
}

/** The proxy variables the job had before learn mode (see FILES.runnerProxy); none when unreadable. */
function readRunnerProxy(dir: string): Partial<Record<string, string>> {
  try {
    const saved = JSON.parse(readFileSync(join(dir, FILES.runnerProxy), 'utf8')) as unknown;
    if (typeof saved !== 'object' || saved === null) return {};
    return Object.fromEntries(Object.entries(saved).filter(([, v]) => typeof v === 'string'));
  } catch {
    return {};
  }
}

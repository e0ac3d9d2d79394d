// How the bench starts its children. Each gets a runner-like environment built from scratch (no
// NODE_EXTRA_CA_CERTS, no NODE_OPTIONS): this machine sets NODE_EXTRA_CA_CERTS, which costs ~70 ms per Node start,
// and runners do not. Every bundle is copied to a temporary directory first, so a concurrent `npm run bundle`
// cannot change what is measured half-way.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { DEFAULT_ENV, runStep as runHarnessStep } from '../../test/harness/action.js';
import { bundleFiles, type Options } from './args.js';

/** A bundle under test: `actionDir` holds its dist/ (the harness runs `actionDir/dist/main.js`). */
export interface Bundle {
  readonly label: string;
  /** Where it was copied from. */
  readonly source: string;
  readonly actionDir: string;
}

/** performance.now() just before the spawn and at 'close' (all stdio drained, process exited); RSS in kB. */
export interface Timed {
  readonly spawnedAt: number;
  readonly closedAt: number;
  readonly wallMs: number;
  readonly rssKb: number | undefined;
}

export type StepRun = Timed & { stdout: string; state: Record<string, string> };

export interface Children {
  readonly current: Bundle;
  /** --baseline's bundle. */
  readonly baseline: Bundle | undefined;
  /** Whether children run under `chrt -f 1` (--rt). */
  readonly realtime: boolean;
  /** One step of a bundle, run as the runner runs it (test/harness/action.ts), timed; throws if it fails. */
  runStep(
    bundle: Bundle,
    node: string,
    step: 'main' | 'post',
    inputs: Record<string, string>,
    extraEnv: Record<string, string>,
    state: Record<string, string>,
    rss?: boolean,
  ): Promise<StepRun>;
  /** `node -e 0`: what any Node start costs, the denominator of every ratio. */
  runEmpty(node: string, rss?: boolean): Promise<Timed>;
  /** `node -v`. */
  version(node: string): string;
  /** Removes the copies. */
  remove(): void;
}

export function prepareChildren(opts: Options): Children {
  const snapshot = mkdtempSync(join(os.tmpdir(), 'ctc-bench-'));
  const copy = (source: string, actionDir: string, label: string): Bundle => {
    cpSync(bundleFiles(source), join(actionDir, 'dist'), { recursive: true });
    return { label, source, actionDir };
  };
  // (Inputs and their defaults come from action.yml, which test/harness/action.ts read when this started.)
  const current = copy(opts.dist, snapshot, 'current');
  const baseline = opts.baseline && copy(opts.baseline.dir, join(snapshot, 'baseline'), opts.baseline.label);

  const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
  // --rt: every child (steps and `node -e 0` alike) under SCHED_FIFO, so that other load on a shared machine does
  // not preempt it. The emulators in this process keep the normal policy.
  const chrt = opts.rt ? (['/usr/bin/chrt', '/bin/chrt'].find((p) => existsSync(p)) ?? '') : '';
  if (opts.rt && !chrt) throw new Error('--rt needs chrt (util-linux)');
  const rssHook = join(snapshot, 'rss-hook.cjs');
  writeFileSync(
    rssHook,
    `process.on('exit', () => require('fs').writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)));\n`,
  );
  /** A runner-like environment: nothing inherited but PATH and HOME. */
  const baseEnv = (): Record<string, string> => ({
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? snapshot,
    RUNNER_TEMP: snapshot,
    ...DEFAULT_ENV,
  });

  /**
   * A child's command line (`argv` is `[node, ...args]`) and how to read its peak RSS: under /usr/bin/time
   * (or with the RSS hook, which writes to BENCH_RSS_FILE) when `rss`, and under chrt with --rt.
   */
  const launch = (argv: readonly string[], rss: boolean) => {
    const file = join(snapshot, `rss-${Math.random().toString(36).slice(2)}`);
    const [node = process.execPath, ...rest] = argv;
    let line = [node, ...rest];
    if (rss && timeBin) line = [timeBin, '-f', '%M', '-o', file, ...line];
    else if (rss) line = [node, '--require', rssHook, ...rest];
    return {
      line: chrt ? [chrt, '-f', '1', ...line] : line,
      env: (env: Record<string, string>) => (rss ? { ...env, BENCH_RSS_FILE: file } : env),
      timed(spawnedAt: number, closedAt: number): Timed {
        const rssKb = rss ? Number(readFileSync(file, 'utf8').trim().split('\n').pop() ?? '') : undefined;
        rmSync(file, { force: true });
        return { spawnedAt, closedAt, wallMs: closedAt - spawnedAt, rssKb };
      },
    };
  };

  return {
    current,
    baseline,
    realtime: Boolean(chrt),
    async runStep(bundle, node, step, inputs, extraEnv, state, rss = false) {
      const how = launch([node], rss);
      const r = await runHarnessStep(step, {
        ...{ inputs, env: how.env(extraEnv), state, node, actionDir: bundle.actionDir, removeTemp: true },
        wrap: ([, script = '']) => [...how.line, script],
      });
      if (r.exitCode !== 0 || /^::error/m.test(r.stdout))
        throw new Error(
          `${bundle.label}: ${step} step failed (exit ${r.exitCode}):\n${r.stdout}\n${r.stderr}`,
        );
      const spawnedAt = r.startedAt ?? NaN;
      return { ...how.timed(spawnedAt, spawnedAt + r.durationMs), stdout: r.stdout, state: r.state };
    },
    runEmpty(node, rss = false) {
      const how = launch([node, '-e', '0'], rss);
      const [cmd = node, ...args] = how.line;
      return new Promise((done, fail) => {
        const spawnedAt = performance.now();
        const child = spawn(cmd, args, {
          env: how.env(baseEnv()),
          cwd: snapshot,
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        child.stdout.resume();
        child.stderr.resume();
        child.on('error', fail);
        child.on('close', () => done(how.timed(spawnedAt, performance.now())));
      });
    },
    version: (node) => spawnSync(node, ['-v'], { env: baseEnv(), encoding: 'utf8' }).stdout.trim(),
    remove: () => rmSync(snapshot, { recursive: true, force: true }),
  };
}

// The one table of modes. Each entry says which inputs the mode reads, how they parse into its Config,
// and where its code is (loaded only when that mode runs: test mode loads no Twilio or GitHub code).
// Typed so that a Mode without an entry, an entry without a Mode, or a parse and run that disagree on
// their Config fails `npm run typecheck`.
import type { Config, Mode } from '../config.js';
import type { ModeContext } from '../inputs/context.js';
import { parseEphemeral } from '../inputs/ephemeral.js';
import type { InputName, ReadInput } from '../inputs/names.js';
import type { Parsed } from '../inputs/problems.js';
import { parseRevoke } from '../inputs/revoke.js';
import { parseRotate } from '../inputs/rotate.js';
import { parseSweep } from '../inputs/sweep.js';
import { parseTest } from '../inputs/test.js';
import type { Runner } from '../runner.js';

export type ConfigOf<M extends Mode> = Extract<Config, { readonly mode: M }>;

export interface ModeEntry<C extends Config> {
  /**
   * Inputs only some modes read; a given one outside this list "has no effect" (a warning). The shared
   * inputs (credentials, mode, dry-run, export-env, Region...) are not listed: pull-request runs
   * legitimately carry admin credentials that test mode ignores.
   */
  readonly inputs: readonly InputName[];
  readonly parse: (read: ReadInput, ctx: ModeContext) => Parsed<C>;
  readonly run: () => Promise<(config: C, runner: Runner) => Promise<void> | void>;
}

export type ModeTable = { readonly [M in Mode]: ModeEntry<ConfigOf<M>> };

// Keys in the order the `mode` input's messages list them.
export const MODE_TABLE = {
  ephemeral: {
    inputs: [
      'permissions',
      'key-type',
      'friendly-name',
      'skip-key-delete',
      'secrets',
      'secret-prefix',
      'github-token',
      'access-token-identity',
      'access-token-ttl',
      'access-token-grants',
      'learn-permissions',
    ],
    parse: parseEphemeral,
    run: () => import('./ephemeral.js').then((m) => m.runEphemeral),
  },
  revoke: {
    inputs: ['key-sid', 'secrets', 'secret-prefix', 'github-token'],
    parse: parseRevoke,
    run: () => import('./revoke.js').then((m) => m.runRevoke),
  },
  rotate: {
    inputs: [
      'permissions',
      'key-type',
      'friendly-name',
      'grace-period',
      'rotate-auth-token',
      'overwrite-secrets',
      'secrets',
      'secret-prefix',
      'github-token',
    ],
    parse: parseRotate,
    run: () => import('./rotate/index.js').then((m) => m.runRotate),
  },
  sweep: {
    inputs: ['max-age'],
    parse: parseSweep,
    run: () => import('./sweep.js').then((m) => m.runSweep),
  },
  test: {
    inputs: [
      'permissions',
      'access-token-identity',
      'access-token-ttl',
      'access-token-grants',
      'learn-permissions',
    ],
    parse: parseTest,
    run: () => import('./test.js').then((m) => m.runTest),
  },
} as const satisfies ModeTable;

export const MODES = Object.keys(MODE_TABLE) as Mode[];

/** Runs a parsed Config with its mode's code (generic, so the entry and the Config are the same mode). */
export async function runMode<M extends Mode>(config: ConfigOf<M> & { readonly mode: M }, runner: Runner) {
  const table: ModeTable = MODE_TABLE;
  const run = await table[config.mode].run();
  await run(config, runner);
}

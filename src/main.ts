// Main step. Exports run() only; src/main-entry.ts calls it (so tools such as @github/local-action
// can import this file without running the action twice).
import { randomBytes } from 'node:crypto';
import type { Config } from './config.js';
import { runContext } from './context.js';
import { parseInputs } from './inputs.js';
import { maskSecretInputs } from './mask-inputs.js';
import { createRunner, type Runner } from './runner.js';

async function dispatch(config: Config, runner: Runner): Promise<void> {
  // Each mode loads only what it needs: test mode loads no Twilio or GitHub code at all.
  switch (config.mode) {
    case 'test':
      return (await import('./modes/test.js')).runTest(config, runner);
    case 'ephemeral':
      return (await import('./modes/ephemeral.js')).runEphemeral(config, runner);
    case 'revoke':
      return (await import('./modes/revoke.js')).runRevoke(config, runner);
    case 'rotate':
      return (await import('./modes/rotate/index.js')).runRotate(config, runner);
    case 'sweep':
      return (await import('./modes/sweep.js')).runSweep(config, runner);
  }
}

export async function run(runner: Runner = createRunner(), env = process.env): Promise<void> {
  try {
    maskSecretInputs(runner);
    const parsed = parseInputs(runner.input, {
      run: runContext(env),
      nonce: randomBytes(3).toString('hex'),
      env,
    });
    if (!parsed.ok) {
      for (const error of parsed.errors) runner.error(error);
      runner.fail(`${parsed.errors.length} input problem(s); nothing was sent to Twilio or GitHub.`);
      return;
    }
    for (const warning of parsed.warnings) runner.warning(warning);
    for (const note of parsed.notes) runner.info(note);
    await dispatch(parsed.config, runner);
  } catch (e) {
    runner.fail(e instanceof Error ? e.message : String(e));
  }
}

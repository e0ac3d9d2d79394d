// Main step. Exports run() only; src/main-entry.ts calls it (so tools such as @github/local-action
// can import this file without running the action twice).
import { randomBytes } from 'node:crypto';
import { runContext } from './context.js';
import { parseInputs } from './inputs.js';
import { maskSecretInputs } from './mask-inputs.js';
import { runMode } from './modes/table.js';
import { createRunner, type Runner } from './runner.js';

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
    // Each mode loads only what it needs: test mode loads no Twilio or GitHub code at all.
    await runMode(parsed.config, runner);
  } catch (e) {
    runner.fail(e instanceof Error ? e.message : String(e));
  }
}

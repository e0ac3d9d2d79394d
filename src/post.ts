// Post step: runs after the job's steps, also on failure and cancel. Never fails the job.
// Deleting the key depends only on main's state and the admin credential (src/post-target.ts).
import { runContext } from './context.js';
import { parseInputs, TIMEOUT_VARIABLE } from './inputs.js';
import { maskSecretInputs } from './mask-inputs.js';
import { postTarget, tolerantTimeout } from './post-target.js';
import { createRunner, type Runner } from './runner.js';
import { STATE } from './names/state.js';
import { shown } from './validators.js';

export async function run(runner: Runner = createRunner(), env = process.env): Promise<void> {
  try {
    maskSecretInputs(runner);
    if (runner.state(STATE.learnProxy)) await (await import('./learn/report.js')).runLearnReport(runner, env);
    const keySid = runner.state(STATE.keySid);
    const friendlyName = runner.state(STATE.friendlyName);
    if (!keySid && !friendlyName) {
      runner.info('Nothing to clean up: this step minted no key.');
      return;
    }
    if (runner.state(STATE.skipKeyDelete) === 'true') {
      runner.info(
        `skip-key-delete is set: key ${keySid || shown(friendlyName)} and its secrets stay; delete them with mode: revoke.`,
      );
      return;
    }
    const target = postTarget(runner.state, runner.input, env);
    for (const warning of target.warnings) runner.warning(warning);
    const { runCleanup } = await import('./modes/cleanup.js');
    await runCleanup(target, secretsConfig(runner, env), runner);
  } catch (e) {
    runner.warning(`Cleanup failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** The inputs, for deleting the secrets main wrote; only parsed when there are some. */
function secretsConfig(runner: Runner, env: typeof process.env) {
  if (!runner.state(STATE.secrets)) return undefined;
  // A timeout variable a later step broke is a warning already said, not a reason to keep secrets.
  const tolerant = { ...env, [TIMEOUT_VARIABLE]: String(tolerantTimeout(env).timeoutMs) };
  const parsed = parseInputs(runner.input, { run: runContext(env), nonce: '000000', env: tolerant });
  if (parsed.ok && parsed.config.mode === 'ephemeral') return parsed.config;
  runner.warning(
    `Cannot delete the secrets this run wrote: the inputs no longer parse${parsed.ok ? '' : ` (${parsed.errors.join(' ')})`}.`,
  );
  return undefined;
}

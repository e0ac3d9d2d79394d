// Post step: runs after the job's steps, also on failure and cancel. Never fails the job.
import { runContext } from './context.js';
import { parseInputs } from './inputs.js';
import { createRunner, type Runner } from './runner.js';
import { STATE } from './state.js';

export async function run(runner: Runner = createRunner(), env = process.env): Promise<void> {
  try {
    if (runner.state(STATE.learnProxy)) await (await import('./learn/report.js')).runLearnReport(runner, env);
    const keySid = runner.state(STATE.keySid);
    const friendlyName = runner.state(STATE.friendlyName);
    if (!keySid && !friendlyName) {
      runner.info('Nothing to clean up: this step minted no key.');
      return;
    }
    if (runner.state(STATE.skipKeyDelete) === 'true') {
      runner.info(
        `skip-key-delete is set: key ${keySid || friendlyName} and its secrets stay; delete them with mode: revoke.`,
      );
      return;
    }
    const parsed = parseInputs(runner.input, { run: runContext(env), nonce: '000000', env });
    if (!parsed.ok || parsed.config.mode !== 'ephemeral') {
      runner.warning(
        `Cannot clean up key ${keySid || friendlyName}: the inputs no longer parse. mode: sweep will remove it.`,
      );
      return;
    }
    const { runCleanup } = await import('./modes/cleanup.js');
    await runCleanup(parsed.config, runner);
  } catch (e) {
    runner.warning(`Cleanup failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}

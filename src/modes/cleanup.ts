// The post step of ephemeral mode: delete the key and the secrets this run wrote.
// It never fails the job: a key it cannot delete is reported, and mode: sweep removes it later.
import type { EphemeralConfig, SecretTarget } from '../config.js';
import type { Runner } from '../runner.js';
import { describeTarget } from '../github/targets.js';
import { STATE } from '../names/state.js';
import { createKeyApi } from '../twilio/keys.js';
import { createDeadline, type PostTarget } from '../post-target.js';
import { shown } from '../validators.js';

export interface SavedSecrets {
  readonly targets: readonly SecretTarget[];
  readonly names: readonly string[];
}

/** Real time; tests of the polling pass their own. */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}
const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
/** How often the post step lists keys while a create may still land. */
export const LATE_CREATE_POLL_MS = 1000;

export async function runCleanup(
  target: PostTarget,
  cfg: EphemeralConfig | undefined,
  runner: Runner,
  clock: Clock = realClock,
): Promise<void> {
  const saved = runner.state(STATE.secrets);
  await Promise.all([
    deleteKey(target, runner, clock),
    saved && cfg ? deleteSecrets(cfg, runner, saved) : undefined,
  ]);
}

export async function deleteKey(target: PostTarget, runner: Runner, clock: Clock = realClock): Promise<void> {
  const keySid = runner.state(STATE.keySid);
  const friendlyName = runner.state(STATE.friendlyName);
  if (!keySid) {
    // No key can exist when Twilio refused the create, or when it was never sent: nothing to warn about.
    if (runner.state(STATE.createOutcome) === 'refused') {
      runner.info('Twilio refused to create the key: no key exists, nothing to delete.');
      return;
    }
    if (!runner.state(STATE.createSentAt)) {
      runner.info('The key was never requested: nothing to delete.');
      return;
    }
  }
  const what = keySid || `named '${shown(friendlyName)}'`;
  const stays =
    'It stays alive until deleted; a scheduled run with mode: sweep removes keys this action tagged once they are older than max-age.';
  if (!target.ok) {
    runner.warning(`Could not delete key ${what}: ${target.problem} ${stays}`);
    return;
  }
  const keys = createKeyApi(target.twilio, { log: runner });
  try {
    // Main may have been stopped between the create request and its answer: then only the name is known,
    // and the create may still land until its own timeout has passed.
    const deadline = keySid ? undefined : createDeadline(runner.state, clock.now());
    let said = false;
    for (;;) {
      const sids = keySid ? [keySid] : (await keys.findByName(friendlyName)).map((k) => k.sid);
      for (const sid of sids) {
        const result = await keys.remove(sid);
        runner.info(result === 'deleted' ? `Deleted key ${sid}.` : `Key ${sid} was already gone.`);
      }
      const now = clock.now();
      if (sids.length > 0 || deadline === undefined || now >= deadline) {
        if (sids.length === 0)
          runner.info(`No key named '${shown(friendlyName)}' exists: nothing to delete.`);
        return;
      }
      if (!said)
        runner.info(
          `No key named '${shown(friendlyName)}' yet; its create request may still land, so the post step looks again until ${new Date(deadline).toISOString()}.`,
        );
      said = true;
      await clock.sleep(Math.min(LATE_CREATE_POLL_MS, deadline - now));
    }
  } catch (e) {
    runner.warning(`Could not delete key ${what}: ${e instanceof Error ? e.message : String(e)} ${stays}`);
  }
}

async function deleteSecrets(cfg: EphemeralConfig, runner: Runner, saved: string): Promise<void> {
  const { targets, names } = JSON.parse(saved) as SavedSecrets;
  if (!cfg.delivery.github) {
    runner.warning(`Could not delete the secrets this run wrote: github-token is empty in the post step.`);
    return;
  }
  const { createSecretsApi } = await import('../github/secrets.js');
  const report = await createSecretsApi(cfg.delivery.github, { log: runner }).remove(targets, [...names]);
  for (const r of report.removed) runner.info(`Deleted secret ${describeTarget(r.target)}/${r.name}.`);
  for (const f of report.failed)
    runner.warning(`Could not delete secret ${describeTarget(f.target)}/${f.name}: ${f.error.explain()}`);
}

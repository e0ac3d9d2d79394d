// The post step of ephemeral mode: delete the key and the secrets this run wrote.
// It never fails the job: a key it cannot delete is reported, and mode: sweep removes it later.
import type { EphemeralConfig, SecretTarget } from '../config.js';
import type { Runner } from '../runner.js';
import { describeTarget } from '../github/targets.js';
import { STATE } from '../state.js';
import { createKeyApi } from '../twilio/keys.js';
import { savedLocation } from './location-outputs.js';

export interface SavedSecrets {
  readonly targets: readonly SecretTarget[];
  readonly names: readonly string[];
}

export async function runCleanup(cfg: EphemeralConfig, runner: Runner): Promise<void> {
  const keySid = runner.state(STATE.keySid);
  const friendlyName = runner.state(STATE.friendlyName);
  const saved = runner.state(STATE.secrets);
  await Promise.all([
    deleteKey(cfg, runner, keySid, friendlyName),
    saved ? deleteSecrets(cfg, runner, saved) : undefined,
  ]);
}

async function deleteKey(
  cfg: EphemeralConfig,
  runner: Runner,
  keySid: string,
  friendlyName: string,
): Promise<void> {
  const keys = createKeyApi(savedLocation(cfg, runner), { log: runner });
  const what = keySid || `named '${friendlyName}'`;
  try {
    // Main may have been stopped between the create request and its answer: then only the name is known.
    const sids = keySid ? [keySid] : (await keys.findByName(friendlyName)).map((k) => k.sid);
    if (sids.length === 0) runner.info(`No key named '${friendlyName}' exists: nothing to delete.`);
    for (const sid of sids) {
      const result = await keys.remove(sid);
      runner.info(result === 'deleted' ? `Deleted key ${sid}.` : `Key ${sid} was already gone.`);
    }
  } catch (e) {
    runner.warning(
      `Could not delete key ${what}: ${e instanceof Error ? e.message : String(e)} It stays alive until deleted; a scheduled run with mode: sweep removes keys this action tagged once they are older than max-age.`,
    );
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

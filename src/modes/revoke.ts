// revoke: delete a key kept alive across jobs (skip-key-delete) and the secrets that carried it.
// Idempotent: a key or secret that is already gone (404) is fine. Unlike the post step, revoke is the
// user's explicit request, so a deletion that fails for another reason fails the step (after every
// deletion was tried).
import type { RevokeConfig } from '../config.js';
import type { Runner } from '../runner.js';
import { code, list, table, type Row } from '../summary.js';
import { createKeyApi } from '../twilio/keys.js';
import { keySecretNames } from '../names/secrets.js';

export async function runRevoke(cfg: RevokeConfig, runner: Runner): Promise<void> {
  const { twilio, delivery, keySid } = cfg;
  const names = keySecretNames(delivery.secretPrefix);
  const { describeTarget } = await import('../github/targets.js');
  const targets = delivery.targets.map(describeTarget);

  if (cfg.dryRun) {
    runner.info(`Dry run: would delete key ${keySid} of ${twilio.accountSid}.`);
    for (const t of targets) runner.info(`Would delete ${names.join(', ')} from ${t}.`);
    runner.output('deleted-keys', '[]');
    runner.summary(
      table('Twilio revoke (dry run)', [
        ['Key', `${code(keySid)} (would delete)`],
        ['Secrets', targets.length ? `${list(names)} on ${list(targets)} (would delete)` : 'none'],
      ]),
    );
    return;
  }

  const keyProblems: string[] = [];
  const secretProblems: string[] = [];
  const keyRows: Row[] = [];
  const secretRows: Row[] = [];

  const keyWork = (async () => {
    try {
      const result = await createKeyApi(twilio, { log: runner }).remove(keySid);
      if (result === 'deleted') {
        runner.info(`Deleted key ${keySid}.`);
        keyRows.push(['Key', `${code(keySid)} deleted`]);
        return [keySid];
      }
      runner.info(
        `Key ${keySid} was already gone (or does not belong to ${twilio.accountSid}): nothing to delete.`,
      );
      keyRows.push(['Key', `${code(keySid)} already gone`]);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      keyProblems.push(`Key ${keySid} was not deleted and still works. ${message}`);
      keyRows.push(['Key', `${code(keySid)} NOT deleted`]);
    }
    return [];
  })();

  const secretsWork = (async () => {
    if (delivery.targets.length === 0 || !delivery.github) return;
    const { createSecretsApi } = await import('../github/secrets.js');
    const report = await createSecretsApi(delivery.github, { log: runner }).remove(delivery.targets, names);
    const removed: string[] = [];
    for (const r of report.removed) {
      const label = `${describeTarget(r.target)}/${r.name}`;
      removed.push(label);
      runner.info(r.alreadyGone ? `Secret ${label} was already gone.` : `Deleted secret ${label}.`);
    }
    for (const f of report.failed) secretProblems.push(f.error.explain());
    secretRows.push(['Secrets deleted', list(removed)]);
    if (report.failed.length)
      secretRows.push([
        'Secrets NOT deleted',
        list(report.failed.map((f) => `${describeTarget(f.target)}/${f.name}`)),
      ]);
  })();

  const [deleted] = await Promise.all([keyWork, secretsWork]);
  runner.output('deleted-keys', JSON.stringify(deleted));
  runner.summary(table('Twilio revoke', [...keyRows, ...secretRows]));
  const problems = [...keyProblems, ...secretProblems];
  if (problems.length)
    throw new Error(
      `Revoke did not finish: ${problems.join(' ')} Run it again once the cause is fixed (revoke is idempotent).`,
    );
}

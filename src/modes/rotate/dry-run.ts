// rotate with dry-run: the lineage, ownership and delete permission were already proved by the real run's
// first step; this proves every target is reachable, prints the plan and a checklist, and changes nothing.
import { formatDuration } from '../../duration.js';
import { code, list, table } from '../../summary.js';
import type { KeySummary } from '../../twilio/keys.js';
import { shown } from '../../validators.js';
import { planRotation } from './plan.js';
import { explainAll, type Run } from './run.js';

export async function dryRun(run: Run, lineage: readonly KeySummary[]): Promise<void> {
  const { cfg, runner, targetLabels } = run;
  const names = [run.names.sid, run.names.key, run.names.secret];
  // Reads are fine in a dry run: the public-key reads prove the token may reach every target.
  try {
    await run.preparing;
  } catch (e) {
    throw new Error(`Dry run: the secrets targets are not reachable: ${explainAll(e)}`, { cause: e });
  }
  const now = run.keys.serverTime() ?? Date.now();
  const plan = planRotation(
    lineage,
    { sid: '(new key)', dateCreated: new Date(now) },
    now,
    cfg.gracePeriodMs,
    run.protect,
  );
  runner.info(
    `Dry run: would create a ${cfg.keyType} key '${shown(cfg.friendlyName)}' on ${cfg.twilio.accountSid}.`,
  );
  for (const t of targetLabels) runner.info(`Would write ${names.join(', ')} to ${t}.`);
  runner.info(
    plan.remove.length
      ? `Would then delete ${plan.remove.map((k) => k.sid).join(', ')} (successor older than ${formatDuration(cfg.gracePeriodMs)}).`
      : 'Would delete no key (none is superseded for longer than the grace period).',
  );
  if (cfg.rotateAuthToken) runner.info(`Would rotate the Auth Token and write it to ${run.names.token}.`);
  // Each of these failed the step before this point, with the real run's message.
  const checks = [
    `Twilio: the admin credential may list the keys of ${cfg.twilio.accountSid}`,
    ...(cfg.twilio.credential.kind === 'api-key' ? ['Twilio: the admin API key may delete keys'] : []),
    ...targetLabels.map((t) => `GitHub: ${t} exists and its public key can be read with github-token`),
    cfg.overwriteSecrets
      ? 'GitHub: existing target secrets may be taken over (overwrite-secrets)'
      : 'GitHub: every existing target secret was written while a key of this lineage existed',
  ];
  for (const c of checks) runner.info(`✓ ${c}`);
  runner.output('credential-type', 'none');
  runner.output('deleted-keys', '[]');
  runner.summary(
    table('Twilio rotation (dry run)', [
      ['Lineage', code(cfg.friendlyName)],
      ['Keys in lineage', list(lineage.map((k) => k.sid))],
      ['Would write', `${list(names)} to ${list(targetLabels)}`],
      ['Would delete', list(plan.remove.map((k) => k.sid))],
      ['Auth Token', cfg.rotateAuthToken ? 'would rotate' : 'not rotated'],
      ...checks.map((c) => [`✅ ${c}`, 'ok'] as const),
    ]),
  );
}

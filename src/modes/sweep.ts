// sweep: delete keys this action minted for jobs that died before their post step ran.
// Only keys carrying the ephemeral tag and older than max-age (see sweep-plan.ts); mints nothing.
// A failed delete is a warning per key, and the step fails at the end when any failed: sweep is a
// scheduled hygiene job, and a key it could not delete should be seen, not buried in a log.
import { shown } from '../validators.js';
import type { SweepConfig } from '../config.js';
import { formatDuration } from '../duration.js';
import type { Runner } from '../runner.js';
import { code, table, type Row } from '../summary.js';
import { createKeyApi } from '../twilio/keys.js';
import { planSweep } from './sweep-plan.js';

/** Deletes in flight at once: fast over thousands of keys, gentle on Twilio's rate limits. */
export const SWEEP_CONCURRENCY = 8;
/** SIDs listed one by one in the log and summary; beyond this only counts. */
const LIST_LIMIT = 50;

export async function runSweep(cfg: SweepConfig, runner: Runner): Promise<void> {
  const { twilio } = cfg;
  const keys = createKeyApi(twilio, { log: runner });
  const all = await keys.list();
  // Twilio's clock (its Date header) when it gave one: a runner clock that is off changes nothing.
  const now = keys.serverTime() ?? Date.now();
  const protect = new Set(twilio.credential.kind === 'api-key' ? [twilio.credential.username] : []);
  const plan = planSweep(all, { now, maxAgeMs: cfg.maxAgeMs, runId: cfg.run.runId, protect });
  const age = formatDuration(cfg.maxAgeMs);
  runner.info(
    `Listed ${plan.listed} key(s) of ${twilio.accountSid}: ${plan.tagged} carry this action's ephemeral tag, ${plan.remove.length} of them older than ${age}.`,
  );
  if (plan.currentRun)
    runner.info(`Left ${plan.currentRun} key(s) of this workflow run (${cfg.run.runId}) alone.`);

  const describe = (k: { sid: string; friendlyName: string; dateCreated: Date }) =>
    `${k.sid} '${shown(k.friendlyName)}' created ${k.dateCreated.toISOString()}`;
  const counts = (deleted: number, failed: number): Row[] => [
    ['Keys listed', String(plan.listed)],
    ['Tagged (gha:eph:)', String(plan.tagged)],
    [`Older than ${age}`, String(plan.remove.length)],
    [cfg.dryRun ? 'Would delete' : 'Deleted', String(deleted)],
    ['Failed', String(failed)],
  ];

  if (cfg.dryRun) {
    for (const k of plan.remove) runner.info(`Dry run: would delete ${describe(k)}.`);
    runner.output('deleted-keys', '[]');
    runner.summary(
      table('Twilio sweep (dry run)', [
        ...counts(plan.remove.length, 0),
        ['Would delete', sids(plan.remove.map((k) => k.sid))],
      ]),
    );
    return;
  }

  const byId = new Map(plan.remove.map((k) => [k.sid, k]));
  const report = await keys.removeMany(
    plan.remove.map((k) => k.sid),
    SWEEP_CONCURRENCY,
    (sid, result) => {
      const k = byId.get(sid);
      const what = k ? describe(k) : sid;
      if (result === 'deleted') runner.info(`Deleted ${what}.`);
      else if (result === 'gone') runner.info(`Already gone: ${what}.`);
      else runner.warning(`Could not delete ${what}: ${result.message}`);
    },
  );
  // In list order; keys already gone (their post step won the race) are not in it.
  const done = new Set(report.deleted);
  const deleted = plan.remove.map((k) => k.sid).filter((sid) => done.has(sid));
  runner.output('deleted-keys', JSON.stringify(deleted));
  const rows = counts(deleted.length, report.failed.length);
  if (report.gone.length) rows.push(['Already gone', String(report.gone.length)]);
  if (deleted.length) rows.push(['Deleted keys', sids(deleted)]);
  if (report.failed.length) rows.push(['Not deleted', sids(report.failed.map((f) => f.sid))]);
  runner.summary(
    table(
      'Twilio sweep',
      rows,
      `Only keys whose name starts with \`gha:eph:\` are ever deleted; untagged and \`gha:rot:\` keys are never touched.`,
    ),
  );
  if (report.failed.length) {
    const reasons = [...new Set(report.failed.map((f) => f.error.message))];
    throw new Error(
      `Sweep could not delete ${report.failed.length} of ${plan.remove.length} key(s); they stay alive and the next sweep tries again. ${reasons.slice(0, 3).join(' ')}`,
    );
  }
}

function sids(all: readonly string[]): string {
  const shown = all.slice(0, LIST_LIMIT).map(code).join(', ');
  return all.length > LIST_LIMIT ? `${shown} and ${all.length - LIST_LIMIT} more` : shown || 'none';
}

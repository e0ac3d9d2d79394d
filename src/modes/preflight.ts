// dry-run for ephemeral: a read-only preflight. It proves with read requests what the real run needs
// (the admin credential may list and delete keys of account-sid, every secrets target is reachable with
// github-token, no target secret exists yet), prints the plan and one line per check, writes a checklist
// to the job summary, and fails with the real run's messages when a check fails. It creates, writes and
// deletes nothing: the delete check is a DELETE of a key SID that cannot exist (answered 404).
import type { EphemeralConfig, SecretTarget } from '../config.js';
import { describeTarget } from '../github/targets.js';
import type { Runner } from '../runner.js';
import { table } from '../summary.js';
import { createKeyApi } from '../twilio/keys.js';
import { deletePermissionProblem } from './key-admin.js';
import { existingSecretsError } from './ownership.js';
import { keySecretNames } from '../names/secrets.js';

export interface Check {
  readonly what: string;
  /** Undefined: passed. */
  readonly problem: string | undefined;
  /** Not run, because a check it depends on failed. */
  readonly skipped?: boolean;
}

function explain(e: unknown): string {
  const all = [e, ...(((e as { related?: unknown[] } | null)?.related ?? []) as unknown[])];
  return all
    .map((x) =>
      x && typeof x === 'object' && 'explain' in x && typeof x.explain === 'function'
        ? String(x.explain())
        : x instanceof Error
          ? x.message
          : String(x),
    )
    .join(' ');
}

async function check(what: string, run: () => Promise<string | undefined>): Promise<Check> {
  try {
    return { what, problem: await run() };
  } catch (e) {
    return { what, problem: explain(e) };
  }
}

/** Logs the checks, adds the checklist to the summary, and throws when one failed. */
export function report(
  runner: Runner,
  title: string,
  plan: readonly string[],
  checks: readonly Check[],
): void {
  for (const line of plan) runner.info(line);
  const mark = (c: Check) => (c.skipped ? '–' : c.problem ? '✗' : '✓');
  for (const c of checks) runner.info(`${mark(c)} ${c.what}${c.problem ? `: ${c.problem}` : ''}`);
  const failed = checks.filter((c) => c.problem && !c.skipped);
  runner.summary(
    table(
      title,
      checks.map(
        (c) => [`${c.skipped ? '➖' : c.problem ? '❌' : '✅'} ${c.what}`, c.problem ?? 'ok'] as const,
      ),
      `Plan:\n\n${plan.map((line) => `- ${line}`).join('\n')}`,
    ),
  );
  if (failed.length > 0) {
    for (const c of failed) runner.error(c.problem as string);
    throw new Error(
      `Dry run: ${failed.length} of ${checks.length} check(s) failed (above); the real run would fail the same way. Nothing was created, written or deleted.`,
    );
  }
  runner.info(`Dry run: all ${checks.length} check(s) passed; nothing was created, written or deleted.`);
}

export async function preflightEphemeral(cfg: EphemeralConfig, runner: Runner): Promise<void> {
  const { twilio, delivery } = cfg;
  const names = keySecretNames(delivery.secretPrefix);
  const keys = createKeyApi(twilio, { log: runner });

  const plan = [
    `Dry run: would create a ${cfg.keyType} key '${cfg.friendlyName}' on ${twilio.accountSid}.`,
    ...(cfg.permissions.length
      ? [`Permissions (${cfg.permissions.length}): ${cfg.permissions.join(', ')}.`]
      : []),
    ...delivery.targets.map((t) => `Would write ${names.join(', ')} to ${describeTarget(t)}.`),
    cfg.skipKeyDelete ? 'Would leave the key alive after the job.' : 'Would delete it in the post step.',
  ];

  const twilioChecks = [
    check(`Twilio: the admin credential may list the keys of ${twilio.accountSid}`, async () => {
      await keys.list();
      return undefined;
    }),
    ...(twilio.credential.kind === 'api-key'
      ? [check('Twilio: the admin API key may delete keys', () => deletePermissionProblem(twilio, keys))]
      : []),
  ];
  const githubChecks: Promise<Check>[] = [];
  if (delivery.github && delivery.targets.length > 0) {
    const { createSecretsApi } = await import('../github/secrets.js');
    const api = createSecretsApi(delivery.github, { log: runner });
    for (const target of delivery.targets) {
      const label = describeTarget(target);
      const reachable = check(
        `GitHub: ${label} exists and its public key can be read with github-token`,
        async () => {
          await api.prepare([target]);
          return undefined;
        },
      );
      const free = freeCheck(api, target, names, delivery.secretPrefix);
      githubChecks.push(
        reachable,
        // A target that cannot be reached says so once; its secrets then cannot be checked.
        Promise.all([reachable, free]).then(([r, f]) =>
          r.problem
            ? { what: f.what, problem: 'not checked: the target is not reachable', skipped: true }
            : f,
        ),
      );
    }
  }
  const checks = await Promise.all([...twilioChecks, ...githubChecks]);

  runner.output('credential-type', 'none');
  runner.output('secrets-written', '[]');
  report(runner, 'Twilio credentials (dry run)', plan, checks);
}

function freeCheck(
  api: import('../github/secrets.js').SecretsApi,
  target: SecretTarget,
  names: readonly string[],
  prefix: string,
): Promise<Check> {
  return check(`GitHub: ${describeTarget(target)} holds none of ${names.join(', ')}`, async () => {
    const existing = await api.existing([target], names);
    return existing.length ? existingSecretsError(existing, prefix, describeTarget) : undefined;
  });
}

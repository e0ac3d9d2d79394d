// rotate: replace a lineage's key (and, with rotate-auth-token, the Auth Token) in GitHub secrets.
//
// 1. List the lineage (keys named exactly `gha:rot:<lineage>`).
// 2. Mint the new key under a run-unique ephemeral name while the targets' public keys (and the
//    secrets' updated_at) are read, then rename it to the lineage name: a key this run loses track of is
//    an ephemeral key that sweep removes, never a lineage key nobody holds.
// 3. Write <prefix>ACCOUNT_SID and <prefix>API_KEY to every target; only when every one of those
//    succeeded, write <prefix>API_SECRET to every target. A failure in the first round is undone:
//    targets that got the new SID get back the SID they held (keyHeldAt: the lineage key created before
//    their API_SECRET was last written, since targets may differ after an incomplete rotation), the new
//    key is deleted, and old secrets and keys are as they were.
// 4. Only when every write succeeded: delete superseded lineage keys whose successor is older than
//    grace-period (rotation-plan.ts). The previous key survives the grace period; the new one always.
// 5. rotate-auth-token: secondary token -> mask -> <prefix>AUTH_TOKEN on every target -> check it
//    authenticates -> promote. Any failure before promotion puts the primary back into the secrets
//    that got the secondary and deletes the secondary.
//
// A write that failed without an answer (or with a 5xx) may have landed. GitHub never returns values,
// but it does return each secret's updated_at: a secret whose updated_at changed since before this run
// wrote anything got the new value, and counts as written (with a warning).
//
// A persistent write failure costs one write budget (4 attempts) per secret. After a failed round 1 the
// SID is restored only where the new SID landed or may have landed: a target whose write provably never
// landed (a 4xx, or updated_at unchanged and older than the SID written just before) is not written
// again, so a target that keeps failing sees 4 attempts in all. Only when updated_at cannot tell (it
// could not be read, or the old value is from the same second) does the restore spend a second budget,
// since it is the one way to keep that target's pair usable.
//
// When some API_SECRET writes succeed and others fail (rare: the public-key reads and the first round
// proved access), GitHub cannot give the old values back, so a full rollback is impossible. Then the
// failed targets get back the SID they held (every target holds a matching working pair), every
// key is kept (the new one and all old ones), and the step fails naming the targets that hold the new
// key. The next rotation writes every target again and converges.
import { randomBytes } from 'node:crypto';
import type { RotateConfig, SecretTarget } from '../config.js';
import { formatDuration } from '../duration.js';
import { shown } from '../validators.js';
import type { GitHubError } from '../github/errors.js';
import type { GitHubClient } from '../github/client.js';
import type { FailedSecret, PreparedTarget, SecretRef, SecretsApi, WriteReport } from '../github/secrets.js';
import type { Runner } from '../runner.js';
import { code, list, table, type Row } from '../summary.js';
import type { KeyApi, KeySummary, MintedKey } from '../twilio/keys.js';
import { createKeyApi } from '../twilio/keys.js';
import { outputLocation } from './location-outputs.js';
import { ephemeralName } from '../naming.js';
import { sleep } from '../http/retry.js';
import { sentences } from '../sentences.js';
import { planRotation } from './rotation-plan.js';
import { keySecretNames } from './secrets-names.js';
import { deletePermissionProblem } from './key-admin.js';
import { foreignSecretsError, rotationOwnership } from './ownership.js';

/** Checks of a new Auth Token before it is promoted, and the waits between them. */
const TOKEN_CHECK_WAITS_MS = [1_000, 3_000];

type Describe = (t: SecretTarget) => string;

/** Problems found before any request: rotate refuses to start. */
export async function runRotate(cfg: RotateConfig, runner: Runner): Promise<void> {
  const { twilio, delivery } = cfg;
  const github = delivery.github;
  // src/inputs.ts refuses a rotation without targets; this only narrows the type.
  if (!github || delivery.targets.length === 0)
    throw new Error("Input 'secrets': rotate needs at least one target.");
  const [sidName, keyName, secretName] = keySecretNames(delivery.secretPrefix) as [string, string, string];
  const credentialType = cfg.keyType === 'restricted' ? 'restricted-key' : 'standard-key';
  const grace = formatDuration(cfg.gracePeriodMs);

  const [{ createSecretsApi, ROUTES }, { describeTarget }, { createGitHubClient }] = await Promise.all([
    import('../github/secrets.js'),
    import('../github/targets.js'),
    import('../github/client.js'),
  ]);
  const client = createGitHubClient(github, { log: runner });
  const api = createSecretsApi(github, { log: runner, client });
  const keys = createKeyApi(twilio, { log: runner });
  // The admin key this run authenticates with is never deleted, even when it belongs to the lineage.
  const protect = new Set(twilio.credential.kind === 'api-key' ? [twilio.credential.username] : []);
  const targetLabels = delivery.targets.map(describeTarget);

  // Public keys are fetched while the lineage is listed and the key minted.
  const preparing = api.prepare(delivery.targets);
  preparing.catch(() => undefined); // awaited below; this only stops an early unhandled rejection

  const stamps = createStamps(client, ROUTES, describeTarget);
  const tokenName = `${delivery.secretPrefix}AUTH_TOKEN`;
  // Read while the lineage is listed, before anything is written: whose the existing secrets are, and later
  // whether a write whose answer was lost landed.
  const before = stamps.snapshot(delivery.targets, [
    sidName,
    keyName,
    secretName,
    ...(cfg.rotateAuthToken ? [tokenName] : []),
  ]);
  const [lineage, refused] = await Promise.all([
    keys.findByName(cfg.friendlyName),
    deletePermissionProblem(twilio, keys),
  ]);
  if (refused) throw new Error(refused);
  if (!cfg.overwriteSecrets) {
    const stampsBefore = await before;
    const ownership = rotationOwnership(
      delivery.targets.flatMap((target) =>
        [sidName, keyName, secretName].map((name) => ({
          secret: { target, name },
          stamp: stampsBefore.get(stamps.key(target, name)),
        })),
      ),
      lineage,
    );
    if (ownership.unknown.length) {
      // Unreadable metadata usually means an unreachable target: that error says more.
      try {
        await preparing;
      } catch (e) {
        const why = [e, ...((e as GitHubError).related ?? [])].map(explain).join(' ');
        throw new Error(`Rotation stopped before anything was created: ${why}`, { cause: e });
      }
    }
    if (ownership.foreign.length || ownership.unknown.length)
      throw new Error(foreignSecretsError(ownership, cfg.friendlyName, describeTarget));
  }
  runner.info(
    `Lineage '${shown(cfg.friendlyName)}' has ${lineage.length} key(s)${lineage.length ? ': ' + lineage.map((k) => `${k.sid} (${k.dateCreated.toISOString()})`).join(', ') : ''}.`,
  );

  if (cfg.dryRun) {
    await dryRun(cfg, runner, {
      keys,
      lineage,
      protect,
      preparing,
      targetLabels,
      names: [sidName, keyName, secretName],
    });
    return;
  }

  // The new key is minted under a name unique to this run, carrying the ephemeral tag, and gets the
  // lineage name only once its SID is known: a key whose create answer was lost, and which this run could
  // not find again, is then an ephemeral key that sweep removes, never a lineage key that nobody holds.
  const tempName = ephemeralName(
    { runId: cfg.run.runId, runAttempt: cfg.run.runAttempt, nonce: randomBytes(3).toString('hex') },
    `rot:${cfg.friendlyName.slice('gha:rot:'.length)}`,
  );
  /**
   * Failed writes that landed all the same (GitHub's updated_at changed) count as written, with a
   * warning. `unsure`: failed, and it cannot tell whether they landed.
   */
  const settle = async (report: WriteReport, reference: string): Promise<Settled> => {
    const pre = report.failed.length ? await before : new Map<string, Stamp>();
    const verdicts = await Promise.all(report.failed.map((f) => landed(stamps, pre, f, reference)));
    const written = [...report.written];
    const failed: FailedSecret[] = [];
    const unsure: FailedSecret[] = [];
    report.failed.forEach((f, i) => {
      if (verdicts[i] === true) {
        written.push({ target: f.target, name: f.name });
        runner.warning(
          `${f.error.explain()} GitHub's updated_at shows that the new value landed all the same, so it counts as written.`,
        );
        return;
      }
      failed.push(f);
      if (verdicts[i] === undefined) unsure.push(f);
    });
    return { written, failed, unsure };
  };

  let key: MintedKey;
  try {
    key = await keys.create({ friendlyName: tempName, keyType: cfg.keyType, permissions: cfg.permissions });
  } catch (e) {
    throw new Error(
      `Rotation stopped before any secret was written: ${message(e)} Old secrets and keys are untouched.`,
      { cause: e },
    );
  }
  runner.mask(key.secret);
  runner.info(`Created ${cfg.keyType} key ${key.sid} ('${shown(key.friendlyName)}').`);
  try {
    await keys.rename(key.sid, cfg.friendlyName);
  } catch (e) {
    throw new Error(
      `Rotation stopped before any secret was written: ${message(e)} ${await discard(keys, key)}`,
      {
        cause: e,
      },
    );
  }
  key = { ...key, friendlyName: cfg.friendlyName };
  runner.info(`Named it '${shown(cfg.friendlyName)}'.`);

  let prepared: PreparedTarget[];
  try {
    prepared = await preparing;
  } catch (e) {
    const why = [e, ...((e as GitHubError).related ?? [])].map(explain).join(' ');
    throw new Error(`Rotation stopped before any secret was written: ${why} ${await discard(keys, key)}`, {
      cause: e,
    });
  }

  const plan = planRotation(lineage, key, key.dateCreated.getTime(), cfg.gracePeriodMs, protect);
  const heldSid = async (): Promise<(t: SecretTarget) => string | undefined> => {
    const stampsBefore = await before;
    return (t) => keyHeldAt(lineage, stampsBefore.get(stamps.key(t, secretName)), plan.previous);
  };
  const label = (r: SecretRef) => `${describeTarget(r.target)}/${r.name}`;

  // Round 1: the account SID and the key SID, everywhere.
  const first = await settle(
    await api.write(prepared, [
      { name: sidName, value: twilio.accountSid },
      { name: keyName, value: key.sid },
    ]),
    sidName,
  );
  if (first.failed.length > 0) {
    // Where the new SID landed, or may have, the SID that target held goes back.
    const restore = await restoreKeySid(
      api,
      prepared,
      [...first.written, ...first.unsure],
      keyName,
      await heldSid(),
      describeTarget,
    );
    runner.output('secrets-written', JSON.stringify([]));
    runner.output('deleted-keys', '[]');
    // "Nothing was rotated" only when every target is back to (or never left) its working pair.
    throw new Error(
      sentences(
        restore.ok ? 'Rotation failed; nothing was rotated.' : 'Rotation failed.',
        ...first.failed.map((f) => f.error.explain()),
        restore.text,
        await discard(keys, key),
        `Old ${restore.ok ? 'secrets and keys are' : 'keys are'} untouched.`,
      ),
    );
  }

  // Round 2: the secret, everywhere.
  const second = await settle(await api.write(prepared, [{ name: secretName, value: key.secret }]), keyName);
  const rotated = new Set(second.written.map((w) => describeTarget(w.target)));
  const written = [...first.written, ...second.written]
    .filter((w) => rotated.has(describeTarget(w.target)))
    .map(label);
  if (second.failed.length > 0) {
    const failedTargets = prepared.filter((p) => !rotated.has(describeTarget(p.target)));
    const restore = await restoreKeySid(
      api,
      failedTargets,
      failedTargets.map((p) => ({ target: p.target, name: keyName })),
      keyName,
      await heldSid(),
      describeTarget,
    );
    const reasons = second.failed.map((f) => f.error.explain()).join(' ');
    runner.output('secrets-written', JSON.stringify(written));
    runner.output('deleted-keys', '[]');
    if (rotated.size === 0)
      throw new Error(
        sentences(
          restore.ok ? 'Rotation failed; nothing was rotated.' : 'Rotation failed.',
          reasons,
          restore.text,
          await discard(keys, key),
          'Old keys are untouched.',
        ),
      );
    // Some targets hold the new pair and their old values cannot be read back: keep every key.
    outputKey(cfg, runner, key, credentialType);
    runner.summary(
      table('Twilio key rotation (incomplete)', [
        ['Lineage', code(cfg.friendlyName)],
        ['New key', code(key.sid)],
        ['Targets holding the new key', list([...rotated])],
        ['Targets still holding the previous key', list(failedTargets.map((p) => describeTarget(p.target)))],
        ['Deleted', 'nothing: every key of the lineage is kept'],
      ]),
    );
    throw new Error(
      sentences(
        `Rotation incomplete: ${[...rotated].join(', ')} ${rotated.size === 1 ? 'holds' : 'hold'} the new key ${key.sid}; ${failedTargets.map((p) => describeTarget(p.target)).join(', ')} kept the key each held before.`,
        reasons,
        restore.text,
        `No key was deleted${restore.ok ? ', so every target holds a working pair' : ''}; the next rotation writes every target again and converges.`,
      ),
    );
  }

  runner.info(`Wrote ${written.length} secret(s): ${written.join(', ')}.`);
  outputKey(cfg, runner, key, credentialType);

  // Every target holds the new key: superseded keys past grace may go.
  const removal = await keys.removeMany(plan.remove.map((k) => k.sid));
  const deleted = plan.remove.map((k) => k.sid).filter((sid) => removal.deleted.includes(sid));
  for (const sid of removal.deleted) runner.info(`Deleted superseded key ${sid}.`);
  for (const f of removal.failed)
    runner.warning(
      `Could not delete superseded key ${f.sid}: ${f.error.message} The next rotation tries again.`,
    );
  runner.output('deleted-keys', JSON.stringify(deleted));

  const rows: Row[] = [
    ['Lineage', code(cfg.friendlyName)],
    ['New key', `${code(key.sid)} (${credentialType})`],
    ['Permissions', cfg.keyType === 'restricted' ? list(cfg.permissions) : 'standard key'],
    ['Secrets written', list(written)],
    ['Deleted (successor older than ' + grace + ')', list(deleted)],
    ['Kept within grace', list(plan.keep.map((k) => k.sid))],
  ];
  if (removal.failed.length)
    rows.push(['Not deleted (retried next rotation)', list(removal.failed.map((f) => f.sid))]);
  const iam = cfg.permissions.filter((p) => p.startsWith('/twilio/iam/'));
  if (iam.length)
    rows.push([
      'Manages keys',
      `this key holds ${list(iam)}: whoever holds it can mint and delete keys. Keep it for admin use (e.g. as the api-key of this action) only.`,
    ]);

  if (cfg.rotateAuthToken) {
    try {
      // secrets-written names <prefix>AUTH_TOKEN too once it holds the promoted token.
      written.push(
        ...(await rotateAuthToken(cfg, runner, api, prepared, describeTarget, rows, (r) =>
          settle(r, secretName),
        )),
      );
    } catch (e) {
      runner.output('secrets-written', JSON.stringify(written));
      rows.push(['Auth Token', 'NOT rotated: the current Auth Token still works']);
      runner.summary(table('Twilio rotation', rows));
      throw new Error(
        `The key rotation succeeded (${key.sid} is in every target), but the Auth Token rotation failed: ${message(e)}`,
        { cause: e },
      );
    }
  }
  runner.output('secrets-written', JSON.stringify(written));
  runner.summary(table('Twilio rotation', rows, `Targets: ${targetLabels.join(', ')}.`));
}

function outputKey(cfg: RotateConfig, runner: Runner, key: MintedKey, credentialType: string): void {
  runner.output('account-sid', cfg.twilio.accountSid);
  runner.output('api-key-sid', key.sid);
  runner.output('api-key-secret', key.secret);
  runner.output('credential-type', credentialType);
  runner.output('friendly-name', key.friendlyName);
  if (cfg.exportEnv) {
    runner.exportVariable('TWILIO_ACCOUNT_SID', cfg.twilio.accountSid);
    runner.exportVariable('TWILIO_API_KEY', key.sid);
    runner.exportVariable('TWILIO_API_SECRET', key.secret);
  }
  outputLocation(runner, cfg.twilio.location, cfg.exportEnv);
}

/** Deletes the key this run minted; returns a sentence for the error message. */
async function discard(keys: KeyApi, key: MintedKey): Promise<string> {
  try {
    await keys.remove(key.sid);
    return `The new key ${key.sid} was deleted.`;
  } catch (e) {
    return `The new key ${key.sid} could not be deleted (${message(e)}); no secret holds it: delete it with mode: revoke and key-sid: ${key.sid}.`;
  }
}

type Routes = typeof import('../github/secrets.js').ROUTES;

/** A write report after settle(): failed writes that landed all the same count as written. */
interface Settled {
  readonly written: SecretRef[];
  readonly failed: FailedSecret[];
  /** Failed writes that may have landed (it could not tell). */
  readonly unsure: FailedSecret[];
}

/** No answer, or a server error: the write may or may not have landed. */
function unknownOutcome(f: FailedSecret): boolean {
  return f.error.status === undefined || f.error.status >= 500;
}

/** A secret's updated_at on GitHub's clock; null: no such secret; undefined: could not read it. */
type Stamp = number | null | undefined;

/** Reads secrets' updated_at (GET of the secret's metadata; GitHub never returns values). */
function createStamps(client: GitHubClient, routes: Routes, describeTarget: Describe) {
  async function read(t: SecretTarget, name: string): Promise<Stamp> {
    const [route, params] =
      t.scope === 'repository'
        ? [routes.repoSecret, { owner: t.owner, repo: t.repo, secret_name: name }]
        : t.scope === 'environment'
          ? [
              routes.envSecret,
              { owner: t.owner, repo: t.repo, environment_name: t.environment, secret_name: name },
            ]
          : [routes.orgSecret, { org: t.org, secret_name: name }];
    try {
      const res = await client.request(`GET ${route}`, params);
      const at = Date.parse(String((res.data as { updated_at?: unknown }).updated_at));
      return Number.isNaN(at) ? undefined : at;
    } catch (e) {
      return (e as { status?: number }).status === 404 ? null : undefined;
    }
  }
  const key = (t: SecretTarget, name: string) => `${describeTarget(t)}/${name}`;
  return {
    read,
    /** updated_at of every (target, name), read before anything is written. */
    async snapshot(targets: readonly SecretTarget[], names: readonly string[]): Promise<Map<string, Stamp>> {
      const pairs = targets.flatMap((t) => names.map((n) => [t, n] as const));
      const stamps = await Promise.all(pairs.map(([t, n]) => read(t, n)));
      return new Map(pairs.map(([t, n], i) => [key(t, n), stamps[i]]));
    },
    key,
  };
}
type Stamps = ReturnType<typeof createStamps>;

/**
 * Whether a secret write reported failed landed anyway. Only an unknown outcome (no answer, or a 5xx)
 * can have; then the secret's updated_at now is compared with the one read before this run wrote
 * anything. Timestamps have whole seconds, so an unchanged stamp proves nothing when the old value was
 * written in the same second as `reference` (the secret this run wrote just before, on the same target).
 * undefined: cannot tell.
 */
async function landed(
  stamps: Stamps,
  before: ReadonlyMap<string, Stamp>,
  f: FailedSecret,
  reference: string,
): Promise<boolean | undefined> {
  if (!unknownOutcome(f)) return false;
  const pre = before.get(stamps.key(f.target, f.name));
  const [post, ref] = await Promise.all([stamps.read(f.target, f.name), stamps.read(f.target, reference)]);
  if (post === null) return false;
  if (post === undefined || pre === undefined) return undefined;
  if (pre === null || post > pre) return true;
  return typeof ref === 'number' && pre < ref ? false : undefined;
}

/**
 * Puts back the SID each target held where the new SID was written, so each target again holds a matching
 * pair. Returns a sentence for the error message, and whether every such target now holds a working pair.
 */
async function restoreKeySid(
  api: SecretsApi,
  prepared: readonly PreparedTarget[],
  written: readonly SecretRef[],
  keyName: string,
  heldSid: (t: SecretTarget) => string | undefined,
  describeTarget: Describe,
): Promise<{ text: string; ok: boolean }> {
  const got = new Set(written.filter((w) => w.name === keyName).map((w) => describeTarget(w.target)));
  const targets = prepared.filter((p) => got.has(describeTarget(p.target)));
  if (targets.length === 0) return { text: '', ok: true };
  const unknown = targets.filter((p) => !heldSid(p.target));
  // Targets may hold different keys (after an incomplete rotation): each gets back its own.
  const bySid = new Map<string, PreparedTarget[]>();
  for (const p of targets) {
    const sid = heldSid(p.target);
    if (sid) bySid.set(sid, [...(bySid.get(sid) ?? []), p]);
  }
  const texts: string[] = [];
  let ok = unknown.length === 0;
  if (unknown.length > 0)
    texts.push(
      `${unknown.map((p) => describeTarget(p.target)).join(', ')} got the new key SID in ${keyName} and the key it held before is not known: those targets may hold an unusable pair until a rotation succeeds.`,
    );
  for (const [sid, group] of bySid) {
    const report = await api.write(group, [{ name: keyName, value: sid }]);
    const where = group.map((p) => describeTarget(p.target)).join(', ');
    if (report.failed.length === 0)
      texts.push(`${keyName} on ${where} was set back to the key it held, ${sid}.`);
    else {
      ok = false;
      texts.push(
        `${keyName} could not be set back to ${sid} on ${report.failed.map((f) => describeTarget(f.target)).join(', ')} (${report.failed.map((f) => f.error.explain()).join(' ')}); those targets may hold an unusable pair until a rotation succeeds.`,
      );
    }
  }
  return { text: texts.join(' '), ok };
}

/**
 * How far apart GitHub's and Twilio's clocks may be when telling which key a secret was written for.
 * Both keep NTP time, and a rotation writes a secret a round trip or more after minting its key; a
 * newer lineage key appears only with the next rotation, normally hours later.
 */
const CLOCK_SLACK_MS = 5_000;

/**
 * The key a target held before this run: the newest lineage key created before the target's API_SECRET
 * was last written (restores never rewrite API_SECRET). Falls back to the newest previous key when the
 * timestamps cannot tell.
 */
export function keyHeldAt(
  lineage: readonly KeySummary[],
  secretWrittenAt: number | null | undefined,
  previous: KeySummary | undefined,
): string | undefined {
  if (typeof secretWrittenAt !== 'number') return previous?.sid;
  const before = lineage
    .filter((k) => k.dateCreated.getTime() <= secretWrittenAt + CLOCK_SLACK_MS)
    .sort((a, b) => b.dateCreated.getTime() - a.dateCreated.getTime());
  return before[0]?.sid ?? previous?.sid;
}

async function dryRun(
  cfg: RotateConfig,
  runner: Runner,
  ctx: {
    keys: KeyApi;
    lineage: KeySummary[];
    protect: ReadonlySet<string>;
    preparing: Promise<PreparedTarget[]>;
    targetLabels: string[];
    names: string[];
  },
): Promise<void> {
  // Reads are fine in a dry run: the public-key reads prove the token may reach every target.
  try {
    await ctx.preparing;
  } catch (e) {
    throw new Error(
      `Dry run: the secrets targets are not reachable: ${[e, ...((e as GitHubError).related ?? [])].map(explain).join(' ')}`,
      { cause: e },
    );
  }
  const now = ctx.keys.serverTime() ?? Date.now();
  const plan = planRotation(
    ctx.lineage,
    { sid: '(new key)', dateCreated: new Date(now) },
    now,
    cfg.gracePeriodMs,
    ctx.protect,
  );
  runner.info(
    `Dry run: would create a ${cfg.keyType} key '${shown(cfg.friendlyName)}' on ${cfg.twilio.accountSid}.`,
  );
  for (const t of ctx.targetLabels) runner.info(`Would write ${ctx.names.join(', ')} to ${t}.`);
  runner.info(
    plan.remove.length
      ? `Would then delete ${plan.remove.map((k) => k.sid).join(', ')} (successor older than ${formatDuration(cfg.gracePeriodMs)}).`
      : 'Would delete no key (none is superseded for longer than the grace period).',
  );
  if (cfg.rotateAuthToken)
    runner.info(`Would rotate the Auth Token and write it to ${cfg.delivery.secretPrefix}AUTH_TOKEN.`);
  // Each of these failed the step before this point, with the real run's message.
  const checks = [
    `Twilio: the admin credential may list the keys of ${cfg.twilio.accountSid}`,
    ...(cfg.twilio.credential.kind === 'api-key' ? ['Twilio: the admin API key may delete keys'] : []),
    ...ctx.targetLabels.map((t) => `GitHub: ${t} exists and its public key can be read with github-token`),
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
      ['Keys in lineage', list(ctx.lineage.map((k) => k.sid))],
      ['Would write', `${list(ctx.names)} to ${list(ctx.targetLabels)}`],
      ['Would delete', list(plan.remove.map((k) => k.sid))],
      ['Auth Token', cfg.rotateAuthToken ? 'would rotate' : 'not rotated'],
      ...checks.map((c) => [`✅ ${c}`, 'ok'] as const),
    ]),
  );
}

async function rotateAuthToken(
  cfg: RotateConfig,
  runner: Runner,
  api: SecretsApi,
  prepared: readonly PreparedTarget[],
  describeTarget: Describe,
  rows: Row[],
  settle: (report: WriteReport) => Promise<Settled>,
): Promise<string[]> {
  const { createAuthTokenApi } = await import('../twilio/auth-tokens.js');
  const tokens = createAuthTokenApi(cfg.twilio, { log: runner });
  const oldToken = cfg.twilio.credential.password;
  const tokenName = `${cfg.delivery.secretPrefix}AUTH_TOKEN`;

  const secondary = await tokens.createSecondary();
  runner.mask(secondary);
  runner.info(`Created a secondary Auth Token; writing it to ${tokenName}.`);

  /** Undo before promotion: the primary back into the secrets that got the secondary, then delete the secondary. */
  const rollback = async (why: string, written: readonly SecretRef[]): Promise<never> => {
    const targets = prepared.filter((p) =>
      written.some((w) => describeTarget(w.target) === describeTarget(p.target)),
    );
    if (targets.length) {
      const restored = await api.write(targets, [{ name: tokenName, value: oldToken }]);
      if (restored.failed.length) {
        // Deleting the secondary now would leave those secrets with a dead token: keep it, both work.
        throw new Error(
          `${why} ${tokenName} could not be set back to the current token on ${restored.failed.map((f) => describeTarget(f.target)).join(', ')}, so the secondary Auth Token was kept (it and the current token both work until one is promoted or the secondary is deleted). Re-run the rotation.`,
        );
      }
    }
    let secondaryFate: string;
    try {
      await tokens.deleteSecondary();
      secondaryFate = 'the secondary token was deleted';
    } catch (e) {
      secondaryFate = `the secondary token could not be deleted (${message(e)}); it is harmless while no secret holds it, and the next rotation replaces it`;
    }
    throw new Error(
      `${why} The current Auth Token still works${targets.length ? `, ${tokenName} on ${targets.map((p) => describeTarget(p.target)).join(', ')} holds it again` : ''}, and ${secondaryFate}.`,
    );
  };

  const report = await settle(await api.write(prepared, [{ name: tokenName, value: secondary }]));
  if (report.failed.length)
    return rollback(report.failed.map((f) => f.error.explain()).join(' '), [
      ...report.written,
      ...report.unsure,
    ]);

  // Check that the new token authenticates before the old one is invalidated.
  // A refusal right after creation is asked again a little later; no answer at all (already retried by
  // the transport) is not.
  let accepted = false;
  let lastProblem = 'Twilio refused it (401)';
  for (let attempt = 0; ; attempt++) {
    try {
      accepted = await tokens.authenticates(secondary);
    } catch (e) {
      lastProblem = message(e);
      break;
    }
    const wait = TOKEN_CHECK_WAITS_MS[attempt];
    if (accepted || wait === undefined) break;
    await sleep(wait);
  }
  if (!accepted) return rollback(`The new Auth Token did not authenticate: ${lastProblem}.`, report.written);

  try {
    await tokens.promote(oldToken);
  } catch (e) {
    // Was it promoted after all? The old token being refused says so.
    let oldWorks: boolean | undefined;
    try {
      oldWorks = await tokens.authenticates(oldToken);
    } catch {
      oldWorks = undefined;
    }
    if (oldWorks === true) return rollback(`Promotion failed: ${message(e)}`, report.written);
    if (oldWorks === undefined)
      throw new Error(
        `Promotion's outcome is unknown: ${message(e)} ${tokenName} holds the new token, which works either way (as primary, or as the secondary still waiting for promotion). Promote it in the Twilio Console or re-run the rotation.`,
        { cause: e },
      );
    runner.info('The old Auth Token is refused: the promotion took effect.');
  }
  const where = report.written.map((w) => `${describeTarget(w.target)}/${w.name}`);
  runner.info(`Promoted the new Auth Token; the old one stopped working. It is in ${where.join(', ')}.`);
  rows.push(
    ['Auth Token', `rotated; written to ${list(where)}`],
    [
      'Old Auth Token',
      'invalidated at once by the promotion. Anything still holding its value (other workflows, later steps of this job that read the secret at job start, servers) fails with 20003 until it reads the new secret.',
    ],
  );
  return where;
}

function explain(e: unknown): string {
  return e && typeof e === 'object' && 'explain' in e && typeof e.explain === 'function'
    ? String(e.explain())
    : message(e);
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

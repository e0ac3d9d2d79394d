// The steps of a rotation, in order. Each either hands its result to the next or stops with an Outcome.
import { randomBytes } from 'node:crypto';
import type { SecretTarget } from '../../config.js';
import type { PreparedTarget, SecretRef } from '../../github/secrets.js';
import { ephemeralName } from '../../naming.js';
import type { KeySummary, MintedKey } from '../../twilio/keys.js';
import { shown } from '../../validators.js';
import { deletePermissionProblem } from '../key-admin.js';
import { foreignSecretsError, rotationOwnership } from '../ownership.js';
import type { Deletion } from './outcome.js';
import { keyHeldAt, type RotationPlan } from './plan.js';
import { restoreKeySid } from './restore.js';
import { discard, explainAll, message, Stopped, warnLanded, type Run, type Step } from './run.js';

/**
 * Lists the lineage (keys named exactly `gha:rot:<lineage>`) while proving the admin key may delete keys;
 * unless overwrite-secrets, refuses secrets with no evidence of holding a key of the lineage.
 */
export async function listLineage(run: Run): Promise<Step<KeySummary[]>> {
  const { cfg, keys, names } = run;
  const [lineage, refused] = await Promise.all([
    keys.findByName(cfg.friendlyName),
    deletePermissionProblem(cfg.twilio, keys),
  ]);
  if (refused) return new Stopped({ kind: 'refused', message: refused });
  if (!cfg.overwriteSecrets) {
    const before = await run.before;
    const ownership = rotationOwnership(
      cfg.delivery.targets.flatMap((target) =>
        [names.sid, names.key, names.secret].map((name) => ({
          secret: { target, name },
          stamp: before.get(target, name),
        })),
      ),
      lineage,
    );
    if (ownership.unknown.length) {
      // Unreadable metadata usually means an unreachable target: that error says more.
      try {
        await run.preparing;
      } catch (e) {
        const text = `Rotation stopped before anything was created: ${explainAll(e)}`;
        return new Stopped({ kind: 'refused', message: text, cause: e });
      }
    }
    if (ownership.foreign.length || ownership.unknown.length)
      return new Stopped({
        kind: 'refused',
        message: foreignSecretsError(ownership, cfg.friendlyName, run.describe),
      });
  }
  const found = lineage.map((k) => `${k.sid} (${k.dateCreated.toISOString()})`).join(', ');
  run.runner.info(
    `Lineage '${shown(cfg.friendlyName)}' has ${lineage.length} key(s)${lineage.length ? ': ' + found : ''}.`,
  );
  return lineage;
}

/**
 * Mints the new key under a name unique to this run, carrying the ephemeral tag: a key whose create answer
 * was lost, and which this run could not find again, is then an ephemeral key that sweep removes, never a
 * lineage key that nobody holds.
 */
export async function mint(run: Run): Promise<Step<MintedKey>> {
  const { cfg, runner } = run;
  const tempName = ephemeralName(
    { runId: cfg.run.runId, runAttempt: cfg.run.runAttempt, nonce: randomBytes(3).toString('hex') },
    `rot:${cfg.friendlyName.slice('gha:rot:'.length)}`,
  );
  let key: MintedKey;
  try {
    key = await run.keys.create({
      friendlyName: tempName,
      keyType: cfg.keyType,
      permissions: cfg.permissions,
    });
  } catch (e) {
    const keyFate = 'Old secrets and keys are untouched.';
    return new Stopped({ kind: 'stopped-before-writes', why: message(e), keyFate, cause: e });
  }
  runner.mask(key.secret);
  runner.info(`Created ${cfg.keyType} key ${key.sid} ('${shown(key.friendlyName)}').`);
  return key;
}

/** Gives the new key the lineage name, now that its SID is known. */
export async function name(run: Run, key: MintedKey): Promise<Step<MintedKey>> {
  const { friendlyName } = run.cfg;
  try {
    await run.keys.rename(key.sid, friendlyName);
  } catch (e) {
    const keyFate = await discard(run.keys, key);
    return new Stopped({ kind: 'stopped-before-writes', why: message(e), keyFate, cause: e });
  }
  run.runner.info(`Named it '${shown(friendlyName)}'.`);
  return { ...key, friendlyName };
}

/** The targets' public keys (fetched since the run started). */
export async function prepareTargets(run: Run, key: MintedKey): Promise<Step<PreparedTarget[]>> {
  try {
    return await run.preparing;
  } catch (e) {
    const keyFate = await discard(run.keys, key);
    return new Stopped({ kind: 'stopped-before-writes', why: explainAll(e), keyFate, cause: e });
  }
}

/** The key SID each target held before this run (from its API_SECRET's updated_at). */
export async function heldSids(
  run: Run,
  lineage: readonly KeySummary[],
  plan: RotationPlan<KeySummary>,
): Promise<(t: SecretTarget) => string | undefined> {
  const before = await run.before;
  return (t) => keyHeldAt(lineage, before.get(t, run.names.secret), plan.previous);
}

type HeldSids = () => Promise<(t: SecretTarget) => string | undefined>;

/**
 * Round 1: the account SID and the key SID, everywhere. On any failure the SID each target held goes back
 * where the new one landed (or may have), and the new key is deleted.
 */
export async function writeRound1(
  run: Run,
  prepared: readonly PreparedTarget[],
  key: MintedKey,
  held: HeldSids,
): Promise<Step<SecretRef[]>> {
  const { names } = run;
  const first = await run.api.write(
    prepared,
    [
      { name: names.sid, value: run.cfg.twilio.accountSid },
      { name: names.key, value: key.sid },
    ],
    { verifyLanded: { before: run.before, reference: names.sid } },
  );
  warnLanded(run, first);
  if (first.failed.length === 0) return first.written;
  const restore = await restoreKeySid(run, prepared, [...first.written, ...first.unsure], await held());
  return new Stopped({
    kind: 'rolled-back',
    round: 1,
    reasons: first.failed.map((f) => f.error.explain()),
    restore,
    keyFate: await discard(run.keys, key),
  });
}

/**
 * Round 2: the secret, everywhere. Targets whose write failed get back the SID they held; if some targets
 * hold the new pair, every key is kept (their old values cannot be read back).
 * @returns the target/secret labels written
 */
export async function writeRound2(
  run: Run,
  prepared: readonly PreparedTarget[],
  key: MintedKey,
  firstWritten: readonly SecretRef[],
  held: HeldSids,
): Promise<Step<string[]>> {
  const { names, describe } = run;
  const second = await run.api.write(prepared, [{ name: names.secret, value: key.secret }], {
    verifyLanded: { before: run.before, reference: names.key },
  });
  warnLanded(run, second);
  const rotated = new Set(second.written.map((w) => describe(w.target)));
  const written = [...firstWritten, ...second.written]
    .filter((w) => rotated.has(describe(w.target)))
    .map((w) => `${describe(w.target)}/${w.name}`);
  if (second.failed.length === 0) {
    run.runner.info(`Wrote ${written.length} secret(s): ${written.join(', ')}.`);
    return written;
  }
  const failedTargets = prepared.filter((p) => !rotated.has(describe(p.target)));
  const restore = await restoreKeySid(
    run,
    failedTargets,
    failedTargets.map((p) => ({ target: p.target, name: names.key })),
    await held(),
  );
  const reasons = second.failed.map((f) => f.error.explain());
  if (rotated.size === 0)
    return new Stopped({
      kind: 'rolled-back',
      round: 2,
      reasons,
      restore,
      keyFate: await discard(run.keys, key),
    });
  return new Stopped({
    kind: 'incomplete',
    key,
    written,
    rotated: [...rotated],
    stale: failedTargets.map((p) => describe(p.target)),
    reasons,
    restore,
  });
}

/** Every target holds the new key: superseded keys whose successor is older than grace-period may go. */
export async function deleteSuperseded(run: Run, plan: RotationPlan<KeySummary>): Promise<Deletion> {
  const removal = await run.keys.removeMany(plan.remove.map((k) => k.sid));
  for (const sid of removal.deleted) run.runner.info(`Deleted superseded key ${sid}.`);
  for (const f of removal.failed)
    run.runner.warning(
      `Could not delete superseded key ${f.sid}: ${f.error.message} The next rotation tries again.`,
    );
  return {
    deleted: plan.remove.map((k) => k.sid).filter((sid) => removal.deleted.includes(sid)),
    failed: removal.failed.map((f) => f.sid),
    keep: plan.keep.map((k) => k.sid),
  };
}

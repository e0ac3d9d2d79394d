// rotate: replace a lineage's key (and, with rotate-auth-token, the Auth Token) in GitHub secrets.
//
// The steps (steps.ts), in order:
// 1. List the lineage (keys named exactly `gha:rot:<lineage>`), prove the admin key may delete keys, and
//    refuse target secrets that no key of the lineage could have written (ownership.ts).
// 2. Mint the new key under a run-unique ephemeral name while the targets' public keys (and the secrets'
//    updated_at) are read, then name it for the lineage: a key this run loses track of is an ephemeral
//    key that sweep removes, never a lineage key nobody holds.
// 3. Round 1: <prefix>ACCOUNT_SID and <prefix>API_KEY to every target; round 2, only when every one of
//    those succeeded: <prefix>API_SECRET to every target. A failed round is undone where it can be: the
//    targets that got the new SID get back the SID they held (plan.ts keyHeldAt), the new key is deleted.
//    When some API_SECRET writes succeed and others fail, GitHub cannot give the old values back: every
//    key is kept and the step fails naming the targets that hold the new key; the next rotation converges.
// 4. Only when every write succeeded: delete superseded lineage keys whose successor is older than
//    grace-period (plan.ts planRotation). The previous key survives the grace period; the new one always.
// 5. rotate-auth-token (auth-token.ts).
//
// A write that failed without an answer (or with a 5xx) may have landed: the GitHub side compares the
// secret's updated_at with the snapshot taken before anything was written (github/landed.ts), and such a
// write counts as written, with a warning. A persistent write failure costs one write budget (4 attempts)
// per secret: the restore after a failed round 1 skips targets whose write provably never landed (a 4xx,
// or updated_at unchanged and older than the SID written just before), and spends a second budget only
// where updated_at cannot tell, since that is the one way to keep that target's pair usable.
//
// Every step ends in an Outcome (outcome.ts), which finish() alone turns into outputs, summary and error.
import type { RotateConfig } from '../../config.js';
import type { Runner } from '../../runner.js';
import type { KeySummary } from '../../twilio/keys.js';
import { rotateAuthToken } from './auth-token.js';
import { dryRun } from './dry-run.js';
import { finish, type Outcome } from './outcome.js';
import { planRotation } from './plan.js';
import { openRun, Stopped, type Run } from './run.js';
import {
  deleteSuperseded,
  heldSids,
  listLineage,
  mint,
  name,
  prepareTargets,
  writeRound1,
  writeRound2,
} from './steps.js';

export async function runRotate(cfg: RotateConfig, runner: Runner): Promise<void> {
  const run = await openRun(cfg, runner);
  const lineage = await listLineage(run);
  if (lineage instanceof Stopped) return finish(run, lineage.outcome);
  if (cfg.dryRun) return dryRun(run, lineage);
  finish(run, await rotate(run, lineage));
}

async function rotate(run: Run, lineage: readonly KeySummary[]): Promise<Outcome> {
  const minted = await mint(run);
  if (minted instanceof Stopped) return minted.outcome;
  const key = await name(run, minted);
  if (key instanceof Stopped) return key.outcome;
  const prepared = await prepareTargets(run, key);
  if (prepared instanceof Stopped) return prepared.outcome;

  const plan = planRotation(lineage, key, key.dateCreated.getTime(), run.cfg.gracePeriodMs, run.protect);
  const held = () => heldSids(run, lineage, plan);
  const first = await writeRound1(run, prepared, key, held);
  if (first instanceof Stopped) return first.outcome;
  const written = await writeRound2(run, prepared, key, first, held);
  if (written instanceof Stopped) return written.outcome;

  const deletion = await deleteSuperseded(run, plan);
  if (!run.cfg.rotateAuthToken) return { kind: 'completed', key, written, deletion, authToken: undefined };
  const token = await rotateAuthToken(run, prepared);
  return token.ok
    ? { kind: 'completed', key, written, deletion, authToken: token.where }
    : { kind: 'auth-token-failed', key, written, deletion, error: token.error };
}

// How a rotation ended, and the one place that turns it into outputs, the job summary and the step's error.
import { formatDuration } from '../../duration.js';
import { sentences } from '../../sentences.js';
import { code, list, table, type Row } from '../../summary.js';
import type { MintedKey } from '../../twilio/keys.js';
import { credentialTypeOf, outputKey } from '../hand-out.js';
import { message, type Run } from './run.js';

/** What restoring the key SID after a failed write did. */
export interface Restored {
  /** A sentence (or nothing) for the error message. */
  readonly text: string;
  /** Every target it touched holds a working pair again. */
  readonly ok: boolean;
}

export interface Deletion {
  readonly deleted: string[];
  /** Superseded keys whose delete failed: the next rotation tries again. */
  readonly failed: string[];
  /** Old keys kept within the grace period (or protected). */
  readonly keep: string[];
}

/** Every target holds the new key. `written`: target/secret labels. */
interface Rotated {
  readonly key: MintedKey;
  readonly written: string[];
  readonly deletion: Deletion;
}

export type Outcome =
  /** Refused before anything was created (delete permission, someone else's secrets). */
  | { readonly kind: 'refused'; readonly message: string; readonly cause?: unknown }
  /** Stopped before any secret was written; `keyFate` says what became of a key already minted. */
  | {
      readonly kind: 'stopped-before-writes';
      readonly why: string;
      readonly keyFate: string;
      readonly cause: unknown;
    }
  /** A write round failed on every target: the SIDs that landed were put back and the new key deleted. */
  | {
      readonly kind: 'rolled-back';
      readonly round: 1 | 2;
      readonly reasons: string[];
      readonly restore: Restored;
      readonly keyFate: string;
    }
  /** Some targets hold the new key, the others the key each held: every key is kept. */
  | {
      readonly kind: 'incomplete';
      readonly key: MintedKey;
      readonly written: string[];
      readonly rotated: string[];
      readonly stale: string[];
      readonly reasons: string[];
      readonly restore: Restored;
    }
  | (Rotated & { readonly kind: 'completed'; readonly authToken: string[] | undefined })
  | (Rotated & { readonly kind: 'auth-token-failed'; readonly error: unknown });

/** Writes the outputs and the summary of `outcome`; throws the step's error unless it completed. */
export function finish(run: Run, outcome: Outcome): void {
  const { cfg, runner } = run;
  switch (outcome.kind) {
    case 'refused':
      throw outcome.cause === undefined
        ? new Error(outcome.message)
        : new Error(outcome.message, { cause: outcome.cause });
    case 'stopped-before-writes':
      throw new Error(`Rotation stopped before any secret was written: ${outcome.why} ${outcome.keyFate}`, {
        cause: outcome.cause,
      });
    case 'rolled-back': {
      const { restore } = outcome;
      runner.output('secrets-written', '[]');
      runner.output('deleted-keys', '[]');
      // "Nothing was rotated" only when every target is back to (or never left) its working pair.
      throw new Error(
        sentences(
          restore.ok ? 'Rotation failed; nothing was rotated.' : 'Rotation failed.',
          ...outcome.reasons,
          restore.text,
          outcome.keyFate,
          outcome.round === 1 && restore.ok
            ? 'Old secrets and keys are untouched.'
            : 'Old keys are untouched.',
        ),
      );
    }
    case 'incomplete': {
      const { key, restore } = outcome;
      runner.output('secrets-written', JSON.stringify(outcome.written));
      runner.output('deleted-keys', '[]');
      // Some targets hold the new pair and their old values cannot be read back: keep every key.
      outputKey(runner, cfg.twilio, key, cfg.keyType, cfg.exportEnv);
      runner.summary(
        table('Twilio key rotation (incomplete)', [
          ['Lineage', code(cfg.friendlyName)],
          ['New key', code(key.sid)],
          ['Targets holding the new key', list(outcome.rotated)],
          ['Targets still holding the previous key', list(outcome.stale)],
          ['Deleted', 'nothing: every key of the lineage is kept'],
        ]),
      );
      throw new Error(
        sentences(
          `Rotation incomplete: ${outcome.rotated.join(', ')} ${outcome.rotated.length === 1 ? 'holds' : 'hold'} the new key ${key.sid}; ${outcome.stale.join(', ')} kept the key each held before.`,
          outcome.reasons.join(' '),
          restore.text,
          `No key was deleted${restore.ok ? ', so every target holds a working pair' : ''}; the next rotation writes every target again and converges.`,
        ),
      );
    }
    case 'completed':
    case 'auth-token-failed': {
      const rows = rotatedRows(run, outcome);
      outputKey(runner, cfg.twilio, outcome.key, cfg.keyType, cfg.exportEnv);
      runner.output('deleted-keys', JSON.stringify(outcome.deletion.deleted));
      if (outcome.kind === 'auth-token-failed') {
        runner.output('secrets-written', JSON.stringify(outcome.written));
        rows.push(['Auth Token', 'NOT rotated: the current Auth Token still works']);
        runner.summary(table('Twilio rotation', rows));
        throw new Error(
          `The key rotation succeeded (${outcome.key.sid} is in every target), but the Auth Token rotation failed: ${message(outcome.error)}`,
          { cause: outcome.error },
        );
      }
      // secrets-written names <prefix>AUTH_TOKEN too once it holds the promoted token.
      runner.output('secrets-written', JSON.stringify([...outcome.written, ...(outcome.authToken ?? [])]));
      if (outcome.authToken)
        rows.push(
          ['Auth Token', `rotated; written to ${list(outcome.authToken)}`],
          [
            'Old Auth Token',
            'invalidated at once by the promotion. Anything still holding its value (other workflows, later steps of this job that read the secret at job start, servers) fails with 20003 until it reads the new secret.',
          ],
        );
      runner.summary(table('Twilio rotation', rows, `Targets: ${run.targetLabels.join(', ')}.`));
    }
  }
}

function rotatedRows({ cfg }: Run, { key, written, deletion }: Rotated): Row[] {
  const rows: Row[] = [
    ['Lineage', code(cfg.friendlyName)],
    ['New key', `${code(key.sid)} (${credentialTypeOf(cfg.keyType)})`],
    ['Permissions', cfg.keyType === 'restricted' ? list(cfg.permissions) : 'standard key'],
    ['Secrets written', list(written)],
    ['Deleted (successor older than ' + formatDuration(cfg.gracePeriodMs) + ')', list(deletion.deleted)],
    ['Kept within grace', list(deletion.keep)],
  ];
  if (deletion.failed.length) rows.push(['Not deleted (retried next rotation)', list(deletion.failed)]);
  const iam = cfg.permissions.filter((p) => p.startsWith('/twilio/iam/'));
  if (iam.length)
    rows.push([
      'Manages keys',
      `this key holds ${list(iam)}: whoever holds it can mint and delete keys. Keep it for admin use (e.g. as the api-key of this action) only.`,
    ]);
  return rows;
}

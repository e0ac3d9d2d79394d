// What every step of a rotation shares: the config, the clients, the secret names, and the reads started
// before anything is written (the targets' public keys, the secrets' updated_at).
import type { RotateConfig, SecretTarget } from '../../config.js';
import type { PreparedTarget, SecretsApi, SettledReport, StampSnapshot } from '../../github/secrets.js';
import type { Runner } from '../../runner.js';
import { createKeyApi, type KeyApi, type MintedKey } from '../../twilio/keys.js';
import { authTokenSecretName, keySecretNames } from '../../names/secrets.js';
import type { Outcome } from './outcome.js';

export interface SecretNames {
  readonly sid: string;
  readonly key: string;
  readonly secret: string;
  readonly token: string;
}

export interface Run {
  readonly cfg: RotateConfig;
  readonly runner: Runner;
  readonly api: SecretsApi;
  readonly keys: KeyApi;
  readonly names: SecretNames;
  readonly describe: (t: SecretTarget) => string;
  readonly targetLabels: readonly string[];
  /** The admin key this run authenticates with is never deleted, even when it belongs to the lineage. */
  readonly protect: ReadonlySet<string>;
  /** The targets' public keys, fetched while the lineage is listed and the key minted. */
  readonly preparing: Promise<PreparedTarget[]>;
  /** The target secrets' updated_at before anything is written: ownership, and whether a lost write landed. */
  readonly before: Promise<StampSnapshot>;
}

/** A step that ends the rotation early, with how it ended. */
export class Stopped {
  constructor(readonly outcome: Outcome) {}
}
export type Step<T> = T | Stopped;

export async function openRun(cfg: RotateConfig, runner: Runner): Promise<Run> {
  const { twilio, delivery } = cfg;
  const github = delivery.github;
  // src/inputs.ts refuses a rotation without targets; this only narrows the type.
  if (!github || delivery.targets.length === 0)
    throw new Error("Input 'secrets': rotate needs at least one target.");
  const [sid, key, secret] = keySecretNames(delivery.secretPrefix) as [string, string, string];
  const names = { sid, key, secret, token: authTokenSecretName(delivery.secretPrefix) };
  const [{ createSecretsApi }, { describeTarget }] = await Promise.all([
    import('../../github/secrets.js'),
    import('../../github/targets.js'),
  ]);
  const api = createSecretsApi(github, { log: runner });
  const preparing = api.prepare(delivery.targets);
  preparing.catch(() => undefined); // awaited later; this only stops an early unhandled rejection
  const before = api.snapshot(delivery.targets, [
    sid,
    key,
    secret,
    ...(cfg.rotateAuthToken ? [names.token] : []),
  ]);
  return {
    cfg,
    runner,
    api,
    keys: createKeyApi(twilio, { log: runner }),
    names,
    describe: describeTarget,
    targetLabels: delivery.targets.map(describeTarget),
    protect: new Set(twilio.credential.kind === 'api-key' ? [twilio.credential.username] : []),
    preparing,
    before,
  };
}

/** Failed writes that landed all the same count as written, with a warning. */
export function warnLanded(run: Run, report: SettledReport): void {
  for (const f of report.landed)
    run.runner.warning(
      `${f.error.explain()} GitHub's updated_at shows that the new value landed all the same, so it counts as written.`,
    );
}

/** Deletes the key this run minted; returns a sentence for the error message. */
export async function discard(keys: KeyApi, key: MintedKey): Promise<string> {
  try {
    await keys.remove(key.sid);
    return `The new key ${key.sid} was deleted.`;
  } catch (e) {
    return `The new key ${key.sid} could not be deleted (${message(e)}); no secret holds it: delete it with mode: revoke and key-sid: ${key.sid}.`;
  }
}

/** An error and the errors related to it (other targets that failed the same way), explained. */
export function explainAll(e: unknown): string {
  return [e, ...((e as { related?: unknown[] } | null)?.related ?? [])].map(explain).join(' ');
}

export function explain(e: unknown): string {
  return e && typeof e === 'object' && 'explain' in e && typeof e.explain === 'function'
    ? String(e.explain())
    : message(e);
}

export function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

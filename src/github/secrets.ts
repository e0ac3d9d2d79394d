// The GitHub side of the modes: public keys, sealed PUTs and DELETEs of Actions secrets in
// repositories, environments and organizations. Returns data; never logs on its own (the client
// warns through the injected log when it waits out a rate limit). One file per job: public-keys.ts
// (prepare), write.ts, existing.ts, remove.ts, landed.ts (did a write whose answer was lost land?),
// routes.ts (routes, the call wrapper, the concurrency pool).
import type { GitHubConfig, SecretTarget } from '../config.js';
import { createGitHubClient, type GitHubClient, type GitHubClientDeps } from './client.js';
import type { GitHubError } from './errors.js';
import { createExisting } from './existing.js';
import { createStamps, type SettledReport, type StampSnapshot, type VerifyLanded } from './landed.js';
import { createPrepare } from './public-keys.js';
import { createRemove } from './remove.js';
import { createCall } from './routes.js';
import { createWrite } from './write.js';

export { ROUTES } from './routes.js';
export type { SettledReport, Stamp, StampSnapshot, VerifyLanded } from './landed.js';

export interface SecretValue {
  readonly name: string;
  readonly value: string;
}

export interface PreparedTarget {
  readonly target: SecretTarget;
  readonly keyId: string;
  /** The target's public key, base64 (ORIGINAL). */
  readonly key: string;
  /** Organization targets with visibility=selected: ids of `target.repositories`, same order. */
  readonly repositoryIds?: readonly number[];
}

export interface SecretRef {
  readonly target: SecretTarget;
  readonly name: string;
}

export interface FailedSecret extends SecretRef {
  readonly error: GitHubError;
}

export interface WriteReport {
  readonly written: SecretRef[];
  readonly failed: FailedSecret[];
  /** Not attempted because an earlier secret of the same target failed (a target never gets half a new pair). */
  readonly skipped: SecretRef[];
}

export interface RemovedSecret extends SecretRef {
  /** GitHub answered 404: nothing was there (already deleted, or never written). */
  readonly alreadyGone: boolean;
}

export interface RemoveReport {
  readonly removed: RemovedSecret[];
  readonly failed: FailedSecret[];
}

export interface WriteOptions {
  /** false: every PUT at once (bounded), for secrets no one reads yet. Default true. */
  readonly ordered?: boolean;
}

export interface SecretsApi {
  /**
   * Fetches every target's public key once, all targets concurrently, and resolves the repository ids of
   * organization targets with visibility=selected. libsodium starts when the first key arrives (to check
   * it), so its ~50 ms of start-up overlaps the other requests and write() does not wait for it.
   * @throws GitHubError for the first failing target in input order; the others are in `related`.
   */
  prepare(targets: readonly SecretTarget[]): Promise<PreparedTarget[]>;
  /**
   * PUTs every value to every target. Ordered (the default): targets concurrently, each target's values
   * one after another in the given order, stopping at a target's first failure (rotation relies on it).
   * Unordered: every PUT at once (bounded), for secrets no one reads yet. Never throws for HTTP failures.
   * With `verifyLanded`, a failed write without an answer (or with a 5xx) whose updated_at changed since
   * the snapshot counts as written (it is listed in `landed`); `unsure` lists those it cannot tell.
   */
  write(
    prepared: readonly PreparedTarget[],
    values: readonly SecretValue[],
    options: WriteOptions & { readonly verifyLanded: VerifyLanded },
  ): Promise<SettledReport>;
  write(
    prepared: readonly PreparedTarget[],
    values: readonly SecretValue[],
    options?: WriteOptions,
  ): Promise<WriteReport>;
  /**
   * The updated_at of the named secrets in every target, read before anything is written: whose the
   * existing secrets are, and later whether a write whose answer was lost landed. Never throws.
   */
  snapshot(targets: readonly SecretTarget[], names: readonly string[]): Promise<StampSnapshot>;
  /**
   * Which of the named secrets already exist in each target: one list request per target (names and dates,
   * never values; more pages only past 100 secrets), all targets at once. Meant to run alongside prepare(),
   * so it adds no round trip.
   * @throws GitHubError for the first target whose list fails.
   */
  existing(targets: readonly SecretTarget[], names: readonly string[]): Promise<SecretRef[]>;
  /** DELETEs the named secrets from every target; a 404 counts as removed. Never throws for HTTP failures. */
  remove(targets: readonly SecretTarget[], names: readonly string[]): Promise<RemoveReport>;
}

export interface SecretsApiDeps extends GitHubClientDeps {
  /** Requests at once in write() and remove(). Default 10. */
  readonly concurrency?: number;
  /** Use this client instead of creating one. */
  readonly client?: GitHubClient;
}

export function createSecretsApi(cfg: GitHubConfig, deps: SecretsApiDeps = {}): SecretsApi {
  const octokit = deps.client ?? createGitHubClient(cfg, deps);
  const concurrency = deps.concurrency ?? 10;
  const call = createCall(octokit);
  const write = createWrite(call, concurrency);
  const stamps = createStamps(octokit);

  async function writeAndVerify(
    prepared: readonly PreparedTarget[],
    values: readonly SecretValue[],
    options?: WriteOptions & { readonly verifyLanded?: VerifyLanded },
  ): Promise<WriteReport | SettledReport> {
    const report = await write(prepared, values, options?.ordered !== false);
    return options?.verifyLanded ? stamps.settle(report, options.verifyLanded) : report;
  }

  return {
    prepare: createPrepare(octokit, call),
    write: writeAndVerify as SecretsApi['write'],
    snapshot: stamps.snapshot,
    existing: createExisting(call),
    remove: createRemove(call, concurrency),
  };
}

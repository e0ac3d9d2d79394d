// Did a write whose answer was lost land? GitHub never returns a secret's value, but it returns each
// secret's updated_at: a secret whose updated_at changed since before the run wrote anything got the new
// value. snapshot() reads the stamps before the first write; write(..., { verifyLanded }) settles a
// report against it.
import type { SecretTarget } from '../config.js';
import type { GitHubClient } from './client.js';
import { secretRoute } from './routes.js';
import type { FailedSecret, SecretRef, WriteReport } from './secrets.js';
import { describeTarget } from './targets.js';

/** A secret's updated_at on GitHub's clock; null: no such secret; undefined: could not read it. */
export type Stamp = number | null | undefined;

/** updated_at of every (target, name) asked for, read before anything was written. */
export interface StampSnapshot {
  get(target: SecretTarget, name: string): Stamp;
}

export interface VerifyLanded {
  /** The snapshot taken before this run wrote anything (it may still be in flight). */
  readonly before: StampSnapshot | PromiseLike<StampSnapshot>;
  /**
   * The secret this run wrote just before, on the same target. Timestamps have whole seconds, so an
   * unchanged stamp proves nothing when the old value was written in the same second as this one.
   */
  readonly reference: string;
}

/** A write report after verification: failed writes that landed all the same count as written. */
export interface SettledReport extends WriteReport {
  /** Failed writes whose updated_at shows they landed: they are in `written`, not in `failed`. */
  readonly landed: FailedSecret[];
  /** Failed writes that may have landed (it cannot tell); they are in `failed` too. */
  readonly unsure: FailedSecret[];
}

const stampKey = (t: SecretTarget, name: string) => `${describeTarget(t)}/${name}`;

export function createStamps(octokit: GitHubClient) {
  /** GET of the secret's metadata (never its value). */
  async function read(t: SecretTarget, name: string): Promise<Stamp> {
    const { route, params } = secretRoute(t, name);
    try {
      const res = await octokit.request(`GET ${route}`, params);
      const at = Date.parse(String((res.data as { updated_at?: unknown }).updated_at));
      return Number.isNaN(at) ? undefined : at;
    } catch (e) {
      return (e as { status?: number }).status === 404 ? null : undefined;
    }
  }

  async function snapshot(
    targets: readonly SecretTarget[],
    names: readonly string[],
  ): Promise<StampSnapshot> {
    const pairs = targets.flatMap((t) => names.map((n) => [t, n] as const));
    const stamps = await Promise.all(pairs.map(([t, n]) => read(t, n)));
    const byKey = new Map(pairs.map(([t, n], i) => [stampKey(t, n), stamps[i]]));
    return { get: (t, name) => byKey.get(stampKey(t, name)) };
  }

  /**
   * Whether a write reported failed landed anyway. Only an unknown outcome (no answer, or a 5xx) can
   * have; then the secret's updated_at now is compared with the one read before. undefined: cannot tell.
   */
  async function landed(
    before: StampSnapshot,
    f: FailedSecret,
    reference: string,
  ): Promise<boolean | undefined> {
    if (!unknownOutcome(f)) return false;
    const pre = before.get(f.target, f.name);
    const [post, ref] = await Promise.all([read(f.target, f.name), read(f.target, reference)]);
    if (post === null) return false;
    if (post === undefined || pre === undefined) return undefined;
    if (pre === null || post > pre) return true;
    return typeof ref === 'number' && pre < ref ? false : undefined;
  }

  async function settle(report: WriteReport, verify: VerifyLanded): Promise<SettledReport> {
    if (report.failed.length === 0) return { ...report, landed: [], unsure: [] };
    const before = await verify.before;
    const verdicts = await Promise.all(report.failed.map((f) => landed(before, f, verify.reference)));
    const written: SecretRef[] = [...report.written];
    const failed: FailedSecret[] = [];
    const landedAnyway: FailedSecret[] = [];
    const unsure: FailedSecret[] = [];
    report.failed.forEach((f, i) => {
      if (verdicts[i] === true) {
        written.push({ target: f.target, name: f.name });
        landedAnyway.push(f);
        return;
      }
      failed.push(f);
      if (verdicts[i] === undefined) unsure.push(f);
    });
    return { written, failed, skipped: report.skipped, landed: landedAnyway, unsure };
  }

  return { snapshot, settle };
}

/** No answer, or a server error: the write may or may not have landed. */
function unknownOutcome(f: FailedSecret): boolean {
  return f.error.status === undefined || f.error.status >= 500;
}

// The one retry loop of this action: repeats an attempt as ./retry-policy.ts decides (which statuses,
// how many times, how long, Retry-After), sleeping in between. The caller says what an attempt came to
// and how a retry is worded in the log; the clock, the sleep and the jitter are injectable so that
// tests take no time.
import { decideRetry, DEFAULT_RETRY, parseRetryAfter, retryable, type RetryPolicy } from './retry-policy.js';

/** What one attempt came to. */
export interface Attempted<T> {
  /** HTTP status of the answer; undefined when none came. */
  readonly status: number | undefined;
  /** The answer's Retry-After header, if it had one. */
  readonly retryAfter?: string | undefined;
  /** What the caller gets when no retry follows: a value, or an error to throw. */
  readonly result: { readonly value: T } | { readonly error: unknown };
}

/** Told just before the wait that precedes a retry. */
export interface RetryNote {
  /** The attempt that just failed, from 1. */
  readonly attempt: number;
  /** Retries in all: the policy's attempts minus the first. */
  readonly retries: number;
  readonly delayMs: number;
  readonly status: number | undefined;
  /** The error of an attempt that got no answer. */
  readonly error: unknown;
}

export interface RetryOptions {
  /**
   * Whether repeating the request is harmless. Reads, deletes and whole-value PUTs are; a create is
   * not: only a 429 (refused before acting) is retried for it.
   */
  readonly idempotent: boolean;
  readonly policy?: RetryPolicy | undefined;
  readonly sleep?: ((ms: number) => Promise<void>) | undefined;
  /** In [0, 1): jitter. Default Math.random. */
  readonly random?: (() => number) | undefined;
  readonly log?: ((note: RetryNote) => void) | undefined;
  /** For an HTTP-date Retry-After. Default Date.now. */
  readonly now?: (() => number) | undefined;
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** An attempt that throws is not retried: its error passes through (e.g. a bug, or a limit given up on). */
export async function withRetry<T>(
  attempt: (n: number) => Promise<Attempted<T>>,
  options: RetryOptions,
): Promise<T> {
  const policy = options.policy ?? DEFAULT_RETRY;
  for (let n = 1; ; n++) {
    const { status, retryAfter, result } = await attempt(n);
    const outcome = {
      status,
      retryAfterS: parseRetryAfter(retryAfter, (options.now ?? Date.now)()),
      idempotent: options.idempotent,
    };
    const decision = retryable(outcome)
      ? decideRetry(outcome, n, policy, (options.random ?? Math.random)())
      : { retry: false as const };
    if (!decision.retry) {
      if ('value' in result) return result.value;
      throw result.error;
    }
    const error = 'error' in result ? result.error : undefined;
    options.log?.({ attempt: n, retries: policy.attempts - 1, delayMs: decision.delayMs, status, error });
    await (options.sleep ?? sleep)(decision.delayMs);
  }
}

// One retry policy for every request this action makes. Pure: the caller supplies the clock's
// randomness and does the sleeping, so tests take no time. The loop that applies it is ./retry.ts.
export interface RetryPolicy {
  /** Attempts in all, the first included. */
  readonly attempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** A Retry-After longer than this is not waited for: the call fails with the server's answer. */
  readonly maxRetryAfterMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  attempts: 4,
  baseDelayMs: 250,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 60_000,
};

export interface Outcome {
  /** HTTP status, or undefined when no response came (reset, timeout, DNS...). */
  readonly status: number | undefined;
  /** Seconds from a Retry-After header, when there was one. */
  readonly retryAfterS?: number | undefined;
  /**
   * Whether repeating the request is harmless. Reads and deletes are; a create is not, since a lost
   * answer may hide a key that was made (the caller looks for it by name instead).
   */
  readonly idempotent: boolean;
}

export type Decision = { readonly retry: false } | { readonly retry: true; readonly delayMs: number };

/** Whether another attempt could help at all, whatever the attempt count. */
export function retryable({ status, idempotent }: Outcome): boolean {
  // 429 means the server refused the request before acting on it, so even a create may be repeated.
  return status === 429 || (idempotent && (status === undefined || (status >= 500 && status <= 599)));
}

/** @param attempt the attempt that just failed, from 1. @param random a number in [0, 1). */
export function decideRetry(
  outcome: Outcome,
  attempt: number,
  policy: RetryPolicy,
  random: number,
): Decision {
  if (attempt >= policy.attempts || !retryable(outcome)) return { retry: false };
  const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  const jittered = Math.round(backoff / 2 + random * (backoff / 2));
  if (outcome.retryAfterS !== undefined) {
    const wait = outcome.retryAfterS * 1000;
    if (wait > policy.maxRetryAfterMs) return { retry: false };
    return { retry: true, delayMs: Math.max(wait, Math.round(random * policy.baseDelayMs)) };
  }
  return { retry: true, delayMs: jittered };
}

/** Retry-After is either seconds or an HTTP date. */
export function parseRetryAfter(header: string | undefined, now: number): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim());
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

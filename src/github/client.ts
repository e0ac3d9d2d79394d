// The GitHub REST client: @octokit/core + plugin-throttling, our retry policy, our node:http fetch.
//
// - Rate limits (plugin-throttling): a secondary limit (403/429 "secondary rate limit", Retry-After) or an
//   exhausted primary limit (x-ratelimit-remaining: 0) is waited out, at most `retries` times and never
//   longer than `maxRateLimitWaitMs` per wait, with a warning. The wait happens inside our handler through
//   the injectable `sleep` (the plugin's own delay is set to 0), so tests take no time.
// - Everything else (src/http/retry.ts, the one retry loop and policy of this action): 5xx, 429 and network errors (including
//   a per-attempt timeout) are retried with jittered exponential backoff honouring Retry-After; no other
//   4xx is ever retried. All requests made here are idempotent (GET, PUT of a whole secret, DELETE).
//   Not @octokit/plugin-retry: it ignores Retry-After on 5xx, has no jitter and sleeps on its own timers.
// - Writes are not spaced 1 s apart (the throttling plugin's default for every PUT/DELETE): we make a
//   handful of them, with our own concurrency bound (src/github/secrets.ts).
import { Octokit } from '@octokit/core';
import { throttling } from '@octokit/plugin-throttling';
import type { GitHubConfig } from '../config.js';
import { DEFAULT_RETRY, type RetryPolicy } from '../http/retry-policy.js';
import { sleep as realSleep, withRetry, type Attempted } from '../http/retry.js';
import type { Log } from '../runner.js';
import { createNodeFetch } from './http.js';

export interface GitHubClientDeps {
  /** Every wait (backoff, rate limits) goes through this. */
  readonly sleep?: (ms: number) => Promise<void>;
  readonly log?: Log;
  /** Retries after the first attempt, for server/network errors and for rate limits. Default 3. */
  readonly retries?: number;
  /** Per-attempt timeout. Default 20 s. */
  readonly timeoutMs?: number;
  /** A rate limit that asks for a longer wait than this fails instead. Default 60 s. */
  readonly maxRateLimitWaitMs?: number;
  /** In [0, 1): jitter. Default Math.random. */
  readonly random?: () => number;
  /** Replaces the node:http fetch (tests). */
  readonly fetch?: typeof fetch;
}

export const USER_AGENT = 'configure-twilio-credentials';
const API_VERSION = '2022-11-28';

const ThrottledOctokit = Octokit.plugin(throttling);
export type GitHubClient = InstanceType<typeof ThrottledOctokit>;

const silent: Log = { info: () => undefined, warning: () => undefined, debug: () => undefined };

// plugin-throttling's `write` group spaces writes 1 s apart with one in flight; this gate lets them through.
const openGate = { key: () => ({ schedule: <T>(_opts: unknown, fn: () => Promise<T>) => fn() }) };

interface RequestErrorShape {
  status?: number;
  response?: { headers?: Record<string, string | undefined> };
}

export function createGitHubClient(cfg: GitHubConfig, deps: GitHubClientDeps = {}): GitHubClient {
  const log = deps.log ?? silent;
  const sleep = deps.sleep ?? realSleep;
  const random = deps.random ?? Math.random;
  const retries = deps.retries ?? DEFAULT_RETRY.attempts - 1;
  const maxWait = deps.maxRateLimitWaitMs ?? 60_000;
  const policy: RetryPolicy = { ...DEFAULT_RETRY, attempts: retries + 1, maxRetryAfterMs: maxWait };
  const limitRetries = new WeakMap<object, number>();
  const limitGaveUp = new WeakSet<object>();

  const onLimit =
    (kind: string) =>
    async (retryAfterS: number, options: { method: string; url: string }): Promise<boolean> => {
      const n = (limitRetries.get(options) ?? 0) + 1;
      limitRetries.set(options, n);
      const what = `${options.method} ${options.url}`;
      if (n > retries) {
        log.warning(`GitHub ${kind} on ${what}: still limited after ${retries} waits; giving up.`);
        limitGaveUp.add(options);
        return false;
      }
      const waitMs = Math.max(0, retryAfterS) * 1000;
      if (waitMs > maxWait) {
        log.warning(
          `GitHub ${kind} on ${what}: it asks to wait ${retryAfterS} s, more than ${maxWait / 1000} s; giving up.`,
        );
        limitGaveUp.add(options);
        return false;
      }
      log.warning(`GitHub ${kind} on ${what}: waiting ${retryAfterS} s (retry ${n} of ${retries}).`);
      await sleep(waitMs);
      return true;
    };

  const octokit = new ThrottledOctokit({
    baseUrl: cfg.apiUrl.replace(/\/+$/, ''),
    auth: cfg.token,
    userAgent: USER_AGENT,
    request: { fetch: deps.fetch ?? createNodeFetch({ timeoutMs: deps.timeoutMs ?? cfg.timeoutMs }) },
    log: {
      debug: (m: string) => log.debug(m),
      info: (m: string) => log.debug(m),
      warn: (m: string, e?: unknown) => log.warning(e instanceof Error ? `${m}: ${e.message}` : m),
      error: (m: string, e?: unknown) => log.warning(e instanceof Error ? `${m}: ${e.message}` : m),
    },
    throttle: {
      onRateLimit: onLimit('rate limit'),
      onSecondaryRateLimit: onLimit('secondary rate limit'),
      retryAfterBaseValue: 0, // the handler above already waited
      write: openGate as never,
    },
  });

  octokit.hook.before('request', (options) => {
    options.headers['x-github-api-version'] = API_VERSION;
  });

  // Outermost hook: each attempt passes through the throttling plugin again.
  octokit.hook.wrap('request', (request, options) => {
    const attempt = async (): Promise<Attempted<Awaited<ReturnType<typeof request>>>> => {
      try {
        const response = await request(options);
        return { status: response.status, result: { value: response } };
      } catch (error) {
        // Only octokit's RequestError (it carries `request`) is retried; a rate limit the throttling
        // handler already gave up on is not retried again here.
        if (typeof error !== 'object' || error === null || !('request' in error) || limitGaveUp.has(options))
          throw error;
        // A RequestError without a response is a network error or timeout (octokit reports those as 500).
        const e = error as RequestErrorShape;
        const status = e.response ? e.status : undefined;
        return { status, retryAfter: e.response?.headers?.['retry-after'], result: { error } };
      }
    };
    return withRetry(attempt, {
      idempotent: true,
      policy,
      sleep,
      random,
      log: ({ status, attempt: n, delayMs }) =>
        log.debug(
          `GitHub ${options.method} ${options.url}: ${status ?? 'no answer'}; retry ${n} of ${retries} in ${delayMs} ms.`,
        ),
    });
  });

  return octokit;
}

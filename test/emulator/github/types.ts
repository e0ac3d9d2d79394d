/** Public shapes of the GitHub emulator: its API, its request log and its fault rules. */
import type { BaseFaultRule, FaultKind, FaultController as GenericFaultController } from '../faults.js';

export type Grants = 'write' | 'read-only';
export type ScopeRef =
  { repository: string } | { repository: string; environment: string } | { organization: string };

export interface SecretView {
  name: string;
  plaintext: string;
  createdAt: string;
  updatedAt: string;
  visibility?: string;
  selectedRepositoryIds?: number[];
}

export type { FaultKind };

export interface FaultRule extends BaseFaultRule {
  /** Exact request path as sent (percent-encoded, no query string), or a RegExp tested against it. Omit: any path. */
  path?: string | RegExp;
  kind: FaultKind;
  /** 'status' only: HTTP status (default 500). */
  status?: number;
  /** 'status' only: the error message (default: the status text). */
  message?: string;
  /** 'status' only: seconds, sent as Retry-After. */
  retryAfter?: number;
}

export type FaultController = GenericFaultController<FaultRule>;

export interface RequestRecord {
  /** 1-based arrival order. */
  seq: number;
  method: string;
  /** Path as sent (percent-encoded), without the query string. */
  path: string;
  query: string;
  /** HTTP status sent; 0 while in flight and when nothing was sent (reset, hang, lost-response). */
  status: number;
  /** performance.now() at arrival. */
  startedAt: number;
  /** performance.now() when answered or the socket destroyed; undefined while in flight. */
  endedAt: number | undefined;
  authToken: string | undefined;
  fault: { id: string; kind: FaultKind } | undefined;
  requestHeaders: Record<string, string>;
  /** Raw request body ('' when none). Holds sealed values only, never plaintext. */
  requestBody: string;
  /** Status that was (or, for lost-response, would have been) sent, with its headers and body. */
  response: { status: number; headers: Record<string, string>; body: string | undefined } | undefined;
}

export interface GitHubEmulator {
  readonly url: string;
  latencyMs: number;
  close(): Promise<void>;
  addRepository(fullName: string, opts?: { environments?: string[] }): { id: number };
  addEnvironment(fullName: string, env: string): void;
  /** An organization's repositories are the repositories added under its name. */
  addOrganization(org: string): void;
  addToken(token: string, grants: Grants): void;
  /** Decrypts a stored secret with its scope's private key. */
  secret(scope: ScopeRef, name: string): SecretView | undefined;
  secrets(): Array<{ scopeLabel: string; name: string }>;
  /** Moves a stored secret's created_at / updated_at back by `ms`, as if a previous run wrote it then. */
  backdateSecret(scope: ScopeRef, name: string, ms: number): void;
  /** The scope's current public key (base64 ORIGINAL) and key id. */
  publicKey(scope: ScopeRef): { keyId: string; key: string };
  /** Replaces the scope's key pair (GitHub rotates keys); secrets sealed for the old key then fail with 422. */
  rotateKey(scope: ScopeRef): void;
  readonly requests: RequestRecord[];
  /** The next `times` authenticated requests get 403 + Retry-After + GitHub's secondary-rate-limit message. */
  secondaryRateLimit(on: { times: number; retryAfter: number } | false): void;
  /** The next `times` authenticated requests get 403 "API rate limit exceeded" with x-ratelimit-remaining: 0. */
  primaryRateLimit(on: { times: number; resetInSeconds: number } | false): void;
  readonly faults: FaultController;
}

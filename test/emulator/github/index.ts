/**
 * A GitHub REST emulator on 127.0.0.1 for the secrets endpoints this action uses (routes.ts lists them).
 * Each scope (repository, environment, organization) has a real libsodium key pair, so the emulator
 * opens what it receives (422 when it cannot) and tests read back the plaintext. Tokens: 'write' may do
 * everything; 'read-only' behaves like the workflow GITHUB_TOKEN (403 "Resource not accessible by
 * integration" on every secrets endpoint); an unknown token gets 401 "Bad credentials".
 * Environment names arrive percent-encoded in one path segment ("prod%20%2F%20eu").
 * Every response carries x-ratelimit-* headers and GitHub's error shape { message, documentation_url, status }.
 * Modules: server.ts (HTTP, latency, faults, request log) · auth.ts (tokens, rate limits) · routes.ts +
 * secrets.ts (endpoints) · store.ts (repositories, key pairs, secrets) · errors.ts · types.ts · ../faults.ts.
 */
import sodium from 'libsodium-wrappers';
import { Faults } from '../faults.js';
import { RateLimits } from './auth.js';
import { EmulatorServer } from './server.js';
import { Store } from './store.js';
import type { FaultRule, GitHubEmulator, RequestRecord } from './types.js';

export type {
  FaultController,
  FaultKind,
  FaultRule,
  GitHubEmulator,
  Grants,
  RequestRecord,
  ScopeRef,
  SecretView,
} from './types.js';

export async function startGitHubEmulator(
  opts: { latencyMs?: number; port?: number } = {},
): Promise<GitHubEmulator> {
  await sodium.ready;
  const store = new Store();
  const limits = new RateLimits();
  const faults = new Faults<FaultRule>(['status', 'retryAfter']);
  const requests: RequestRecord[] = [];
  const state = { latencyMs: opts.latencyMs ?? 0 };
  const server = new EmulatorServer({ store, limits, faults, requests, latencyMs: () => state.latencyMs });
  const url = await server.listen(opts.port ?? 0);

  return {
    url,
    get latencyMs() {
      return state.latencyMs;
    },
    set latencyMs(ms: number) {
      state.latencyMs = ms;
    },
    close: () => server.close(),
    addRepository: (fullName, o) => store.addRepository(fullName, o),
    addEnvironment: (fullName, env) => store.addEnvironment(fullName, env),
    addOrganization: (org) => store.addOrganization(org),
    addToken: (token, grants) => store.addToken(token, grants),
    secret: (scope, name) => store.secret(scope, name),
    secrets: () => store.secrets(),
    backdateSecret: (scope, name, ms) => store.backdateSecret(scope, name, ms),
    publicKey: (scope) => store.publicKey(scope),
    rotateKey: (scope) => store.rotateKey(scope),
    requests,
    secondaryRateLimit(on) {
      limits.secondary = on && on.times > 0 ? { ...on } : false;
    },
    primaryRateLimit(on) {
      limits.primary = on && on.times > 0 ? { ...on } : false;
    },
    faults,
  };
}

/**
 * A GitHub REST emulator on 127.0.0.1 for the secrets endpoints this action uses:
 *   GET  /repos/{owner}/{repo}
 *   GET  /repos/{owner}/{repo}/actions/secrets/public-key
 *   GET|PUT|DELETE /repos/{owner}/{repo}/actions/secrets/{secret_name}
 *   PUT  /repos/{owner}/{repo}/environments/{environment_name}            (creates an environment)
 *   GET  /repos/{owner}/{repo}/environments/{environment_name}/secrets/public-key
 *   GET|PUT|DELETE /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}
 *   GET  /orgs/{org}/actions/secrets/public-key
 *   GET|PUT|DELETE /orgs/{org}/actions/secrets/{secret_name}
 * Each scope (repository, environment, organization) has a real libsodium key pair, so the emulator
 * opens what it receives (422 when it cannot) and tests read back the plaintext. Tokens: 'write' may do
 * everything; 'read-only' behaves like the workflow GITHUB_TOKEN (403 "Resource not accessible by
 * integration" on every secrets endpoint); an unknown token gets 401 "Bad credentials".
 * Environment names arrive percent-encoded in one path segment ("prod%20%2F%20eu").
 * Every response carries x-ratelimit-* headers and GitHub's error shape { message, documentation_url, status }.
 */
import { randomBytes } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import sodium from 'libsodium-wrappers';
import { repositoryJson } from './repository-json.js';

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

export type FaultKind = 'status' | 'reset' | 'hang' | 'lost-response';

export interface FaultRule {
  method?: string;
  /** Exact request path as sent (percent-encoded, no query string), or a RegExp tested against it. Omit: any path. */
  path?: string | RegExp;
  /** 1-based: fire on the nth matching call (and, with `times`, on the following ones). Omit: from the first. */
  nth?: number;
  /** How many times the rule fires. Default: once when `nth` is set, otherwise every matching call. */
  times?: number;
  kind: FaultKind;
  /** 'status' only: HTTP status (default 500). */
  status?: number;
  /** 'status' only: the error message (default: the status text). */
  message?: string;
  /** 'status' only: seconds, sent as Retry-After. */
  retryAfter?: number;
}

export interface FaultController {
  /** Adds a rule; returns its id. Rules are tried in the order added; the first that fires wins. */
  add(rule: FaultRule): string;
  remove(id: string): void;
  clear(): void;
  /** How many times the rule fired. */
  hits(id: string): number;
}

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

interface KeyPair {
  keyId: string;
  publicKey: Uint8Array;
  privateKey: Uint8Array;
}

interface StoredSecret {
  name: string;
  encryptedValue: string;
  keyPair: KeyPair;
  createdAt: string;
  updatedAt: string;
  visibility?: string;
  selectedRepositoryIds?: number[];
}

interface Scope {
  label: string;
  keyPair: KeyPair;
  secrets: Map<string, StoredSecret>;
}

interface Repo {
  id: number;
  owner: string;
  name: string;
  createdAt: string;
  scope: Scope;
  environments: Map<string, { name: string; scope: Scope }>;
}

interface Org {
  id: number;
  login: string;
  scope: Scope;
}

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

const DOCS = 'https://docs.github.com/rest';
const SECRETS_DOCS = 'https://docs.github.com/rest/actions/secrets';
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=|[A-Za-z0-9+/]{4})$/;
const SECONDARY_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID ';

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly documentationUrl = DOCS,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

const notFound = (docs = DOCS): HttpError => new HttpError(404, 'Not Found', docs);
const isoSeconds = (d = new Date()): string => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

function newKeyPair(): KeyPair {
  const kp = sodium.crypto_box_keypair();
  // GitHub's key ids are long decimal strings.
  const keyId = BigInt('0x' + randomBytes(8).toString('hex'))
    .toString()
    .slice(0, 18)
    .padStart(18, '1');
  return { keyId, publicKey: kp.publicKey, privateKey: kp.privateKey };
}

/** GitHub's secret-name rules, with the messages it answers (422). */
function secretNameError(name: string): string | undefined {
  if (!/^[A-Za-z0-9_]+$/.test(name) || /^[0-9]/.test(name))
    return 'Secret names can only contain alphanumeric characters ([a-z], [A-Z], [0-9]) or underscores (_). Spaces are not allowed. Must start with a letter ([a-z], [A-Z]) or underscores (_).';
  if (/^GITHUB_/i.test(name)) return 'Secret names must not start with GITHUB_.';
  return undefined;
}

class Faults implements FaultController {
  private rules: Array<{ id: string; rule: FaultRule; matched: number; fired: number }> = [];
  private readonly fired = new Map<string, number>();
  private nextId = 1;

  add(rule: FaultRule): string {
    if (rule.nth !== undefined && (!Number.isInteger(rule.nth) || rule.nth < 1))
      throw new Error(`fault nth must be a positive integer`);
    if (rule.kind !== 'status' && (rule.status !== undefined || rule.retryAfter !== undefined))
      throw new Error(`status/retryAfter only apply to 'status' faults`);
    const id = `fault-${this.nextId++}`;
    this.rules.push({ id, rule: { ...rule }, matched: 0, fired: 0 });
    this.fired.set(id, 0);
    return id;
  }
  remove(id: string): void {
    this.rules = this.rules.filter((r) => r.id !== id);
  }
  clear(): void {
    this.rules = [];
  }
  hits(id: string): number {
    const n = this.fired.get(id);
    if (n === undefined) throw new Error(`unknown fault rule ${id}`);
    return n;
  }
  match(method: string, path: string): { id: string; rule: FaultRule } | undefined {
    let chosen: { id: string; rule: FaultRule } | undefined;
    for (const active of this.rules) {
      const { rule } = active;
      if (rule.method !== undefined && rule.method.toUpperCase() !== method) continue;
      if (rule.path !== undefined) {
        if (
          typeof rule.path === 'string'
            ? rule.path !== path
            : ((rule.path.lastIndex = 0), !rule.path.test(path))
        )
          continue;
      }
      active.matched += 1;
      if (chosen) continue;
      const from = rule.nth ?? 1;
      const times = rule.times ?? (rule.nth !== undefined ? 1 : Infinity);
      if (active.matched >= from && active.fired < times) {
        active.fired += 1;
        this.fired.set(active.id, active.fired);
        chosen = { id: active.id, rule };
      }
    }
    return chosen;
  }
}

class Emulator implements GitHubEmulator {
  url = '';
  latencyMs: number;
  readonly requests: RequestRecord[] = [];
  readonly faults = new Faults();
  private readonly server: http.Server;
  private readonly closing = new AbortController();
  private readonly repos = new Map<string, Repo>();
  private readonly orgs = new Map<string, Org>();
  private readonly tokens = new Map<string, { grants: Grants; used: number }>();
  private nextId = 100_000;
  private seq = 0;
  private secondary: { times: number; retryAfter: number } | false = false;
  private primary: { times: number; resetInSeconds: number } | false = false;
  private readonly resetAt = Math.floor(Date.now() / 1000) + 3600;

  constructor(latencyMs: number) {
    this.latencyMs = latencyMs;
    this.server = http.createServer((req, res) => void this.handle(req, res));
  }

  async listen(port: number): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, '127.0.0.1', () => resolve());
    });
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    if (this.closing.signal.aborted) return;
    this.closing.abort();
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    await closed;
  }

  // ---- seeding -------------------------------------------------------------------------------

  private newScope(label: string): Scope {
    return { label, keyPair: newKeyPair(), secrets: new Map() };
  }

  addRepository(fullName: string, opts: { environments?: string[] } = {}): { id: number } {
    const [owner, name, ...extra] = fullName.split('/');
    if (!owner || !name || extra.length) throw new Error(`addRepository wants OWNER/REPO, got ${fullName}`);
    if (this.repos.has(fullName.toLowerCase())) throw new Error(`repository ${fullName} exists already`);
    const repo: Repo = {
      id: this.nextId++,
      owner,
      name,
      createdAt: isoSeconds(),
      scope: this.newScope(`repository:${owner}/${name}`),
      environments: new Map(),
    };
    this.repos.set(fullName.toLowerCase(), repo);
    for (const env of opts.environments ?? []) this.addEnvironment(fullName, env);
    return { id: repo.id };
  }

  addEnvironment(fullName: string, env: string): void {
    const repo = this.repos.get(fullName.toLowerCase());
    if (!repo) throw new Error(`unknown repository ${fullName}`);
    if (env === '' || env.length > 255) throw new Error(`bad environment name ${JSON.stringify(env)}`);
    if (repo.environments.has(env.toLowerCase())) return;
    repo.environments.set(env.toLowerCase(), {
      name: env,
      scope: this.newScope(`environment:${repo.owner}/${repo.name}:${env}`),
    });
  }

  addOrganization(org: string): void {
    if (this.orgs.has(org.toLowerCase())) throw new Error(`organization ${org} exists already`);
    this.orgs.set(org.toLowerCase(), {
      id: this.nextId++,
      login: org,
      scope: this.newScope(`organization:${org}`),
    });
  }

  addToken(token: string, grants: Grants): void {
    this.tokens.set(token, { grants, used: 0 });
  }

  secondaryRateLimit(on: { times: number; retryAfter: number } | false): void {
    this.secondary = on && on.times > 0 ? { ...on } : false;
  }

  primaryRateLimit(on: { times: number; resetInSeconds: number } | false): void {
    this.primary = on && on.times > 0 ? { ...on } : false;
  }

  // ---- inspection ----------------------------------------------------------------------------

  private scopeOf(ref: ScopeRef): Scope | undefined {
    if ('organization' in ref) return this.orgs.get(ref.organization.toLowerCase())?.scope;
    const repo = this.repos.get(ref.repository.toLowerCase());
    if (!repo) return undefined;
    if ('environment' in ref) return repo.environments.get(ref.environment.toLowerCase())?.scope;
    return repo.scope;
  }

  private mustScope(ref: ScopeRef): Scope {
    const scope = this.scopeOf(ref);
    if (!scope) throw new Error(`unknown scope ${JSON.stringify(ref)}`);
    return scope;
  }

  secret(ref: ScopeRef, name: string): SecretView | undefined {
    const s = this.scopeOf(ref)?.secrets.get(name.toUpperCase());
    if (!s) return undefined;
    const plaintext = sodium.to_string(
      sodium.crypto_box_seal_open(
        sodium.from_base64(s.encryptedValue, sodium.base64_variants.ORIGINAL),
        s.keyPair.publicKey,
        s.keyPair.privateKey,
      ),
    );
    const view: SecretView = { name: s.name, plaintext, createdAt: s.createdAt, updatedAt: s.updatedAt };
    if (s.visibility !== undefined) view.visibility = s.visibility;
    if (s.selectedRepositoryIds !== undefined) view.selectedRepositoryIds = [...s.selectedRepositoryIds];
    return view;
  }

  backdateSecret(ref: ScopeRef, name: string, ms: number): void {
    const s = this.mustScope(ref).secrets.get(name.toUpperCase());
    if (!s) throw new Error(`no secret ${name} in ${JSON.stringify(ref)}`);
    const back = (iso: string) => isoSeconds(new Date(Date.parse(iso) - ms));
    s.createdAt = back(s.createdAt);
    s.updatedAt = back(s.updatedAt);
  }

  secrets(): Array<{ scopeLabel: string; name: string }> {
    const scopes: Scope[] = [];
    for (const repo of this.repos.values())
      scopes.push(repo.scope, ...[...repo.environments.values()].map((e) => e.scope));
    for (const org of this.orgs.values()) scopes.push(org.scope);
    return scopes.flatMap((s) => [...s.secrets.values()].map((x) => ({ scopeLabel: s.label, name: x.name })));
  }

  publicKey(ref: ScopeRef): { keyId: string; key: string } {
    const { keyPair } = this.mustScope(ref);
    return {
      keyId: keyPair.keyId,
      key: sodium.to_base64(keyPair.publicKey, sodium.base64_variants.ORIGINAL),
    };
  }

  rotateKey(ref: ScopeRef): void {
    this.mustScope(ref).keyPair = newKeyPair();
  }

  // ---- HTTP ----------------------------------------------------------------------------------

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const startedAt = performance.now();
    const method = (req.method ?? 'GET').toUpperCase();
    const rawUrl = req.url ?? '/';
    const q = rawUrl.indexOf('?');
    const path = q === -1 ? rawUrl : rawUrl.slice(0, q);
    const authToken = /^(?:token|bearer)\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const requestHeaders: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers))
      if (v !== undefined) requestHeaders[k] = Array.isArray(v) ? v.join(', ') : v;
    const record: RequestRecord = {
      seq: ++this.seq,
      method,
      path,
      query: q === -1 ? '' : rawUrl.slice(q + 1),
      status: 0,
      startedAt,
      endedAt: undefined,
      authToken,
      fault: undefined,
      requestHeaders,
      requestBody: '',
      response: undefined,
    };
    this.requests.push(record);
    res.on('close', () => {
      record.endedAt ??= performance.now();
    });
    res.on('error', () => undefined);

    const chunks: Buffer[] = [];
    try {
      for await (const chunk of req) chunks.push(chunk as Buffer);
    } catch {
      return;
    }
    record.requestBody = Buffer.concat(chunks).toString('utf8');

    const fault = this.faults.match(method, path);
    if (fault) record.fault = { id: fault.id, kind: fault.rule.kind };
    if (fault?.rule.kind === 'hang') return; // close() destroys the socket

    if (this.latencyMs > 0) {
      try {
        await sleep(this.latencyMs, undefined, { signal: this.closing.signal });
      } catch {
        return;
      }
    }
    if (this.closing.signal.aborted) return;

    if (fault?.rule.kind === 'reset') return this.destroy(req, record);
    let reply: Reply;
    if (fault?.rule.kind === 'status') {
      const status = fault.rule.status ?? 500;
      reply = {
        status,
        body: {
          message: fault.rule.message ?? http.STATUS_CODES[status] ?? 'Error',
          documentation_url: DOCS,
          status: String(status),
        },
        headers: fault.rule.retryAfter !== undefined ? { 'retry-after': String(fault.rule.retryAfter) } : {},
      };
    } else {
      reply = this.dispatch(method, path, authToken, record.requestBody);
    }
    this.send(res, record, reply, fault?.rule.kind === 'lost-response' ? req : undefined, authToken);
  }

  private dispatch(method: string, path: string, authToken: string | undefined, body: string): Reply {
    try {
      const token = authToken === undefined ? undefined : this.tokens.get(authToken);
      if (authToken === undefined) throw new HttpError(401, 'Requires authentication');
      if (!token) throw new HttpError(401, 'Bad credentials');
      token.used += 1;
      if (this.secondary) {
        const { retryAfter } = this.secondary;
        if (--this.secondary.times <= 0) this.secondary = false;
        throw new HttpError(
          403,
          SECONDARY_MESSAGE + requestId(),
          'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
          {
            'retry-after': String(retryAfter),
          },
        );
      }
      if (this.primary) {
        const reset = Math.floor(Date.now() / 1000) + this.primary.resetInSeconds;
        if (--this.primary.times <= 0) this.primary = false;
        throw new HttpError(
          403,
          'API rate limit exceeded for user ID 1. If you reach out to GitHub Support for help, please include the request ID ' +
            requestId() +
            '.',
          'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
          { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset), 'x-ratelimit-used': '5000' },
        );
      }
      return this.route(method, path, token.grants, body);
    } catch (err) {
      if (err instanceof HttpError)
        return {
          status: err.status,
          body: { message: err.message, documentation_url: err.documentationUrl, status: String(err.status) },
          headers: err.headers,
        };
      console.error('github emulator: handler failed', err);
      return { status: 500, body: { message: 'Server Error', documentation_url: DOCS, status: '500' } };
    }
  }

  private route(method: string, path: string, grants: Grants, body: string): Reply {
    let seg: string[];
    try {
      seg = path
        .split('/')
        .slice(1)
        .map((s) => decodeURIComponent(s));
    } catch {
      throw new HttpError(400, 'Bad request: malformed percent-encoding in the path');
    }
    const [a, b, c, d, e, f, g, h, ...more] = seg;
    if (more.length > 0) throw notFound();

    if (a === 'repos' && b !== undefined && c !== undefined) {
      const repo = this.repos.get(`${b}/${c}`.toLowerCase());
      // GET /repos/{owner}/{repo}
      if (d === undefined) {
        if (method !== 'GET') throw notFound();
        if (!repo) throw notFound('https://docs.github.com/rest/repos/repos#get-a-repository');
        const org = this.orgs.get(repo.owner.toLowerCase());
        return {
          status: 200,
          body: repositoryJson(this.url, {
            id: repo.id,
            owner: repo.owner,
            name: repo.name,
            ownerId: org?.id ?? 1,
            ownerIsOrg: org !== undefined,
            createdAt: repo.createdAt,
          }),
        };
      }
      // GET /repos/{owner}/{repo}/actions/secrets (list: names and dates)
      if (d === 'actions' && e === 'secrets' && f === undefined) {
        if (!repo) throw notFound(SECRETS_DOCS);
        return this.listSecrets(method, repo.scope, grants, undefined);
      }
      // /repos/{owner}/{repo}/actions/secrets/...
      if (d === 'actions' && e === 'secrets' && f !== undefined && g === undefined) {
        if (!repo) throw notFound(SECRETS_DOCS);
        return this.secretsEndpoint(method, repo.scope, f, grants, body, undefined);
      }
      if (d === 'environments' && e !== undefined) {
        if (!repo) throw notFound(SECRETS_DOCS);
        // PUT /repos/{owner}/{repo}/environments/{environment_name}
        if (f === undefined) {
          if (method !== 'PUT') throw notFound();
          if (grants !== 'write')
            throw new HttpError(
              403,
              'Resource not accessible by integration',
              'https://docs.github.com/rest/deployments/environments#create-or-update-an-environment',
            );
          this.addEnvironment(`${repo.owner}/${repo.name}`, e);
          const env = repo.environments.get(e.toLowerCase());
          return {
            status: 200,
            body: {
              id: this.nextId++,
              name: env?.name ?? e,
              node_id: 'EN_1',
              url: `${this.url}/repos/${repo.owner}/${repo.name}/environments/${encodeURIComponent(e)}`,
              html_url: `${this.url}/${repo.owner}/${repo.name}/deployments/activity_log?environments_filter=${encodeURIComponent(e)}`,
              created_at: isoSeconds(),
              updated_at: isoSeconds(),
            },
          };
        }
        if (f === 'secrets' && g === undefined) {
          const env = repo.environments.get(e.toLowerCase());
          if (!env) throw notFound(SECRETS_DOCS);
          return this.listSecrets(method, env.scope, grants, undefined);
        }
        if (f === 'secrets' && g !== undefined && h === undefined) {
          const env = repo.environments.get(e.toLowerCase());
          if (!env) throw notFound(SECRETS_DOCS);
          return this.secretsEndpoint(method, env.scope, g, grants, body, undefined);
        }
      }
      throw notFound();
    }
    if (a === 'orgs' && b !== undefined && c === 'actions' && d === 'secrets' && e === undefined) {
      const org = this.orgs.get(b.toLowerCase());
      if (!org) throw notFound(SECRETS_DOCS);
      return this.listSecrets(method, org.scope, grants, org);
    }
    if (
      a === 'orgs' &&
      b !== undefined &&
      c === 'actions' &&
      d === 'secrets' &&
      e !== undefined &&
      f === undefined
    ) {
      const org = this.orgs.get(b.toLowerCase());
      if (!org) throw notFound(SECRETS_DOCS);
      return this.secretsEndpoint(method, org.scope, e, grants, body, org);
    }
    throw notFound();
  }

  /** GET of a scope's secrets: names and dates, never values. One page holds them all (no pagination). */
  private listSecrets(method: string, scope: Scope, grants: Grants, org: Org | undefined): Reply {
    if (method !== 'GET') throw notFound();
    if (grants !== 'write') throw new HttpError(403, 'Resource not accessible by integration', SECRETS_DOCS);
    const secrets = [...scope.secrets.values()].map((s) => {
      const item: Record<string, unknown> = {
        name: s.name,
        created_at: s.createdAt,
        updated_at: s.updatedAt,
      };
      if (org) {
        item.visibility = s.visibility;
        if (s.visibility === 'selected')
          item.selected_repositories_url = `${this.url}/orgs/${org.login}/actions/secrets/${s.name}/repositories`;
      }
      return item;
    });
    return { status: 200, body: { total_count: secrets.length, secrets } };
  }

  private secretsEndpoint(
    method: string,
    scope: Scope,
    name: string,
    grants: Grants,
    rawBody: string,
    org: Org | undefined,
  ): Reply {
    if (grants !== 'write') throw new HttpError(403, 'Resource not accessible by integration', SECRETS_DOCS);
    if (name === 'public-key') {
      if (method !== 'GET') throw notFound();
      return {
        status: 200,
        body: {
          key_id: scope.keyPair.keyId,
          key: sodium.to_base64(scope.keyPair.publicKey, sodium.base64_variants.ORIGINAL),
        },
      };
    }
    const key = name.toUpperCase();
    const existing = scope.secrets.get(key);
    if (method === 'GET') {
      if (!existing) throw notFound(SECRETS_DOCS);
      const body: Record<string, unknown> = {
        name: existing.name,
        created_at: existing.createdAt,
        updated_at: existing.updatedAt,
      };
      if (org) {
        body.visibility = existing.visibility;
        if (existing.visibility === 'selected')
          body.selected_repositories_url = `${this.url}/orgs/${org.login}/actions/secrets/${existing.name}/repositories`;
      }
      return { status: 200, body };
    }
    if (method === 'DELETE') {
      if (!existing) throw notFound(SECRETS_DOCS);
      scope.secrets.delete(key);
      return { status: 204 };
    }
    if (method !== 'PUT') throw notFound();

    const nameError = secretNameError(name);
    if (nameError) throw new HttpError(422, nameError, SECRETS_DOCS);
    let body: Record<string, unknown>;
    try {
      const parsed: unknown = JSON.parse(rawBody);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        throw new Error('not an object');
      body = parsed as Record<string, unknown>;
    } catch {
      throw new HttpError(400, 'Problems parsing JSON', SECRETS_DOCS);
    }
    const { encrypted_value: encrypted, key_id: keyId } = body;
    if (typeof encrypted !== 'string' || typeof keyId !== 'string')
      throw new HttpError(
        422,
        'Invalid request.\n\n"encrypted_value" and "key_id" are required and must be strings.',
        SECRETS_DOCS,
      );
    if (!BASE64.test(encrypted))
      throw new HttpError(
        422,
        'Invalid request.\n\nInvalid property /encrypted_value: does not match the base64 pattern.',
        SECRETS_DOCS,
      );
    if (keyId !== scope.keyPair.keyId)
      throw new HttpError(422, 'Bad request - key_id does not match the current public key', SECRETS_DOCS);
    try {
      sodium.crypto_box_seal_open(
        sodium.from_base64(encrypted, sodium.base64_variants.ORIGINAL),
        scope.keyPair.publicKey,
        scope.keyPair.privateKey,
      );
    } catch {
      throw new HttpError(
        422,
        'Bad request - could not decrypt encrypted_value with the key of key_id',
        SECRETS_DOCS,
      );
    }
    let visibility: string | undefined;
    let selected: number[] | undefined;
    if (org) {
      visibility = body.visibility as string | undefined;
      if (visibility !== 'all' && visibility !== 'private' && visibility !== 'selected')
        throw new HttpError(
          422,
          'Invalid request.\n\n"visibility" must be one of all, private, selected.',
          SECRETS_DOCS,
        );
      const ids = body.selected_repository_ids;
      if (ids !== undefined) {
        if (visibility !== 'selected')
          throw new HttpError(
            422,
            'Invalid request.\n\n"selected_repository_ids" may only be given with visibility "selected".',
            SECRETS_DOCS,
          );
        if (!Array.isArray(ids))
          throw new HttpError(
            422,
            'Invalid request.\n\n"selected_repository_ids" must be an array.',
            SECRETS_DOCS,
          );
        const orgRepoIds = new Set(
          [...this.repos.values()]
            .filter((r) => r.owner.toLowerCase() === org.login.toLowerCase())
            .map((r) => r.id),
        );
        selected = ids.map((x) => Number(x));
        if (selected.some((id) => !orgRepoIds.has(id)))
          throw new HttpError(
            422,
            `Invalid request.\n\nselected_repository_ids must be repositories of ${org.login}.`,
            SECRETS_DOCS,
          );
      } else if (visibility === 'selected') selected = [];
    } // (repository and environment secrets: GitHub ignores visibility / selected_repository_ids)
    const now = isoSeconds();
    const stored: StoredSecret = {
      name: key,
      encryptedValue: encrypted,
      keyPair: scope.keyPair,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    };
    if (visibility !== undefined) stored.visibility = visibility;
    if (selected !== undefined) stored.selectedRepositoryIds = selected;
    scope.secrets.set(key, stored);
    return existing ? { status: 204 } : { status: 201, body: {} };
  }

  private send(
    res: ServerResponse,
    record: RequestRecord,
    reply: Reply,
    loseOn: IncomingMessage | undefined,
    token: string | undefined,
  ): void {
    const t = token === undefined ? undefined : this.tokens.get(token);
    const used = t?.used ?? 0;
    const headers: Record<string, string> = {
      'x-github-request-id': requestId(),
      'x-github-api-version-selected': '2022-11-28',
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': String(Math.max(0, 5000 - used)),
      'x-ratelimit-reset': String(this.resetAt),
      'x-ratelimit-used': String(used),
      'x-ratelimit-resource': 'core',
      ...reply.headers,
    };
    const json = reply.status === 204 || reply.body === undefined ? undefined : JSON.stringify(reply.body);
    if (json !== undefined) headers['content-type'] = 'application/json; charset=utf-8';
    record.response = { status: reply.status, headers, body: json };
    if (loseOn) return this.destroy(loseOn, record);
    record.status = reply.status;
    record.endedAt = performance.now();
    if (res.destroyed) return;
    if (json !== undefined) headers['content-length'] = String(Buffer.byteLength(json));
    res.writeHead(reply.status, headers).end(json);
  }

  private destroy(req: IncomingMessage, record: RequestRecord): void {
    record.endedAt = performance.now();
    req.socket.resetAndDestroy();
  }
}

function requestId(): string {
  const hex = randomBytes(10).toString('hex').toUpperCase();
  return `${hex.slice(0, 4)}:${hex.slice(4, 8)}:${hex.slice(8, 14)}:${hex.slice(14, 20)}`;
}

export async function startGitHubEmulator(
  opts: { latencyMs?: number; port?: number } = {},
): Promise<GitHubEmulator> {
  await sodium.ready;
  const emulator = new Emulator(opts.latencyMs ?? 0);
  await emulator.listen(opts.port ?? 0);
  return emulator;
}

// The GitHub side of the modes: public keys, sealed PUTs and DELETEs of Actions secrets in
// repositories, environments and organizations. Returns data; never logs on its own (the client
// warns through the injected log when it waits out a rate limit).
import type { GitHubConfig, SecretTarget } from '../config.js';
import { createGitHubClient, type GitHubClient, type GitHubClientDeps } from './client.js';
import { GitHubError, toGitHubError, type GitHubOperation } from './errors.js';
import { isValidPublicKey, sealSecret } from './seal.js';

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
   */
  write(
    prepared: readonly PreparedTarget[],
    values: readonly SecretValue[],
    options?: { readonly ordered?: boolean },
  ): Promise<WriteReport>;
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

export const ROUTES = {
  repoKey: '/repos/{owner}/{repo}/actions/secrets/public-key',
  repoSecret: '/repos/{owner}/{repo}/actions/secrets/{secret_name}',
  envKey: '/repos/{owner}/{repo}/environments/{environment_name}/secrets/public-key',
  envSecret: '/repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}',
  orgKey: '/orgs/{org}/actions/secrets/public-key',
  orgSecret: '/orgs/{org}/actions/secrets/{secret_name}',
  repoSecrets: '/repos/{owner}/{repo}/actions/secrets',
  envSecrets: '/repos/{owner}/{repo}/environments/{environment_name}/secrets',
  orgSecrets: '/orgs/{org}/actions/secrets',
  repo: '/repos/{owner}/{repo}',
} as const;

type Params = Record<string, string>;

function keyRoute(t: SecretTarget): { route: string; params: Params } {
  switch (t.scope) {
    case 'repository':
      return { route: ROUTES.repoKey, params: { owner: t.owner, repo: t.repo } };
    case 'environment':
      return {
        route: ROUTES.envKey,
        params: { owner: t.owner, repo: t.repo, environment_name: t.environment },
      };
    case 'organization':
      return { route: ROUTES.orgKey, params: { org: t.org } };
  }
}

function secretRoute(t: SecretTarget, name: string): { route: string; params: Params } {
  switch (t.scope) {
    case 'repository':
      return { route: ROUTES.repoSecret, params: { owner: t.owner, repo: t.repo, secret_name: name } };
    case 'environment':
      // octokit percent-encodes every path parameter (encodeURIComponent), as GitHub requires of
      // environment names: "prod / eu" -> prod%20%2F%20eu.
      return {
        route: ROUTES.envSecret,
        params: { owner: t.owner, repo: t.repo, environment_name: t.environment, secret_name: name },
      };
    case 'organization':
      return { route: ROUTES.orgSecret, params: { org: t.org, secret_name: name } };
  }
}

function listRoute(t: SecretTarget): { route: string; params: Params } {
  const { params } = keyRoute(t);
  const route =
    t.scope === 'repository'
      ? ROUTES.repoSecrets
      : t.scope === 'environment'
        ? ROUTES.envSecrets
        : ROUTES.orgSecrets;
  return { route, params };
}

/** Secrets per page when listing names (GitHub's maximum). */
const LIST_PAGE = 100;

/** Runs `fn` over `items` with at most `limit` in flight; results in input order. */
async function pool<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

export function createSecretsApi(cfg: GitHubConfig, deps: SecretsApiDeps = {}): SecretsApi {
  const octokit = deps.client ?? createGitHubClient(cfg, deps);
  const concurrency = deps.concurrency ?? 10;

  const call = async <T>(
    method: 'GET' | 'PUT' | 'DELETE',
    r: { route: string; params: Params },
    ctx: { target: SecretTarget; operation: GitHubOperation; secretName?: string; repository?: string },
    body?: Record<string, unknown>,
  ): Promise<{ status: number; data: T }> => {
    try {
      const res = await octokit.request(`${method} ${r.route}`, { ...r.params, ...body });
      return { status: res.status, data: res.data as T };
    } catch (error) {
      throw toGitHubError(error, { method, route: r.route, ...ctx });
    }
  };

  async function resolveRepositoryIds(
    t: Extract<SecretTarget, { scope: 'organization' }>,
  ): Promise<number[]> {
    return Promise.all(
      t.repositories.map(async (name) => {
        const ctx = { target: t, operation: 'resolve-repository' as const, repository: name };
        const { data } = await call<{ id?: unknown; owner?: { login?: unknown } }>(
          'GET',
          { route: ROUTES.repo, params: { owner: t.org, repo: name } },
          ctx,
        );
        const owner = typeof data.owner?.login === 'string' ? data.owner.login : '';
        if (typeof data.id !== 'number' || owner.toLowerCase() !== t.org.toLowerCase())
          throw new GitHubError({
            ...ctx,
            status: 404,
            method: 'GET',
            route: ROUTES.repo,
            githubMessage: `the repository is not in ${t.org}${owner ? ` (it is ${owner}/${name})` : ''}`,
          });
        return data.id;
      }),
    );
  }

  /** After a 404 on an environment's public key: is the repository there (so the environment is not)? */
  async function environmentHint(t: Extract<SecretTarget, { scope: 'environment' }>) {
    try {
      await octokit.request(`GET ${ROUTES.repo}`, { owner: t.owner, repo: t.repo });
      return 'environment-missing' as const;
    } catch (error) {
      return (error as { status?: number }).status === 404 ? ('repository-missing' as const) : undefined;
    }
  }

  async function prepareOne(target: SecretTarget): Promise<PreparedTarget> {
    const r = keyRoute(target);
    const ctx = { target, operation: 'read-public-key' as const };
    const [key, repositoryIds] = await Promise.all([
      call<{ key_id?: unknown; key?: unknown }>('GET', r, ctx).catch(async (error: unknown) => {
        if (error instanceof GitHubError && error.status === 404 && target.scope === 'environment') {
          const hint = await environmentHint(target);
          if (hint)
            throw new GitHubError({
              ...ctx,
              status: error.status,
              method: error.method,
              route: error.route,
              githubMessage: error.githubMessage,
              documentationUrl: error.documentationUrl,
              requestId: error.requestId,
              hint,
            });
        }
        throw error;
      }),
      target.scope === 'organization' && target.visibility === 'selected'
        ? resolveRepositoryIds(target)
        : undefined,
    ]);
    const { key_id: keyId, key: publicKey } = key.data;
    if (typeof keyId !== 'string' || typeof publicKey !== 'string' || !(await isValidPublicKey(publicKey)))
      throw new GitHubError({
        ...ctx,
        status: key.status,
        method: 'GET',
        route: r.route,
        githubMessage: 'unexpected public key',
        hint: 'bad-public-key',
      });
    return repositoryIds
      ? { target, keyId, key: publicKey, repositoryIds }
      : { target, keyId, key: publicKey };
  }

  /** Seals and PUTs one value; reports success or failure, never throws. */
  async function writeOne(
    p: PreparedTarget,
    { name, value }: SecretValue,
    report: WriteReport,
  ): Promise<boolean> {
    const t = p.target;
    const ctx = { target: t, operation: 'write-secret' as const, secretName: name };
    try {
      const body: Record<string, unknown> = {
        encrypted_value: await sealSecret(p.key, value),
        key_id: p.keyId,
      };
      if (t.scope === 'organization') {
        body.visibility = t.visibility;
        if (t.visibility === 'selected') body.selected_repository_ids = [...(p.repositoryIds ?? [])];
      }
      await call('PUT', secretRoute(t, name), ctx, body);
      report.written.push({ target: t, name });
      return true;
    } catch (error) {
      const e =
        error instanceof GitHubError
          ? error
          : new GitHubError({
              ...ctx,
              status: undefined,
              method: 'PUT',
              route: secretRoute(t, name).route,
              githubMessage: `could not seal the value: ${error instanceof Error ? error.message : String(error)}`,
            });
      report.failed.push({ target: t, name, error: e });
      return false;
    }
  }

  async function writeTargetInOrder(
    p: PreparedTarget,
    values: readonly SecretValue[],
    report: WriteReport,
  ): Promise<void> {
    for (const [i, value] of values.entries()) {
      if (await writeOne(p, value, report)) continue;
      for (const rest of values.slice(i + 1)) report.skipped.push({ target: p.target, name: rest.name });
      return;
    }
  }

  return {
    async prepare(targets) {
      const settled = await Promise.allSettled(targets.map(prepareOne));
      const [first, ...rest] = settled.flatMap((s, i) => {
        if (s.status === 'fulfilled') return [];
        const target = targets[i] as SecretTarget;
        return [
          toGitHubError(s.reason, {
            method: 'GET',
            route: keyRoute(target).route,
            target,
            operation: 'read-public-key',
          }),
        ];
      });
      if (first) {
        first.related = rest;
        throw first;
      }
      return settled.map((s) => (s as PromiseFulfilledResult<PreparedTarget>).value);
    },

    async write(prepared, values, options) {
      const report: WriteReport = { written: [], failed: [], skipped: [] };
      if (options?.ordered === false) {
        const pairs = prepared.flatMap((p) => values.map((v) => [p, v] as const));
        await pool(pairs, concurrency, ([p, v]) => writeOne(p, v, report));
      } else await pool(prepared, concurrency, (p) => writeTargetInOrder(p, values, report));
      return report;
    },

    async existing(targets, names) {
      const listNames = async (target: SecretTarget): Promise<Set<string>> => {
        const found = new Set<string>();
        for (let page = 1; ; page++) {
          const r = listRoute(target);
          const { data } = await call<{ total_count?: unknown; secrets?: { name?: unknown }[] }>(
            'GET',
            { route: r.route, params: { ...r.params, per_page: String(LIST_PAGE), page: String(page) } },
            { target, operation: 'list-secrets' },
          );
          const items = Array.isArray(data.secrets) ? data.secrets : [];
          // Secret names are case-insensitive on GitHub (stored upper case).
          for (const s of items) if (typeof s.name === 'string') found.add(s.name.toUpperCase());
          const total = typeof data.total_count === 'number' ? data.total_count : 0;
          if (items.length < LIST_PAGE || page * LIST_PAGE >= total) return found;
        }
      };
      const lists = await Promise.all(targets.map(listNames));
      return targets.flatMap((target, i) =>
        names.filter((name) => lists[i]?.has(name.toUpperCase())).map((name) => ({ target, name })),
      );
    },

    async remove(targets, names) {
      const report: RemoveReport = { removed: [], failed: [] };
      // Every DELETE at once (bounded): they are independent.
      const pairs = targets.flatMap((target) => names.map((name) => [target, name] as const));
      await pool(pairs, concurrency, async ([target, name]) => {
        try {
          await call('DELETE', secretRoute(target, name), {
            target,
            operation: 'delete-secret',
            secretName: name,
          });
          report.removed.push({ target, name, alreadyGone: false });
        } catch (error) {
          const e = error as GitHubError;
          if (e.status === 404) report.removed.push({ target, name, alreadyGone: true });
          else report.failed.push({ target, name, error: e });
        }
      });
      return report;
    },
  };
}

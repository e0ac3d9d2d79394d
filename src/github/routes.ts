// GitHub's REST routes for Actions secrets, the route of each target scope, and one call wrapper that
// turns every failure into a GitHubError naming the target and the operation.
import type { SecretTarget } from '../config.js';
import type { GitHubClient } from './client.js';
import { toGitHubError, type GitHubOperation } from './errors.js';

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

export type Params = Record<string, string>;
export interface Route {
  readonly route: string;
  readonly params: Params;
}

export function keyRoute(t: SecretTarget): Route {
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

export function secretRoute(t: SecretTarget, name: string): Route {
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

export function listRoute(t: SecretTarget): Route {
  const { params } = keyRoute(t);
  const route =
    t.scope === 'repository'
      ? ROUTES.repoSecrets
      : t.scope === 'environment'
        ? ROUTES.envSecrets
        : ROUTES.orgSecrets;
  return { route, params };
}

export interface CallContext {
  readonly target: SecretTarget;
  readonly operation: GitHubOperation;
  readonly secretName?: string;
  readonly repository?: string;
}

export type Call = <T>(
  method: 'GET' | 'PUT' | 'DELETE',
  r: Route,
  ctx: CallContext,
  body?: Record<string, unknown>,
) => Promise<{ status: number; data: T }>;

/** One request; any failure becomes a GitHubError with the target and operation. */
export function createCall(octokit: GitHubClient): Call {
  return async (method, r, ctx, body) => {
    try {
      const res = await octokit.request(`${method} ${r.route}`, { ...r.params, ...body });
      return { status: res.status, data: res.data as never };
    } catch (error) {
      throw toGitHubError(error, { method, route: r.route, ...ctx });
    }
  };
}

/** Runs `fn` over `items` with at most `limit` in flight; results in input order. */
export async function pool<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
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

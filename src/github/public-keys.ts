// prepare(): every target's public key (checked with libsodium), and the repository ids of organization
// targets with visibility=selected, before anything is sealed.
import type { SecretTarget } from '../config.js';
import type { GitHubClient } from './client.js';
import { GitHubError, toGitHubError } from './errors.js';
import { keyRoute, ROUTES, type Call } from './routes.js';
import { isValidPublicKey } from './seal.js';
import type { PreparedTarget } from './secrets.js';

export function createPrepare(
  octokit: GitHubClient,
  call: Call,
): (targets: readonly SecretTarget[]) => Promise<PreparedTarget[]> {
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

  return async (targets) => {
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
  };
}

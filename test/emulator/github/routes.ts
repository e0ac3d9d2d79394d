/**
 * The GitHub REST routes the emulator serves, matched on the decoded path segments:
 *   GET  /repos/{owner}/{repo}
 *   GET  /repos/{owner}/{repo}/actions/secrets                 (list: names and dates)
 *   GET|PUT|DELETE /repos/{owner}/{repo}/actions/secrets/{secret_name|public-key}
 *   PUT  /repos/{owner}/{repo}/environments/{environment_name}  (creates an environment)
 *   GET  /repos/{owner}/{repo}/environments/{environment_name}/secrets[/{secret_name|public-key}]
 *   GET  /orgs/{org}/actions/secrets[/{secret_name|public-key}]
 * The secret endpoints themselves are in secrets.ts.
 */
import { HttpError, notFound, SECRETS_DOCS, type Reply } from './errors.js';
import { repositoryJson } from './repository-json.js';
import { secretJson, secretsEndpoint } from './secrets.js';
import { isoSeconds, type Org, type Scope, type Store } from './store.js';
import type { Grants } from './types.js';

export interface RouteContext {
  store: Store;
  /** The emulator's origin, for the URLs in bodies. */
  url: string;
}

export function route(ctx: RouteContext, method: string, path: string, grants: Grants, body: string): Reply {
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
    const repo = ctx.store.repos.get(`${b}/${c}`.toLowerCase());
    // GET /repos/{owner}/{repo}
    if (d === undefined) {
      if (method !== 'GET') throw notFound();
      if (!repo) throw notFound('https://docs.github.com/rest/repos/repos#get-a-repository');
      const org = ctx.store.orgs.get(repo.owner.toLowerCase());
      return {
        status: 200,
        body: repositoryJson(ctx.url, {
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
      return listSecrets(ctx, method, repo.scope, grants, undefined);
    }
    // /repos/{owner}/{repo}/actions/secrets/...
    if (d === 'actions' && e === 'secrets' && f !== undefined && g === undefined) {
      if (!repo) throw notFound(SECRETS_DOCS);
      return secretsEndpoint(ctx, method, repo.scope, f, grants, body, undefined);
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
        ctx.store.addEnvironment(`${repo.owner}/${repo.name}`, e);
        const env = repo.environments.get(e.toLowerCase());
        return {
          status: 200,
          body: {
            id: ctx.store.newId(),
            name: env?.name ?? e,
            node_id: 'EN_1',
            url: `${ctx.url}/repos/${repo.owner}/${repo.name}/environments/${encodeURIComponent(e)}`,
            html_url: `${ctx.url}/${repo.owner}/${repo.name}/deployments/activity_log?environments_filter=${encodeURIComponent(e)}`,
            created_at: isoSeconds(),
            updated_at: isoSeconds(),
          },
        };
      }
      if (f === 'secrets' && g === undefined) {
        const env = repo.environments.get(e.toLowerCase());
        if (!env) throw notFound(SECRETS_DOCS);
        return listSecrets(ctx, method, env.scope, grants, undefined);
      }
      if (f === 'secrets' && g !== undefined && h === undefined) {
        const env = repo.environments.get(e.toLowerCase());
        if (!env) throw notFound(SECRETS_DOCS);
        return secretsEndpoint(ctx, method, env.scope, g, grants, body, undefined);
      }
    }
    throw notFound();
  }
  if (a === 'orgs' && b !== undefined && c === 'actions' && d === 'secrets' && e === undefined) {
    const org = ctx.store.orgs.get(b.toLowerCase());
    if (!org) throw notFound(SECRETS_DOCS);
    return listSecrets(ctx, method, org.scope, grants, org);
  }
  if (
    a === 'orgs' &&
    b !== undefined &&
    c === 'actions' &&
    d === 'secrets' &&
    e !== undefined &&
    f === undefined
  ) {
    const org = ctx.store.orgs.get(b.toLowerCase());
    if (!org) throw notFound(SECRETS_DOCS);
    return secretsEndpoint(ctx, method, org.scope, e, grants, body, org);
  }
  throw notFound();
}

/** GET of a scope's secrets: names and dates, never values. One page holds them all (no pagination). */
function listSecrets(
  ctx: RouteContext,
  method: string,
  scope: Scope,
  grants: Grants,
  org: Org | undefined,
): Reply {
  if (method !== 'GET') throw notFound();
  if (grants !== 'write') throw new HttpError(403, 'Resource not accessible by integration', SECRETS_DOCS);
  const secrets = [...scope.secrets.values()].map((s) => secretJson(ctx, s, org));
  return { status: 200, body: { total_count: secrets.length, secrets } };
}

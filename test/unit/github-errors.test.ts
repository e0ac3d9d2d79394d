import { describe, expect, it } from 'vitest';
import type { SecretTarget } from '../../src/config.js';
import { GitHubError, toGitHubError, type GitHubOperation } from '../../src/github/errors.js';

const repo: SecretTarget = { scope: 'repository', owner: 'o', repo: 'r' };
const env: SecretTarget = { scope: 'environment', owner: 'o', repo: 'r', environment: 'prod / eu' };
const org: SecretTarget = { scope: 'organization', org: 'acme', visibility: 'selected', repositories: ['a'] };

function httpError(status: number, message: string, headers: Record<string, string> = {}) {
  return {
    name: 'HttpError',
    status,
    request: {},
    response: { status, headers, data: { message, documentation_url: 'https://docs.github.com/rest' } },
  };
}

/** What a failed read of the repository's public key becomes. */
const readKeyError = (err: unknown) =>
  toGitHubError(err, { method: 'GET', route: '/r', target: repo, operation: 'read-public-key' });

function explain(
  target: SecretTarget,
  err: unknown,
  operation: GitHubOperation = 'write-secret',
  extra: { hint?: 'environment-missing' | 'repository-missing' } = {},
): string {
  const e = toGitHubError(err, {
    method: 'PUT',
    route: '/x/{y}',
    target,
    operation,
    secretName: 'TWILIO_API_KEY',
    repository: 'a',
  });
  return extra.hint
    ? new GitHubError({
        ...e,
        target,
        status: e.status,
        hint: extra.hint,
        githubMessage: e.githubMessage,
      }).explain()
    : e.explain();
}

describe('GitHubError.explain', () => {
  it("says what failed, GitHub's answer with the route and request id, then what to do", () => {
    const e = toGitHubError(
      httpError(403, 'Resource not accessible by integration', { 'x-github-request-id': 'AB:CD' }),
      {
        method: 'PUT',
        route: '/repos/{owner}/{repo}/actions/secrets/{secret_name}',
        target: repo,
        operation: 'write-secret',
        secretName: 'TWILIO_API_KEY',
      },
    );
    expect(e).toMatchObject({
      status: 403,
      target: 'repository:o/r',
      requestId: 'AB:CD',
      rateLimited: false,
      githubMessage: 'Resource not accessible by integration',
    });
    expect(e.explain()).toBe(
      'Could not write secret TWILIO_API_KEY to repository:o/r (PUT /repos/{owner}/{repo}/actions/secrets/{secret_name} -> 403: Resource not accessible by integration, request id AB:CD). ' +
        "The token may not manage these secrets. The workflow's GITHUB_TOKEN (${{ github.token }}) can never write or read Actions secrets, whatever its permissions: block. " +
        'Pass `github-token` a fine-grained personal access token or a GitHub App installation token with the repository permission "Secrets: write" on o/r.',
    );
    expect(e.message).toBe(e.explain());
    expect(e.name).toBe('GitHubError');
  });

  it('401: bad or expired token', () => {
    expect(explain(repo, httpError(401, 'Bad credentials'))).toMatch(
      /github-token is invalid, expired or revoked \(401\)/,
    );
  });

  it('403 names the permissions each scope needs', () => {
    const msg = 'Resource not accessible by integration';
    expect(explain(env, httpError(403, msg))).toMatch(/"Secrets: write" and "Environments: write" on o\/r/);
    expect(explain(org, httpError(403, msg))).toMatch(/organization permission "Secrets: write" on acme/);
    expect(explain(repo, httpError(403, 'Resource not accessible by personal access token'))).toMatch(
      /The token lacks a permission.*GITHUB_TOKEN cannot write secrets/,
    );
  });

  it('404: repository, environment (with and without the follow-up finding), organization, selected repository', () => {
    expect(explain(repo, httpError(404, 'Not Found'))).toMatch(
      /Repository o\/r does not exist or the token cannot see it/,
    );
    expect(explain(env, httpError(404, 'Not Found'))).toMatch(
      /Either the environment "prod \/ eu" does not exist in o\/r/,
    );
    expect(
      explain(env, httpError(404, 'Not Found'), 'read-public-key', { hint: 'environment-missing' }),
    ).toMatch(/environment "prod \/ eu" does not exist in o\/r: create it first \(Settings > Environments/);
    expect(
      explain(env, httpError(404, 'Not Found'), 'read-public-key', { hint: 'repository-missing' }),
    ).toMatch(/Repository o\/r does not exist/);
    expect(explain(org, httpError(404, 'Not Found'))).toMatch(
      /Organization acme does not exist or the token cannot manage its secrets/,
    );
    expect(explain(org, httpError(404, 'Not Found'), 'resolve-repository')).toMatch(
      /Could not look up repository a .*acme\/a does not exist.*fix repositories=/,
    );
  });

  it('422: the secret name or value', () => {
    expect(explain(repo, httpError(422, 'Secret names must not start with GITHUB_.'))).toMatch(
      /GitHub rejected the secret: check secret-prefix/,
    );
    expect(explain(org, httpError(422, 'Invalid request'))).toMatch(/visibility\/repositories options/);
  });

  it('rate limits are said as such', () => {
    const secondary = readKeyError(httpError(403, 'You have exceeded a secondary rate limit.'));
    expect(secondary.rateLimited).toBe(true);
    expect(secondary.explain()).toMatch(/rate-limited the token/);
    const primary = readKeyError(httpError(403, 'API rate limit exceeded', { 'x-ratelimit-remaining': '0' }));
    expect(primary.rateLimited).toBe(true);
    expect(readKeyError(httpError(429, 'Too many')).explain()).toMatch(/rate-limited/);
  });

  it('5xx and network errors: temporary, re-run', () => {
    expect(explain(repo, httpError(502, 'Bad Gateway'))).toMatch(
      /-> 502: Bad Gateway\)\. GitHub did not answer successfully after retries/,
    );
    const network = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), {
      name: 'HttpError',
      status: 500,
      request: {},
    });
    const e = toGitHubError(network, {
      method: 'DELETE',
      route: '/r',
      target: repo,
      operation: 'delete-secret',
      secretName: 'S',
    });
    expect(e.status).toBeUndefined();
    expect(e.explain()).toMatch(
      /Could not delete secret S from repository:o\/r \(DELETE \/r -> no answer: connect ECONNREFUSED.*network \(proxy, firewall\)/,
    );
  });

  it('keeps a GitHubError as it is, and never copies request bodies into the error', () => {
    const original = readKeyError(httpError(404, 'Not Found'));
    expect(
      toGitHubError(original, { method: 'PUT', route: '/other', target: env, operation: 'write-secret' }),
    ).toBe(original);
    const withBody = {
      ...httpError(500, 'Server Error'),
      request: { body: '{"encrypted_value":"SEALED"}', headers: { authorization: 'token SECRET_TOKEN' } },
    };
    const e = toGitHubError(withBody, {
      method: 'PUT',
      route: '/r',
      target: repo,
      operation: 'write-secret',
      secretName: 'S',
    });
    const everything = JSON.stringify(e) + e.explain() + String(e.stack);
    expect(everything).not.toMatch(/SEALED|SECRET_TOKEN/);
  });
});

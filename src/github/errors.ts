// A failed GitHub request, with what it means for the user and what to do about it.
// Messages name targets, secret names and request routes, never a secret value or a token.
import type { SecretTarget } from '../config.js';
import { describeTarget } from './targets.js';

export type GitHubOperation =
  'read-public-key' | 'list-secrets' | 'write-secret' | 'delete-secret' | 'resolve-repository';

/**
 * A finding made after the failure that narrows its cause:
 * - `environment-missing`: the repository is visible to the token, the environment is not there;
 * - `repository-missing`: the repository (of an environment target, or listed in `repositories=`) is not visible;
 * - `bad-public-key`: GitHub's public key did not decode to 32 bytes.
 */
export type GitHubErrorHint = 'environment-missing' | 'repository-missing' | 'bad-public-key';

export interface GitHubErrorInit {
  /** HTTP status; undefined when no answer came (network error, timeout). */
  readonly status: number | undefined;
  readonly method: string;
  /** Path template, e.g. `/repos/{owner}/{repo}/actions/secrets/{secret_name}`. */
  readonly route: string;
  readonly target: SecretTarget;
  readonly operation: GitHubOperation;
  readonly secretName?: string | undefined;
  /** For `resolve-repository`: the repository name that was looked up. */
  readonly repository?: string | undefined;
  /** GitHub's `message` (or the network error's). */
  readonly githubMessage: string;
  readonly documentationUrl?: string | undefined;
  readonly requestId?: string | undefined;
  /** A primary or secondary rate limit answered, and waiting it out failed or was not possible. */
  readonly rateLimited?: boolean | undefined;
  readonly hint?: GitHubErrorHint | undefined;
}

const TOKEN_HELP =
  'Pass `github-token` a fine-grained personal access token or a GitHub App installation token';

export class GitHubError extends Error {
  override readonly name = 'GitHubError';
  readonly status: number | undefined;
  readonly method: string;
  readonly route: string;
  /** describeTarget() label of the target. */
  readonly target: string;
  readonly secretTarget: SecretTarget;
  readonly operation: GitHubOperation;
  readonly secretName: string | undefined;
  readonly repository: string | undefined;
  readonly githubMessage: string;
  readonly documentationUrl: string | undefined;
  readonly requestId: string | undefined;
  readonly rateLimited: boolean;
  readonly hint: GitHubErrorHint | undefined;
  /** Other targets that failed in the same prepare() call (this error is the first in input order). */
  related: readonly GitHubError[] = [];

  constructor(init: GitHubErrorInit) {
    super('');
    this.status = init.status;
    this.method = init.method;
    this.route = init.route;
    this.secretTarget = init.target;
    this.target = describeTarget(init.target);
    this.operation = init.operation;
    this.secretName = init.secretName;
    this.repository = init.repository;
    this.githubMessage = init.githubMessage;
    this.documentationUrl = init.documentationUrl;
    this.requestId = init.requestId;
    this.rateLimited = init.rateLimited ?? false;
    this.hint = init.hint;
    this.message = this.explain();
  }

  /** What failed, GitHub's answer, and what to do. */
  explain(): string {
    return `${this.what()} (${this.answer()}). ${this.advice()}`;
  }

  private what(): string {
    switch (this.operation) {
      case 'read-public-key':
        return `Could not read the secrets public key of ${this.target}`;
      case 'list-secrets':
        return `Could not list the secrets of ${this.target} (to make sure none would be overwritten)`;
      case 'write-secret':
        return `Could not write secret ${this.secretName ?? ''} to ${this.target}`;
      case 'delete-secret':
        return `Could not delete secret ${this.secretName ?? ''} from ${this.target}`;
      case 'resolve-repository':
        return `Could not look up repository ${this.repository ?? ''} for ${this.target} (repositories=)`;
    }
  }

  private answer(): string {
    const status = this.status === undefined ? 'no answer' : String(this.status);
    const id = this.requestId ? `, request id ${this.requestId}` : '';
    return `${this.method} ${this.route} -> ${status}: ${this.githubMessage}${id}`;
  }

  private permissionsNeeded(): string {
    const t = this.secretTarget;
    if (t.scope === 'organization')
      return `the organization permission "Secrets: write" on ${t.org} (a classic token needs the admin:org scope; a GitHub App must be installed on the organization)`;
    if (t.scope === 'environment')
      return `the repository permissions "Secrets: write" and "Environments: write" on ${t.owner}/${t.repo}`;
    return `the repository permission "Secrets: write" on ${t.owner}/${t.repo}`;
  }

  private advice(): string {
    const t = this.secretTarget;
    const status = this.status;
    if (this.hint === 'bad-public-key')
      return 'GitHub returned a public key that is not 32 bytes of base64; check that github-api-url points at the GitHub API.';
    if (this.rateLimited || /rate limit/i.test(this.githubMessage))
      return 'GitHub rate-limited the token and the wait was too long or kept failing; run the job again later, or use fewer targets per run.';
    if (status === undefined || status >= 500)
      return `GitHub did not answer successfully after retries; this is usually temporary: re-run the job. If it persists, check github-api-url${status === undefined ? ' and the network (proxy, firewall)' : ''}.`;
    if (status === 401)
      return `The github-token is invalid, expired or revoked (401). ${TOKEN_HELP} with ${this.permissionsNeeded()}.`;
    if (status === 403) {
      if (/not accessible by integration/i.test(this.githubMessage))
        return `The token may not manage these secrets. The workflow's GITHUB_TOKEN (\${{ github.token }}) can never write or read Actions secrets, whatever its permissions: block. ${TOKEN_HELP} with ${this.permissionsNeeded()}.`;
      return `The token lacks a permission. ${TOKEN_HELP} with ${this.permissionsNeeded()} (the workflow's GITHUB_TOKEN cannot write secrets).`;
    }
    if (status === 404) {
      if (this.operation === 'resolve-repository')
        return `Repository ${t.scope === 'organization' ? t.org : ''}/${this.repository ?? ''} does not exist or the token cannot see it; fix repositories= on that secrets line, or give the token access to it.`;
      if (t.scope === 'environment') {
        if (this.hint === 'environment-missing')
          return `The environment "${t.environment}" does not exist in ${t.owner}/${t.repo}: create it first (Settings > Environments, or PUT /repos/${t.owner}/${t.repo}/environments/{name}); writing a secret does not create it.`;
        if (this.hint === 'repository-missing')
          return `Repository ${t.owner}/${t.repo} does not exist or the token cannot see it (GitHub answers 404, not 403, when a token lacks access). Check the spelling, and that the token's repository access includes it.`;
        return `Either the environment "${t.environment}" does not exist in ${t.owner}/${t.repo} (create it in Settings > Environments; writing a secret does not create it), or the token cannot see the repository. ${TOKEN_HELP} with ${this.permissionsNeeded()}.`;
      }
      if (t.scope === 'organization')
        return `Organization ${t.org} does not exist or the token cannot manage its secrets (GitHub answers 404 when it may not). ${TOKEN_HELP} with ${this.permissionsNeeded()}.`;
      return `Repository ${t.owner}/${t.repo} does not exist or the token cannot see it (GitHub answers 404, not 403, when a token lacks access). Check the spelling, and ${TOKEN_HELP.toLowerCase()} with ${this.permissionsNeeded()}.`;
    }
    if (status === 422) {
      if (this.operation === 'write-secret')
        return `GitHub rejected the secret: check secret-prefix (names take letters, digits and _, must not start with a digit or GITHUB_)${t.scope === 'organization' ? ' and the visibility/repositories options' : ''}.`;
      return 'GitHub rejected the request as invalid.';
    }
    if (status === 409) return 'GitHub reported a conflict; re-run the job.';
    return `Unexpected answer from GitHub. ${TOKEN_HELP} with ${this.permissionsNeeded()}.`;
  }
}

interface RequestErrorLike {
  status?: unknown;
  message?: unknown;
  response?: { headers?: Record<string, string | undefined>; data?: unknown } | undefined;
}

/** Turns whatever octokit threw into a GitHubError. */
export function toGitHubError(
  error: unknown,
  ctx: Omit<GitHubErrorInit, 'status' | 'githubMessage' | 'documentationUrl' | 'requestId' | 'rateLimited'>,
): GitHubError {
  if (error instanceof GitHubError) return error;
  const e = (typeof error === 'object' && error !== null ? error : {}) as RequestErrorLike;
  const response = e.response;
  const data = (response?.data ?? {}) as { message?: unknown; documentation_url?: unknown };
  const headers = response?.headers ?? {};
  let message: string;
  if (response && typeof data.message === 'string') message = data.message;
  else if (response)
    message = typeof response.data === 'string' && response.data ? response.data.slice(0, 200) : 'no message';
  else message = error instanceof Error ? error.message.replace(/ - https:\/\/\S+$/, '') : String(error);
  const status = response && typeof e.status === 'number' ? e.status : undefined;
  return new GitHubError({
    ...ctx,
    status,
    githubMessage: message,
    documentationUrl: typeof data.documentation_url === 'string' ? data.documentation_url : undefined,
    requestId: headers['x-github-request-id'],
    rateLimited:
      status === 429 ||
      (status === 403 && (headers['x-ratelimit-remaining'] === '0' || /rate limit/i.test(message))),
  });
}

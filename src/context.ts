// What the runner tells us about the job.
import { readFileSync } from 'node:fs';
import type { RunContext } from './config.js';
import { isPullRequestEvent } from './pull-request-events.js';

export function runContext(env: Readonly<Record<string, string | undefined>>): RunContext {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  return {
    eventName,
    repository: env.GITHUB_REPOSITORY ?? 'local/repository',
    runId: /^\d+$/.test(env.GITHUB_RUN_ID ?? '') ? (env.GITHUB_RUN_ID as string) : '0',
    runAttempt: /^\d+$/.test(env.GITHUB_RUN_ATTEMPT ?? '') ? (env.GITHUB_RUN_ATTEMPT as string) : '1',
    job: env.GITHUB_JOB ?? 'job',
    pullRequestCode: runsPullRequestCode(eventName, () => readPayload(env.GITHUB_EVENT_PATH)),
  };
}

function readPayload(path: string | undefined): unknown {
  if (!path) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Whether the job may run code from a pull request that nobody has merged: pull_request* events, a
 * workflow_run started by a pull-request run (e.g. a fork's), and a comment on a pull request (jobs
 * such as /ok-to-test check out the PR head). push and merge_group run reviewed code. When the payload
 * of a workflow_run or issue_comment cannot be read, the answer is yes: the safe side.
 */
export function runsPullRequestCode(eventName: string, payload: () => unknown): boolean {
  if (isPullRequestEvent(eventName)) return true;
  if (eventName !== 'workflow_run' && eventName !== 'issue_comment') return false;
  const body = payload();
  if (typeof body !== 'object' || body === null) return true;
  if (eventName === 'workflow_run') {
    const run = (body as { workflow_run?: { event?: unknown } }).workflow_run;
    return typeof run?.event !== 'string' || isPullRequestEvent(run.event);
  }
  const issue = (body as { issue?: { pull_request?: unknown } }).issue;
  return typeof issue !== 'object' || issue === null || issue.pull_request != null;
}

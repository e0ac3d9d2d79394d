// What the runner tells us about the job.
import type { RunContext } from './config.js';

export function runContext(env: Readonly<Record<string, string | undefined>>): RunContext {
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    repository: env.GITHUB_REPOSITORY ?? 'local/repository',
    runId: /^\d+$/.test(env.GITHUB_RUN_ID ?? '') ? (env.GITHUB_RUN_ID as string) : '0',
    runAttempt: /^\d+$/.test(env.GITHUB_RUN_ATTEMPT ?? '') ? (env.GITHUB_RUN_ATTEMPT as string) : '1',
    job: env.GITHUB_JOB ?? 'job',
  };
}

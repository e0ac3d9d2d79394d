/**
 * What the mode: rotate integration tests share: emulators with a repository of their own per test (with a
 * `production` environment), its two secrets targets, rotate inputs that write to both, and a step's
 * error and warnings.
 *
 *   const { emu, repo, env, inputs, envSecretPath } = useRotateTargets('octo/app', { 'grace-period': '1h' });
 */
import type { ScopeRef } from '../emulator/github/index.js';
import type { StepResult } from './action.js';
import { useEmulators } from './emulators.js';

export function useRotateTargets(prefix: string, base: Record<string, string>) {
  const emu = useEmulators({ github: { repositoryPerTest: { prefix, environments: ['production'] } } });
  return {
    emu,
    repo: (): ScopeRef => ({ repository: emu.repoName }),
    env: (): ScopeRef => ({ repository: emu.repoName, environment: 'production' }),
    /** Rotates lineage `billing` into the repository and its environment: `base`, then `extra`, on top. */
    inputs: (extra: Record<string, string> = {}): Record<string, string> =>
      emu.inputsWithGitHub({
        mode: 'rotate',
        'friendly-name': 'billing',
        permissions: 'messaging',
        ...base,
        secrets: `repository:${emu.repoName}\nenvironment:${emu.repoName}:production`,
        ...extra,
      }),
    /** The GitHub API path of secret `name` in the environment: where the tests put faults. */
    envSecretPath: (name: string) => `/repos/${emu.repoName}/environments/production/secrets/${name}`,
  };
}

export const errorOf = (step: StepResult): string =>
  step.commands.find((c) => c.command === 'error')?.message ?? '';

export const warningsOf = (step: StepResult): string[] =>
  step.commands.filter((c) => c.command === 'warning').map((c) => c.message);

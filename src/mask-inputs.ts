// Admin inputs are masked first thing in both steps: defence in depth when a workflow passes them as
// literals or from variables rather than from secrets (the runner masks only secrets).
import type { Runner } from './runner.js';

export const SECRET_INPUTS = ['auth-token', 'api-secret', 'github-token', 'test-auth-token'] as const;

export function maskSecretInputs(runner: Runner): void {
  for (const name of SECRET_INPUTS) runner.mask(runner.input(name));
}

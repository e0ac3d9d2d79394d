// GitHub secret targets as GitHub sees them: the label each target goes by, and GitHub's rules for
// secret names. Parsing the `secrets` and `secret-prefix` inputs is in src/inputs/secret-targets.ts.
import type { SecretTarget } from '../config.js';
import { SECRET_SUFFIXES } from '../names/secrets.js';

export { SECRET_SUFFIXES };

/** Why GitHub would refuse this secret name, or undefined when it is valid. */
export function secretNameProblem(name: string): string | undefined {
  if (name === '') return 'is empty';
  if (!/^[A-Za-z0-9_]+$/.test(name)) return 'may contain only letters, digits and _';
  if (/^[0-9]/.test(name)) return 'must not start with a digit';
  if (/^GITHUB_/i.test(name)) return 'must not start with GITHUB_ (GitHub reserves that prefix)';
  return undefined;
}

/** Stable label used in outputs, state and messages; `secrets-written` items are `<label>/<SECRET_NAME>`. */
export function describeTarget(t: SecretTarget): string {
  switch (t.scope) {
    case 'repository':
      return `repository:${t.owner}/${t.repo}`;
    case 'environment':
      return `environment:${t.owner}/${t.repo}:${t.environment}`;
    case 'organization':
      return `organization:${t.org}`;
  }
}

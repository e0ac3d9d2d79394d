// The `secret-prefix` input: the names the secrets are written under (pure). GitHub's rules for a
// secret name are on the GitHub side (src/github/targets.ts).
import { SECRET_SUFFIXES, secretNameProblem } from '../github/targets.js';
import { error, parsed, type Parsed } from './problems.js';

/**
 * `secret-prefix`. The caller applies the default (`TWILIO_`); an empty string is a valid, empty prefix.
 * The prefix is upper-cased, as GitHub stores secret names (they are case-insensitive).
 */
export function parseSecretPrefix(raw: string): Parsed<string> {
  const prefix = raw.trim().toUpperCase();
  const shown = JSON.stringify(raw.trim());
  // On error the value is the default, so the rest of the inputs still parse.
  const refuse = (message: string) => parsed('TWILIO_', [error('secret-prefix', `${shown} ${message}`)]);
  if (!/^[A-Z0-9_]*$/.test(prefix))
    return refuse(
      `may contain only letters, digits and _ (secret names allow nothing else). Use e.g. TWILIO_ or STAGING_TWILIO_.`,
    );
  if (/^[0-9]/.test(prefix))
    return refuse(`must not start with a digit (secret names cannot). Put a letter first, e.g. T${prefix}.`);
  if (prefix.startsWith('GITHUB_'))
    return refuse(
      `must not start with GITHUB_: GitHub reserves that prefix for its own secrets. Use e.g. TWILIO_.`,
    );
  for (const suffix of SECRET_SUFFIXES) {
    const problem = secretNameProblem(prefix + suffix);
    if (problem) return refuse(`gives the secret name ${prefix + suffix}, which ${problem}.`);
  }
  return parsed(prefix);
}

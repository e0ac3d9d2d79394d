// Which secrets this action may overwrite or delete. Pure: the modes read GitHub and pass the facts in.
//
// ephemeral writes only secrets that did not exist when the run started, and its post step deletes only
// those. rotate overwrites a secret only when a key of its lineage already existed when the secret was
// last written (so a rotation most likely wrote it), or when the user opts in with overwrite-secrets.
import type { SecretTarget } from '../config.js';
import type { Stamp } from '../github/landed.js';
import type { KeySummary } from '../twilio/keys.js';

export interface NamedSecret {
  readonly target: SecretTarget;
  readonly name: string;
}

type Describe = (t: SecretTarget) => string;

const label = (describe: Describe) => (s: NamedSecret) => `${describe(s.target)}/${s.name}`;

/** The error of an ephemeral run (or its dry run) whose target secrets already exist. */
export function existingSecretsError(
  existing: readonly NamedSecret[],
  prefix: string,
  describe: Describe,
): string {
  return (
    `Input 'secret-prefix': ${existing.length === 1 ? 'this secret already exists' : 'these secrets already exist'}: ` +
    `${existing.map(label(describe)).join(', ')}. This action writes only secrets it creates and deletes them ` +
    `when the job ends, so it never overwrites one it did not create. Choose another prefix (e.g. ` +
    `secret-prefix: ${suggestPrefix(prefix)}) or other targets; if ${existing.length === 1 ? 'it is a leftover' : 'they are leftovers'} ` +
    `of an earlier run of this action, delete ${existing.length === 1 ? 'it' : 'them'}. Nothing was written.`
  );
}

function suggestPrefix(prefix: string): string {
  return prefix === 'JOB_TWILIO_' ? 'CI_TWILIO_' : `JOB_${prefix}`;
}

/** How far apart GitHub's and Twilio's clocks may be (both keep NTP time). */
export const CLOCK_SLACK_MS = 5_000;

/** updated_at of a secret on GitHub's clock (read by the GitHub side, github/landed.ts). */
export type { Stamp };

export interface Ownership {
  /** Existing secrets with no evidence of holding the lineage's key. */
  readonly foreign: NamedSecret[];
  /** Secrets whose metadata could not be read: whether they exist is unknown. */
  readonly unknown: NamedSecret[];
}

/** Sorts the secrets rotate would overwrite into ours (omitted), foreign and unknown. */
export function rotationOwnership(
  secrets: readonly { readonly secret: NamedSecret; readonly stamp: Stamp }[],
  lineage: readonly KeySummary[],
): Ownership {
  const foreign: NamedSecret[] = [];
  const unknown: NamedSecret[] = [];
  for (const { secret, stamp } of secrets) {
    if (stamp === null) continue;
    if (stamp === undefined) unknown.push(secret);
    else if (!lineage.some((k) => k.dateCreated.getTime() <= stamp + CLOCK_SLACK_MS)) foreign.push(secret);
  }
  return { foreign, unknown };
}

/** The error of a rotation that would overwrite secrets it has no evidence of owning. */
export function foreignSecretsError(o: Ownership, lineageName: string, describe: Describe): string {
  const parts: string[] = [];
  if (o.foreign.length)
    parts.push(
      `${o.foreign.map(label(describe)).join(', ')} already ${o.foreign.length === 1 ? 'exists' : 'exist'} and ${o.foreign.length === 1 ? 'was' : 'were'} last written before any key of the lineage '${lineageName}' existed, so ${o.foreign.length === 1 ? 'it' : 'they'} may hold a credential someone else stored`,
    );
  if (o.unknown.length)
    parts.push(
      `whether ${o.unknown.map(label(describe)).join(', ')} already ${o.unknown.length === 1 ? 'exists' : 'exist'} could not be read`,
    );
  return (
    `Rotation refused before anything was created: ${parts.join('; ')}. Choose another secret-prefix for the ` +
    `rotated secrets, or set overwrite-secrets: true to let this rotation take them over (later rotations ` +
    `recognise them as the lineage's).`
  );
}

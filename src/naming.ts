// Key friendly names: a machine tag first, a human part after it, 64 characters at most (Twilio's limit).
// Sweep and rotate decide by the tag alone, so a key without one is never touched.
export const MAX_FRIENDLY_NAME = 64;
export const EPHEMERAL_PREFIX = 'gha:eph:';
export const ROTATION_PREFIX = 'gha:rot:';

// run id, attempt, and a per-step nonce: matrix jobs share a run id and attempt, and a post step that
// looks a key up by name must never find another job's key.
const EPHEMERAL_TAG = /^gha:eph:(\d+)\.(\d+)\.([0-9a-f]{6}):/;

export interface RunIdentity {
  readonly runId: string;
  readonly runAttempt: string;
  readonly nonce: string; // 6 hex
}

export function ephemeralTag(id: RunIdentity): string {
  return `${EPHEMERAL_PREFIX}${id.runId}.${id.runAttempt}.${id.nonce}:`;
}

/** Tag + human part; the human part is cut so the whole fits in 64 characters. */
export function ephemeralName(id: RunIdentity, human: string): string {
  const tag = ephemeralTag(id);
  return (tag + human).slice(0, MAX_FRIENDLY_NAME);
}

export function isEphemeralName(name: string | null | undefined): boolean {
  return !!name && EPHEMERAL_TAG.test(name);
}

export function rotationName(lineage: string): string {
  return ROTATION_PREFIX + lineage;
}

export function isRotationName(name: string | null | undefined): boolean {
  return !!name && name.startsWith(ROTATION_PREFIX);
}

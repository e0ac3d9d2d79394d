// Names of the values main saves for the post step. SIDs, names and targets only: never a secret.
export const STATE = {
  /** Saved before the create request, so post can find a key whose SID main never learned. */
  friendlyName: 'key-friendly-name',
  keySid: 'key-sid',
  /** JSON {targets, names}: saved before the first secret is written. */
  secrets: 'secret-targets',
  skipKeyDelete: 'skip-key-delete',
  /** Learn mode: JSON {pid, port, dir} of the recording proxy (src/learn/start.ts). */
  learnProxy: 'learn-proxy',
} as const;

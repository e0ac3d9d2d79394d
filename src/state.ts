// Names of the values main saves for the post step. SIDs, names and targets only: never a secret.
export const STATE = {
  /** Saved before the create request, so post can find a key whose SID main never learned. */
  friendlyName: 'key-friendly-name',
  keySid: 'key-sid',
  /** JSON {targets, names}: saved before the first secret is written. */
  secrets: 'secret-targets',
  skipKeyDelete: 'skip-key-delete',
  /** `region` or `region.edge` the key was made in: post deletes it there even if the inputs changed. */
  location: 'twilio-location',
} as const;

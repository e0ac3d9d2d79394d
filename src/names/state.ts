// Names of the values main saves for the post step (GITHUB_STATE, read back as STATE_*). SIDs, names and
// targets only: never a secret. Runner.saveState() / state() take only these names.
export const STATE = {
  /** Saved before the create request, so post can find a key whose SID main never learned. */
  friendlyName: 'key-friendly-name',
  keySid: 'key-sid',
  /** JSON {targets, names}: saved before the first secret is written. */
  secrets: 'secret-targets',
  skipKeyDelete: 'skip-key-delete',
  /** The account that owns the key: post deletes there, whatever account-sid evaluates to by then. */
  accountSid: 'account-sid',
  /** The admin key's SID when main authenticated with api-key, else 'auth-token'. */
  adminCredential: 'admin-credential',
  /** twilio-api-url as main used it (empty: real Twilio). */
  twilioApiUrl: 'twilio-api-url',
  /** Epoch ms when the (latest) create request was sent, and that request's timeout. */
  createSentAt: 'create-sent-at',
  createTimeoutMs: 'create-timeout-ms',
  /** 'refused' when Twilio answered the create with a 4xx: no key exists, nothing to delete. */
  createOutcome: 'create-outcome',
  /** `region` or `region.edge` the key was made in: post deletes it there even if the inputs changed. */
  location: 'twilio-location',
  /** Learn mode: JSON {pid, port, dir} of the recording proxy (src/learn/start.ts). */
  learnProxy: 'learn-proxy',
} as const;

export type StateName = (typeof STATE)[keyof typeof STATE];

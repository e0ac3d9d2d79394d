// The typed result of parsing every input. Modes receive one of these and nothing else,
// so a value that passed src/inputs.ts is already known to be well formed. To add a mode, add its
// Config to the Config union at the end: src/modes/table.ts then fails to compile until it has an entry.
import type { TwilioLocation } from './twilio/regions.js';

/** The modes are the Configs' modes; src/modes/table.ts must have an entry for each. */
export type Mode = Config['mode'];
export type KeyType = 'restricted' | 'standard';
export type PullRequestPolicy = 'test' | 'ephemeral' | 'skip';

/** The credential that may manage keys: Auth Token, or an API key pair. */
export type AdminCredential =
  | { readonly kind: 'auth-token'; readonly username: string; readonly password: string }
  | { readonly kind: 'api-key'; readonly username: string; readonly password: string };

export interface TwilioTarget {
  /** The account that owns the keys (may be a subaccount of the credential's account). */
  readonly accountSid: string;
  readonly credential: AdminCredential;
  /** Origin that replaces every Twilio host; undefined = real Twilio. */
  readonly apiUrl: string | undefined;
  /** Per-request timeout (TWILIO_CREDENTIALS_HTTP_TIMEOUT_MS, default 30 s). */
  readonly timeoutMs: number;
  /** Twilio Region and Edge Location (twilio-region, twilio-edge); absent = US1 on the legacy hosts. */
  readonly location?: TwilioLocation;
}

export type OrgVisibility = 'all' | 'private' | 'selected';

/** Where secrets are written. Owner/repo are always resolved (the bare forms mean the current repository). */
export type SecretTarget =
  | { readonly scope: 'repository'; readonly owner: string; readonly repo: string }
  | {
      readonly scope: 'environment';
      readonly owner: string;
      readonly repo: string;
      readonly environment: string;
    }
  | {
      readonly scope: 'organization';
      readonly org: string;
      readonly visibility: OrgVisibility;
      /** Repository names (in `org`) for visibility=selected; empty otherwise. */
      readonly repositories: readonly string[];
    };

export interface GitHubConfig {
  readonly token: string;
  readonly apiUrl: string;
  /** Per-request timeout, as for Twilio. */
  readonly timeoutMs: number;
}

export interface Delivery {
  readonly targets: readonly SecretTarget[];
  readonly secretPrefix: string;
  /** Present whenever targets is non-empty. */
  readonly github: GitHubConfig | undefined;
}

/** What the runner tells us about the job (GITHUB_* variables). */
export interface RunContext {
  readonly eventName: string;
  readonly repository: string; // owner/repo
  readonly runId: string;
  readonly runAttempt: string;
  readonly job: string;
  /** The event runs a pull request's code (see src/context.ts); absent means: judge by eventName. */
  readonly pullRequestCode?: boolean;
}

export interface AccessTokenRequest {
  readonly identity: string;
  readonly ttlSeconds: number;
  readonly grants: readonly AccessTokenGrant[];
}

export type AccessTokenGrant =
  | {
      readonly kind: 'voice';
      readonly outgoingApplicationSid?: string;
      readonly incomingAllow?: boolean;
      readonly pushCredentialSid?: string;
    }
  | { readonly kind: 'video'; readonly room?: string }
  | { readonly kind: 'chat'; readonly serviceSid: string }
  | { readonly kind: 'sync'; readonly serviceSid: string };

interface Base {
  readonly dryRun: boolean;
  readonly exportEnv: boolean;
  readonly run: RunContext;
}

export interface EphemeralConfig extends Base {
  readonly mode: 'ephemeral';
  readonly twilio: TwilioTarget;
  readonly keyType: KeyType;
  /** Expanded, deduplicated permission strings; empty for standard keys. */
  readonly permissions: readonly string[];
  /** Full key friendly name, tag first (see src/naming.ts). */
  readonly friendlyName: string;
  readonly skipKeyDelete: boolean;
  readonly delivery: Delivery;
  readonly accessToken: AccessTokenRequest | undefined;
  /** True when an event that runs pull-request code was opted in with `pull-request: ephemeral`. */
  readonly pullRequestOptIn: boolean;
  /** learn-permissions: a standard key behind the recording proxy (src/learn/). */
  readonly learn: boolean;
}

export interface RevokeConfig extends Base {
  readonly mode: 'revoke';
  readonly twilio: TwilioTarget;
  readonly keySid: string;
  readonly delivery: Delivery;
}

export interface RotateConfig extends Base {
  readonly mode: 'rotate';
  readonly twilio: TwilioTarget;
  readonly keyType: KeyType;
  readonly permissions: readonly string[];
  /** Lineage name, e.g. `gha:rot:<lineage>`. */
  readonly friendlyName: string;
  readonly gracePeriodMs: number;
  readonly rotateAuthToken: boolean;
  /** Overwrite existing key secrets without evidence that they hold this lineage's key. */
  readonly overwriteSecrets: boolean;
  readonly delivery: Delivery;
}

export interface SweepConfig extends Base {
  readonly mode: 'sweep';
  readonly twilio: TwilioTarget;
  readonly maxAgeMs: number;
}

export interface TestCredentials {
  readonly accountSid: string;
  readonly authToken: string;
}

export interface TestConfig extends Base {
  readonly mode: 'test';
  /** undefined with `pull-request: skip` and no test credentials: nothing is handed out. */
  readonly credentials: TestCredentials | undefined;
  /** Permissions asked for (may be empty): used only to warn about what test credentials cannot reach. */
  readonly permissions: readonly string[];
  /** Why test mode was chosen: the input, or an event that runs pull-request code. */
  readonly reason: 'input' | 'pull-request';
  readonly accessTokenRequested: boolean;
  /** learn-permissions was set but this is pull-request code: nothing is learned (a notice says so). */
  readonly learnIgnored: boolean;
}

export type Config = EphemeralConfig | RevokeConfig | RotateConfig | SweepConfig | TestConfig;

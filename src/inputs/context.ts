// What every mode's parser gets besides the inputs: the shared inputs already parsed, and the run.
import type { AccessTokenRequest, Mode, PullRequestPolicy, RunContext } from '../config.js';
import type { Env } from './shared.js';

export interface ParseContext {
  readonly run: RunContext;
  /** 6 hex digits, fresh for each main step; makes the friendly name unique across matrix jobs. */
  readonly nonce: string;
  readonly env: Env;
}

export interface ModeContext extends ParseContext {
  /** The fields every Config has. */
  readonly base: { readonly dryRun: boolean; readonly exportEnv: boolean; readonly run: RunContext };
  /** The `mode` input; the mode parsed can differ (pull-request code runs test mode instead of ephemeral). */
  readonly requestedMode: Mode;
  readonly prPolicy: PullRequestPolicy;
  /** This run executes a pull request's code. */
  readonly prEvent: boolean;
  readonly timeoutMs: number;
  /** access-token-*, parsed for every mode (its problems are reported once, by the caller). */
  readonly accessToken: AccessTokenRequest | undefined;
}

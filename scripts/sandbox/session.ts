// Everything one sandbox run accumulates, in one place: made once by scripts/sandbox.ts and reached
// by every chapter through its World.
import type { CheckResult } from './checks.js';
import { writeApp } from './steps.js';

export interface Session {
  /** Every invariant checked so far, in order. */
  readonly results: CheckResult[];
  /** The `with:` blocks already printed: the runner's log shows a repeat as "as above". */
  readonly shownInputs: Set<string>;
  /** The folder of the app that later `run:` steps run (send-sms.mjs). */
  readonly appDir: string;
}

export function newSession(): Session {
  return { results: [], shownInputs: new Set(), appDir: writeApp() };
}

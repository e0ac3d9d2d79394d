// Every input, parsed and validated into one typed Config before any request is made.
// Pure: reads through the `read` function it is given, never from process.env, never logs.
// The inputs every mode shares are parsed here; each mode's own inputs by its entry in src/modes/table.ts.
import type { Config, Mode, PullRequestPolicy } from './config.js';
import { isGiven } from './defaults.js';
import { parseAccessToken } from './inputs/access-token.js';
import type { ModeContext, ParseContext } from './inputs/context.js';
import { bool, checkedReader, httpTimeout, oneOf } from './inputs/fields.js';
import type { InputName, ReadInput } from './inputs/names.js';
import { Problems, render, warning, type Parsed, type Problem } from './inputs/problems.js';
import { regionProblems } from './inputs/region.js';
import { MODE_TABLE, MODES } from './modes/table.js';
import { isPullRequestEvent } from './pull-request-events.js';

export type { ParseContext } from './inputs/context.js';
export type { ReadInput } from './inputs/names.js';
export { TIMEOUT_VARIABLE } from './inputs/names.js';
export { MODES };

/** What a step logs: the Config, or every error (each line names its input). */
export type ParseResult =
  | {
      readonly ok: true;
      readonly config: Config;
      readonly warnings: readonly string[];
      /** Information about a choice made for the user: logged, never a warning. */
      readonly notes: readonly string[];
    }
  | { readonly ok: false; readonly errors: readonly string[] };

const PR_POLICIES: readonly PullRequestPolicy[] = ['test', 'ephemeral', 'skip'];

/** The Config with every problem, in the order a user reads them. */
export function parseConfig(rawRead: ReadInput, ctx: ParseContext): Parsed<Config> {
  const p = new Problems();
  const checked = checkedReader(rawRead);
  const read = checked.read;
  const requestedMode = p.take(oneOf(read, 'mode', MODES, 'ephemeral'));
  const prPolicy = p.take(oneOf(read, 'pull-request', PR_POLICIES, 'test'));
  const dryRun = p.take(bool(read, 'dry-run', false));
  const exportEnv = p.take(bool(read, 'export-env', true));
  const prEvent = ctx.run.pullRequestCode ?? isPullRequestEvent(ctx.run.eventName);
  const accessToken = parseAccessToken(read);
  const timeoutMs = p.take(httpTimeout(ctx.env));
  p.take(accessToken);
  const mode: Mode =
    requestedMode === 'ephemeral' && prEvent && prPolicy !== 'ephemeral' ? 'test' : requestedMode;
  const modeContext: ModeContext = {
    ...ctx,
    base: { dryRun, exportEnv, run: ctx.run },
    requestedMode,
    prPolicy,
    prEvent,
    timeoutMs,
    accessToken: accessToken.value,
  };
  const config = p.take<Config>(MODE_TABLE[mode].parse(read, modeContext));
  p.list.push(...regionProblems(read, config), ...unusedInputs(read, config.mode));
  // A control character comes first: before any other problem of its input, as the value was read.
  return { value: config, problems: [...checked.problems, ...p.list] };
}

export function parseInputs(read: ReadInput, ctx: ParseContext): ParseResult {
  const { value: config, problems } = parseConfig(read, ctx);
  const lines = (severity: Problem['severity']) =>
    problems.filter((p) => p.severity === severity).map(render);
  const errors = lines('error');
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, config, warnings: lines('warning'), notes: lines('note') };
}

// Inputs one mode reads and another does not; a set input outside the chosen mode's list has no effect.
const MODE_SPECIFIC = [...new Set(Object.values(MODE_TABLE).flatMap((entry) => entry.inputs))];

function unusedInputs(read: ReadInput, mode: Mode): Problem[] {
  const mine: readonly InputName[] = MODE_TABLE[mode].inputs;
  return MODE_SPECIFIC.filter((name) => isGiven(name, read(name)) && !mine.includes(name)).map((name) =>
    warning(name, `Input '${name}' has no effect in ${mode} mode and was ignored.`),
  );
}

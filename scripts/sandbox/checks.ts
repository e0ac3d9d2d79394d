// The invariants: each one checked is printed as ✓ or ✗ and recorded; the closing lines count them.
import { bold, green, red, say } from './terminal.js';

export interface CheckResult {
  readonly ok: boolean;
  readonly name: string;
}

/** Checks one invariant: prints ✓ or ✗ (and `detail` when it failed), records it, returns `ok`. */
export type Check = (ok: boolean, name: string, detail?: string) => boolean;

/** A `check` that records into `results`. */
export function checker(results: CheckResult[]): Check {
  return (ok, name, detail) => {
    results.push({ ok, name });
    say(`  ${ok ? green('✓') : red('✗')} ${name}${!ok && detail ? red(` — ${detail}`) : ''}`);
    return ok;
  };
}

/** The closing lines; CI reads the last one. Returns how many failed. */
export function report(results: readonly CheckResult[]): number {
  const failed = results.filter((r) => !r.ok);
  say();
  say(bold(failed.length ? red('Some invariants failed:') : green('Every invariant held.')));
  for (const f of failed) say(red(`  ✗ ${f.name}`));
  say(`Sandbox: ${results.length - failed.length} passed, ${failed.length} failed`);
  return failed.length;
}

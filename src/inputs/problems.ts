// The one result shape of every input parser: a value (a safe fallback when there are errors, so parsing
// goes on and one run reports every problem) and the problems found on the way.
import { TIMEOUT_VARIABLE, type EnvVariable, type InputName } from './names.js';

export interface Problem {
  /** The input (or tuning variable) the user must change. */
  readonly input: InputName | EnvVariable;
  /** An error: what is wrong and the fix, shown after `Input '<input>': `. A warning or note: a whole sentence. */
  readonly message: string;
  /** error: nothing is sent; warning: the user should fix it; note: a choice made for the user, logged. */
  readonly severity: 'error' | 'warning' | 'note';
}

export interface Parsed<T> {
  readonly value: T;
  readonly problems: readonly Problem[];
}

export const error = (input: Problem['input'], message: string): Problem => ({
  input,
  message,
  severity: 'error',
});
export const warning = (input: Problem['input'], message: string): Problem => ({
  input,
  message,
  severity: 'warning',
});
export const note = (input: Problem['input'], message: string): Problem => ({
  input,
  message,
  severity: 'note',
});

export const parsed = <T>(value: T, problems: readonly Problem[] = []): Parsed<T> => ({ value, problems });

/** The line the log shows. Errors name their input first; warnings and notes are sentences of their own. */
export function render(p: Problem): string {
  if (p.severity !== 'error') return p.message;
  return p.input === TIMEOUT_VARIABLE
    ? `Environment variable ${p.input}: ${p.message}`
    : `Input '${p.input}': ${p.message}`;
}

/** Error lines only, rendered: what a test or a caller that only refuses needs. */
export const errorsOf = (r: Parsed<unknown>): string[] =>
  r.problems.filter((p) => p.severity === 'error').map(render);

/** Gathers the problems of the parsers a bigger parser calls, in order. */
export class Problems {
  readonly list: Problem[] = [];
  /** The value of a sub-parser; its problems are kept. */
  take<T>(r: Parsed<T>): T {
    this.list.push(...r.problems);
    return r.value;
  }
  error(input: Problem['input'], message: string): void {
    this.list.push(error(input, message));
  }
  done<T>(value: T): Parsed<T> {
    return { value, problems: this.list };
  }
}

/** The same result without its warnings and notes (for a value parsed only to inform). */
export const errorsOnly = <T>(r: Parsed<T>): Parsed<T> => ({
  value: r.value,
  problems: r.problems.filter((p) => p.severity === 'error'),
});

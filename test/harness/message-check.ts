// Message check: no line a step prints (log lines and ::error:: / ::warning:: / ::notice:: messages) has two
// spaces in a row between words, the mark of a message composed around an empty part. vitest.setup.ts
// runs it over every step the harness ran, after each test file.
import { recordedSteps, type StepResult } from './action.js';

const DOUBLE_SPACE = /\S {2,}\S/;

/** Printed lines of a step with a double space inside, as "stdout line N: text". */
export function doubleSpaces(result: Pick<StepResult, 'stdout' | 'commands'>): string[] {
  const found: string[] = [];
  result.stdout.split('\n').forEach((line, i) => {
    if (line.startsWith('::add-mask::') || line.startsWith('::debug::')) return;
    if (DOUBLE_SPACE.test(line)) found.push(`stdout line ${i + 1}: ${line.slice(0, 200)}`);
  });
  for (const c of result.commands)
    if (c.command !== 'add-mask' && c.command !== 'debug' && DOUBLE_SPACE.test(c.message))
      found.push(`::${c.command}:: ${c.message.slice(0, 200)}`);
  return [...new Set(found)];
}

/** Throws naming every step that printed a double space. */
export function assertNoDoubleSpaces(): number {
  const problems = recordedSteps.flatMap((s) => doubleSpaces(s.result).map((p) => `${s.step}: ${p}`));
  if (problems.length)
    throw new Error(`messages with a double space (compose them with sentences()):\n${problems.join('\n')}`);
  return recordedSteps.length;
}

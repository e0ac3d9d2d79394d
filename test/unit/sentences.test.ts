import { describe, expect, it } from 'vitest';
import { sentences } from '../../src/sentences.js';
import { doubleSpaces } from '../harness/message-check.js';
import { parseCommands } from '../harness/action.js';

describe('sentences', () => {
  it('joins parts with one space and skips empty ones', () => {
    expect(sentences('Rotation failed.', '', undefined, ' Old keys are untouched. ')).toBe(
      'Rotation failed. Old keys are untouched.',
    );
    expect(sentences()).toBe('');
  });
});

describe('the double-space check (test/harness/message-check.ts)', () => {
  const step = (stdout: string) => ({ stdout, commands: parseCommands(stdout) });

  it('finds a double space in a log line and in an error message', () => {
    expect(doubleSpaces(step('Wrote 3 secret(s):  a, b.\n::error::Rotation failed.  Old keys'))).toEqual([
      'stdout line 1: Wrote 3 secret(s):  a, b.',
      'stdout line 2: ::error::Rotation failed.  Old keys',
      '::error:: Rotation failed.  Old keys',
    ]);
  });

  it('passes single spaces, indentation and masked values', () => {
    expect(doubleSpaces(step('  indented line\n::add-mask::a  b\n::warning::One. Two.'))).toEqual([]);
  });
});

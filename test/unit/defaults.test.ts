import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { INPUT_DEFAULTS } from '../../src/defaults.js';

describe('INPUT_DEFAULTS', () => {
  it('matches the defaults in action.yml', () => {
    const action = parse(readFileSync('action.yml', 'utf8')) as {
      inputs: Record<string, { default?: string }>;
    };
    const declared = Object.fromEntries(
      Object.entries(action.inputs)
        .filter(([, i]) => i.default && !i.default.includes('${{'))
        .map(([name, i]) => [name, i.default]),
    );
    expect(INPUT_DEFAULTS).toEqual(declared);
  });
});

// One actions/checkout version everywhere a user or CI reads one: the README, docs/examples and the
// repository's own workflows (pinned by SHA there, with the version in a comment).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../harness/action.js';

const files = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs/examples')).map((f) => `docs/examples/${f}`),
  ...readdirSync(join(ROOT, '.github/workflows')).map((f) => `.github/workflows/${f}`),
];

/** Major versions of actions/checkout a text uses: `@v7`, or `@<sha> # v7.0.1`. */
export function checkoutMajors(text: string): string[] {
  return [...text.matchAll(/actions\/checkout@(\S+)(?:\s+#\s*(v\S+))?/g)].map(
    (m) => ((m[1] ?? '').startsWith('v') ? (m[1] ?? '') : (m[2] ?? '(unversioned SHA)')).split('.')[0] ?? '',
  );
}

describe('actions/checkout', () => {
  it('reads the major version of tags and of SHA pins', () => {
    expect(checkoutMajors('uses: actions/checkout@v4\nuses: actions/checkout@abc # v7.0.1')).toEqual([
      'v4',
      'v7',
    ]);
  });

  it('is the same major version in the README, docs/examples and .github/workflows', () => {
    const used = files.flatMap((f) =>
      checkoutMajors(readFileSync(join(ROOT, f), 'utf8')).map((v) => `${v} ${f}`),
    );
    expect(used.length).toBeGreaterThan(3);
    expect(new Set(used.map((u) => u.split(' ')[0])), used.join('\n')).toEqual(new Set(['v7']));
  });
});

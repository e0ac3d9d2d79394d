// Everything the project reads lives in the repository: no tracked file outside docs/ names a path on the
// machine it was written on (a shared folder next to the checkout, a work or home directory). URLs are fine
// (the lookbehind skips "https://host/home/..." and API paths such as "/v1/Users/...").
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../harness/action.js';

const OUTSIDE = /(?<![\w.:/-])(?:(?:\.\.\/)+shared\b|\/(?:work|root|home|Users|mnt|private\/var)\/)/;

/** Lines of `text` that name a path outside the repository, as "line: text". */
export function outsidePaths(text: string): string[] {
  return text
    .split('\n')
    .flatMap((line, i) => (OUTSIDE.test(line) ? [`${i + 1}: ${line.trim().slice(0, 160)}`] : []));
}

const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' })
  .split('\0')
  .filter((path) => path !== '' && !path.startsWith('docs/'));

describe('paths outside the repository', () => {
  it('the pattern catches machine paths and leaves URLs and API paths alone', () => {
    // Built from parts so this file does not match itself.
    const [up, work, root, home] = ['../../../' + 'shared', '/' + 'work/', '/' + 'root/', '/' + 'home/'];
    const bad = [
      `new URL('${up}/twilio/x.json')`,
      `see ${work}shared/x.md`,
      `${root}.npmrc`,
      `~ ${home}me/x`,
    ];
    expect(bad.filter((line) => outsidePaths(line).length === 0)).toEqual([]);
    const fine = [
      'https://www.iso.org/iso/home/standards',
      '"/v1/Users/Self": {}',
      'src/shared/x.ts',
      'a/work/b',
    ];
    expect(fine.flatMap(outsidePaths)).toEqual([]);
  });

  it('no tracked file outside docs/ refers to one', () => {
    expect(tracked.length).toBeGreaterThan(50);
    const hits = tracked.flatMap((path) => {
      const text = readFileSync(join(ROOT, path), 'utf8');
      return outsidePaths(text).map((hit) => `${path}:${hit}`);
    });
    expect(hits).toEqual([]);
  });
});

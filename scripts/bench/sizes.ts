// 3. Sizes of every file of a bundle, largest first.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface Sizes {
  readonly files: Array<{ file: string; bytes: number }>;
  readonly total: number;
}

/** `actionDir` holds the bundle's dist/. */
export function distSizes(actionDir: string): Sizes {
  const dir = join(actionDir, 'dist');
  const files = (readdirSync(dir, { recursive: true }) as string[])
    .map((f) => join(dir, f))
    .filter((p) => statSync(p).isFile())
    .map((p) => ({ file: `dist/${relative(dir, p)}`, bytes: statSync(p).size }))
    .sort((a, b) => b.bytes - a.bytes);
  return { files, total: files.reduce((n, f) => n + f.bytes, 0) };
}

// Bundles each entry point with ncc into dist/<entry>/ (index.js plus the chunks of dynamic imports).
// Output must be byte-for-byte reproducible: CI rebuilds and diffs it.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const entries = { main: 'src/main-entry.ts', post: 'src/post-entry.ts' };
for (const [name, file] of Object.entries(entries)) {
  rmSync(`dist/${name}`, { recursive: true, force: true });
  execFileSync(
    'npx',
    ['ncc', 'build', file, '-o', `dist/${name}`, '--minify', '--no-cache', '--target', 'es2022', '--license', 'licenses.txt', '--quiet'],
    { stdio: 'inherit' },
  );
}

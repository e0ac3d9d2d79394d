// Bundles src/index.ts with ncc into dist/ (index.js plus one chunk per dynamic import), and writes
// the two entry files action.yml names. Output must be reproducible: CI rebuilds and diffs it.
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
execFileSync(
  'npx',
  [
    'ncc',
    'build',
    'src/index.ts',
    '-o',
    'dist',
    '--minify',
    '--no-cache',
    '--target',
    'es2022',
    '--license',
    'licenses.txt',
    '--quiet',
  ],
  { stdio: 'inherit' },
);
for (const step of ['main', 'post']) {
  writeFileSync(
    `dist/${step}.js`,
    `// ${step} step: see src/${step}.ts\nimport { ${step} } from './index.js';\n\nawait ${step}();\n`,
  );
}

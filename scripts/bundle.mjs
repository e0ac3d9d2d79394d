// Bundles src/index.ts with ncc into dist/ (index.js plus one chunk per dynamic import), and writes
// the two entry files action.yml names. Output must be reproducible: CI rebuilds and diffs it.
// Types are checked by `npm run typecheck`, not here (--transpile-only), so a test file's type error
// cannot stop a bundle. It builds into a fresh folder and swaps it in, so dist/ is never half written.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { buildSync, transformSync } from 'esbuild';

const next = `dist.next-${process.pid}`;
const ncc = ['ncc', 'build', 'src/index.ts', '-o', next, '--minify', '--transpile-only', '--no-cache'];
execFileSync('npx', [...ncc, '--target', 'es2022', '--license', 'licenses.txt', '--quiet'], {
  stdio: 'inherit',
});
// ncc minifies index.js only; its chunks (one per dynamic import) come out with comments and all.
for (const file of readdirSync(next).filter((f) => /^\d+\.index\.js$/.test(f))) {
  const path = `${next}/${file}`;
  const { code } = transformSync(readFileSync(path, 'utf8'), {
    minify: true,
    format: 'esm',
    target: 'es2022',
  });
  writeFileSync(path, code);
}
for (const step of ['main', 'post']) {
  const stub = `// ${step} step: see src/${step}.ts\nimport { ${step} } from './index.js';\n\nawait ${step}();\n`;
  writeFileSync(`${next}/${step}.js`, stub);
}
// Learn mode's recording proxy runs as its own detached process, so it is its own bundle (CommonJS:
// node-forge is CommonJS). Nothing else loads it, so it adds nothing to the start-up of main or post.
buildSync({
  entryPoints: ['src/learn/proxy-main.ts'],
  outfile: `${next}/learn-proxy.cjs`,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
});
writeFileSync(
  `${next}/learn-proxy.licenses.txt`,
  ['node-forge', 'proxy-from-env']
    .map((name) => `${name}\n${readFileSync(`node_modules/${name}/LICENSE`, 'utf8')}`)
    .join('\n'),
);
const old = `dist.old-${process.pid}`;
try {
  renameSync('dist', old);
} catch {
  // no dist/ yet
}
renameSync(next, 'dist');
rmSync(old, { recursive: true, force: true });

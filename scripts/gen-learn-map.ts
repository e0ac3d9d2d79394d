// Generates src/data/learn-map.ts (method + path template -> permission) from the vendored OpenAPI files.
// Usage: npx tsx scripts/gen-learn-map.ts [--check]   (--check writes nothing; exits 1 on drift)
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { coverage, endpoints, render, SPEC_FILES } from './learn-map-lib.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OAI = resolve(ROOT, 'third_party/twilio-oai');
const OUT = resolve(ROOT, 'src/data/learn-map.ts');

export function generate(): { text: string; list: ReturnType<typeof endpoints> } {
  const commit =
    /commit ([0-9a-f]{40})/.exec(readFileSync(resolve(OAI, 'README.md'), 'utf8'))?.[1] ?? 'unknown';
  const specs = SPEC_FILES.map((file) => ({
    file,
    json: JSON.parse(readFileSync(resolve(OAI, file), 'utf8')),
  }));
  const list = endpoints(specs);
  return { text: render(list, commit), list };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { text, list } = generate();
  const c = coverage(list);
  if (process.argv.includes('--check')) {
    if (readFileSync(OUT, 'utf8') !== text) {
      console.error('src/data/learn-map.ts is out of date: run npx tsx scripts/gen-learn-map.ts');
      process.exit(1);
    }
  } else writeFileSync(OUT, text);
  console.log(
    `${c.mapped}/${c.endpoints} endpoints mapped; ${c.reachable}/${c.catalogue} catalogue permissions reachable`,
  );
}

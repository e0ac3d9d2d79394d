// npm run docs: rewrite the generated README sections. --check: exit 1 if they are stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { render, sections } from './docs-lib.js';

const readme = readFileSync('README.md', 'utf8');
const { text, missing } = render(readme, sections(readFileSync('action.yml', 'utf8')));
if (missing.length) {
  console.error(`README.md lacks sections: ${missing.join(', ')}`);
  process.exit(1);
}
if (process.argv.includes('--check')) {
  if (text !== readme) {
    console.error('README.md generated sections are stale: run `npm run docs`.');
    process.exit(1);
  }
} else writeFileSync('README.md', text);

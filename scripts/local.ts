// npm run local [-- --env-file .env]: runs the bundled main step, then the post step with main's state,
// as a runner would, with inputs from an env file (INPUT_<NAME>=value; GITHUB_* for the run context).
// Point twilio-api-url at an emulator (`npx tsx test/emulator/twilio/cli.ts`) or leave it empty for
// your real account. @github/local-action does not apply: it swaps @actions/core, which this action
// does not load (see README, "Try it locally").
import { existsSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { INPUT_NAMES, runStep, type StepResult } from '../test/harness/action.js';
import { Masker } from '../test/harness/masker.js';

const flag = process.argv.indexOf('--env-file');
const file = flag > 0 ? (process.argv[flag + 1] ?? '.env') : '.env';
if (!existsSync(file)) {
  console.error(`No ${file}: copy .env.example to .env and fill it in.`);
  process.exit(2);
}
const vars = parseEnv(readFileSync(file, 'utf8')) as Record<string, string>;
const inputs: Record<string, string> = {};
const env: Record<string, string> = {};
for (const [k, v] of Object.entries(vars)) {
  if (!k.startsWith('INPUT_')) env[k] = v;
  else {
    const name = INPUT_NAMES.find((n) => `INPUT_${n.toUpperCase()}` === k.toUpperCase());
    if (!name) throw new Error(`${file}: ${k} is not an input of action.yml`);
    inputs[name] = v;
  }
}

// Show the log as the runner would: masked values as ***, no add-mask lines.
const masker = new Masker();
function show(title: string, r: StepResult): void {
  console.log(`\n=== ${title} (exit ${r.exitCode ?? r.signal})`);
  for (const line of r.stdout.split('\n')) {
    const shown = masker.line(line);
    if (shown !== undefined) console.log(shown);
  }
  if (r.stderr) console.error(r.stderr);
  const outputs = Object.entries(r.outputs).map(([k, v]) => `  ${k} = ${masker.mask(v)}`);
  if (outputs.length) console.log(`--- outputs\n${outputs.join('\n')}`);
  if (r.summary) console.log(`--- job summary\n${r.summary}`);
}

const main = await runStep('main', { inputs, env });
show('main', main);
const post = await runStep('post', { inputs, env, state: main.state });
show('post', post);
process.exitCode = main.exitCode === 0 && post.exitCode === 0 ? 0 : 1;

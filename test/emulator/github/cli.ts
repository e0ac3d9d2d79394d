/**
 * Runs the GitHub emulator until SIGTERM/SIGINT, seeded with one organization, one repository in it
 * (environments `production` and `prod / eu`, a name that needs percent-encoding), a token that may
 * write secrets and a read-only one (like the workflow GITHUB_TOKEN). Prints one JSON line:
 *   {"url","token","readOnlyToken","repository","organization","environments"}
 * Usage: tsx test/emulator/github/cli.ts [--port N] [--latency MS] [--repository OWNER/REPO]
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { startGitHubEmulator } from './index.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    latency: { type: 'string', default: '0' },
    repository: { type: 'string', default: 'octo-org/app' },
  },
});

const repository = values.repository;
const organization = repository.split('/')[0] ?? 'octo-org';
const environments = ['production', 'prod / eu'];
const emulator = await startGitHubEmulator({ port: Number(values.port), latencyMs: Number(values.latency) });
emulator.addOrganization(organization);
emulator.addRepository(repository, { environments });
const token = `ghp_emu${randomBytes(16).toString('hex')}`;
const readOnlyToken = `ghs_emu${randomBytes(16).toString('hex')}`;
emulator.addToken(token, 'write');
emulator.addToken(readOnlyToken, 'read-only');
console.log(
  JSON.stringify({ url: emulator.url, token, readOnlyToken, repository, organization, environments }),
);

const stop = (): void => {
  void emulator.close().then(() => process.exit(0));
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);

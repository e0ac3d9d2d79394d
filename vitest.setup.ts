// Runs before every test file (vitest.config.ts: setupFiles). The leak scanner watches every emulator a
// test starts and, after the file, scans every step the harness ran: see test/harness/leak-scan.ts.
import { afterAll, vi } from 'vitest';
import { assertNoLeaks, installStepWatcher } from './test/harness/leak-scan.js';
import { assertNoDoubleSpaces } from './test/harness/message-check.js';

vi.mock('./test/emulator/twilio/index.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('./test/emulator/twilio/index.js')>();
  const { watchTwilio } = await import('./test/harness/leak-scan.js');
  return {
    ...real,
    startTwilioEmulator: async (...args: Parameters<typeof real.startTwilioEmulator>) =>
      watchTwilio(await real.startTwilioEmulator(...args)),
  };
});

vi.mock('./test/emulator/github/index.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('./test/emulator/github/index.js')>();
  const { watchGitHub } = await import('./test/harness/leak-scan.js');
  return {
    ...real,
    startGitHubEmulator: async (...args: Parameters<typeof real.startGitHubEmulator>) =>
      watchGitHub(await real.startGitHubEmulator(...args)),
  };
});

installStepWatcher();

afterAll(() => {
  assertNoDoubleSpaces();
  const report = assertNoLeaks();
  if (report.steps > 0)
    // eslint-disable-next-line no-console
    console.log(
      `leak scan: ${report.steps} step(s) against ${report.secrets} secret(s) in all their forms: 0 leaks`,
    );
});

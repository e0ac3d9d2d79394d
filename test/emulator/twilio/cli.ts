/**
 * Starts the Twilio emulator, seeds one live account and one test account, prints one JSON line
 *   {"url":"http://127.0.0.1:PORT","accountSid":"AC...","authToken":"...","testAccountSid":"AC...","testAuthToken":"..."}
 * and runs until SIGINT / SIGTERM.
 *
 *   npx tsx test/emulator/twilio/cli.ts --port 0 [--latency 50]
 */
import { parseArgs } from 'node:util';
import { startTwilioEmulator } from './index.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    host: { type: 'string', default: '127.0.0.1' },
    latency: { type: 'string', default: '0' },
  },
});

const port = Number(values.port);
const latencyMs = Number(values.latency);
if (!Number.isInteger(port) || port < 0 || port > 65535)
  throw new Error(`--port must be 0..65535, got ${values.port}`);
if (!(latencyMs >= 0)) throw new Error(`--latency must be >= 0 ms, got ${values.latency}`);

const emulator = await startTwilioEmulator({ port, host: values.host, latencyMs });
const account = emulator.addAccount();
const testAccount = emulator.addTestAccount();
console.log(
  JSON.stringify({
    url: emulator.url,
    accountSid: account.sid,
    authToken: account.authToken,
    testAccountSid: testAccount.sid,
    testAuthToken: testAccount.authToken,
  }),
);

let stopping = false;
const stop = (): void => {
  if (stopping) return;
  stopping = true;
  emulator.close().then(
    () => process.exit(0),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

// Named bundles of permission strings for the `permissions` input. Every string here is in
// KNOWN_PERMISSIONS (a unit test checks). Twilio's `read` (one instance) does not imply `list`
// (the collection), so a preset that reads includes both. docs/presets.md is generated from this file.

export interface Preset {
  readonly name: string;
  readonly description: string;
  readonly permissions: readonly string[];
}

const MESSAGES_READ = [
  '/twilio/messaging/messages/read',
  '/twilio/messaging/messages/list',
  '/twilio/messaging/messages.media/read',
];
const CALLS_READ = [
  '/twilio/voice/calls/read',
  '/twilio/voice/calls/list',
  '/twilio/voice/calls.recordings/read',
  '/twilio/voice/calls.recordings/list',
  '/twilio/voice/recordings/read',
  '/twilio/voice/recordings/list',
];
const readList = (...resources: string[]): string[] =>
  resources.flatMap((r) => [`/twilio/${r}/read`, `/twilio/${r}/list`]);

export const PRESETS: readonly Preset[] = [
  {
    name: 'messaging',
    description: 'Send SMS/MMS/WhatsApp messages and read them back with their media. No delete or redact.',
    permissions: ['/twilio/messaging/messages/create', ...MESSAGES_READ],
  },
  {
    name: 'messaging:read',
    description: 'Read messages (one, or the list) and their media.',
    permissions: MESSAGES_READ,
  },
  {
    name: 'voice',
    description:
      'Place calls, read and modify them (redirect, hang up), and read their recordings. No delete.',
    permissions: ['/twilio/voice/calls/create', '/twilio/voice/calls/update', ...CALLS_READ],
  },
  {
    name: 'voice:read',
    description: 'Read calls and recordings.',
    permissions: CALLS_READ,
  },
  {
    name: 'verify',
    description: 'Start a verification, fetch its status, check the code, and read the Verify service.',
    permissions: [
      '/twilio/verify/verification/create',
      '/twilio/verify/verification/read',
      '/twilio/verify/verification-check/create',
      '/twilio/verify/service/read',
    ],
  },
  {
    name: 'lookup',
    description: 'Look up phone numbers (Lookup v2).',
    permissions: ['/twilio/lookup/phone-numbers/read'],
  },
  {
    name: 'phone-numbers:read',
    description: "Read the account's phone numbers and search numbers available to buy. Buys nothing.",
    permissions: [
      ...readList('phone-numbers/active-numbers'),
      '/twilio/phone-numbers/available-numbers/list',
    ],
  },
  {
    name: 'video',
    description:
      'Create, read and end Video rooms, and read their participants (server side; client tokens need key-type standard).',
    permissions: [
      '/twilio/video/rooms/create',
      '/twilio/video/rooms/update',
      ...readList('video/rooms', 'video/rooms.participants'),
    ],
  },
  {
    name: 'taskrouter:read',
    description: 'Read TaskRouter workspaces, tasks, workers, queues, workflows and activities.',
    permissions: readList(
      'taskrouter/workspaces',
      'taskrouter/workspaces.tasks',
      'taskrouter/workspaces.workers',
      'taskrouter/workspaces.task-queues',
      'taskrouter/workspaces.workflows',
      'taskrouter/workspaces.activities',
    ),
  },
  {
    name: 'monitor:read',
    description: 'Read debugger alerts and account events (e.g. to fail a job on new errors).',
    permissions: readList('monitor/alerts', 'monitor/events'),
  },
  {
    name: 'usage:read',
    description: 'Read usage records (billing).',
    permissions: ['/twilio/billing/usage/read'],
  },
];

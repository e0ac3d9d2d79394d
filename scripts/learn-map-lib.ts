// Builds src/data/learn-map.ts: every endpoint of Twilio's official OpenAPI descriptions (vendored in
// third_party/twilio-oai/) with the restricted-key permission it needs, or none where the permission
// catalogue (src/data/permissions.ts) has no string for it. Pure: specs in, text out (written compactly
// by learn-map-encode.ts).
// The rules below are the whole mapping: a rule names the catalogue resource of one REST collection.
import { KNOWN_PERMISSIONS } from '../src/data/permissions.js';
import { encodeLearnMap } from './learn-map-encode.js';

export interface Spec {
  readonly file: string;
  readonly json: OpenApi;
}

interface OpenApi {
  servers?: { url: string }[];
  paths: Record<string, Partial<Record<string, unknown>> & { servers?: { url: string }[] }>;
}

/** Specs of the products the permission catalogue covers (the four the action itself calls, and the rest). */
export const SPEC_FILES = [
  'twilio_accounts_v1.json',
  'twilio_api_v2010.json',
  'twilio_content_v1.json',
  'twilio_events_v1.json',
  'twilio_iam_v1.json',
  'twilio_insights_v1.json',
  'twilio_intelligence_v2.json',
  'twilio_lookups_v1.json',
  'twilio_lookups_v2.json',
  'twilio_messaging_v1.json',
  'twilio_monitor_v1.json',
  'twilio_numbers_v2.json',
  'twilio_studio_v2.json',
  'twilio_taskrouter_v1.json',
  'twilio_trunking_v1.json',
  'twilio_verify_v2.json',
  'twilio_video_v1.json',
  'twilio_voice_v1.json',
] as const;

type Action = 'read' | 'list' | 'create' | 'update' | 'delete' | '*';
type Method = 'GET' | 'POST' | 'DELETE';

/**
 * [host, collection, catalogue resource, fixed actions]. The collection is the path without version or
 * account prefix, `.json` dropped and parameters written `{}`; it matches the collection itself and
 * `collection/{}` (one instance). A trailing `/**` matches everything below it.
 */
type Rule = readonly [string, string, string, Partial<Record<Method, Action>>?];

const API = 'api.twilio.com';
const RULES: readonly Rule[] = [
  [API, '/Messages', 'messaging/messages'],
  [API, '/Messages/{}/Media', 'messaging/messages.media'],
  [API, '/Messages/{}/Feedback', 'messaging/messages.feedback'],
  [API, '/Calls', 'voice/calls'],
  [API, '/Calls/{}/Recordings', 'voice/calls.recordings'],
  [API, '/Calls/{}/Notifications', 'voice/calls.notifications'],
  [API, '/Conferences', 'voice/conferences'],
  [API, '/Conferences/{}/Participants', 'voice/conferences.participants'],
  [API, '/Conferences/{}/Recordings', 'voice/conferences.recordings'],
  [API, '/IncomingPhoneNumbers', 'phone-numbers/active-numbers'],
  [API, '/IncomingPhoneNumbers/Local', 'phone-numbers/active-numbers'],
  [API, '/IncomingPhoneNumbers/Mobile', 'phone-numbers/active-numbers'],
  [API, '/IncomingPhoneNumbers/TollFree', 'phone-numbers/active-numbers'],
  [API, '/AvailablePhoneNumbers/**', 'phone-numbers/available-numbers', { GET: 'list' }],
  [API, '/OutgoingCallerIds', 'voice/outgoing-caller-ids'],
  [API, '/Queues', 'voice/queues'],
  [API, '/Queues/{}/Members', 'voice/queues.member'],
  [API, '/Recordings', 'voice/recordings'],
  [API, '/Recordings/{}/AddOnResults', 'voice/recordings.add-ons'],
  [API, '/Recordings/{}/AddOnResults/{}/Payloads', 'voice/recordings.add-ons.payload'],
  [
    API,
    '/Recordings/{}/AddOnResults/{}/Payloads/{}/Data',
    'voice/recordings.add-ons.payload.data',
    { GET: 'read' },
  ],
  [API, '/Recordings/{}/Transcriptions', 'voice/recordings.transcriptions'],
  [API, '/Transcriptions', 'voice/transcriptions'],
  [API, '/Applications', 'voice/twiml.apps'],
  [API, '/SIP/Domains', 'voice/sip.domains'],
  [
    API,
    '/SIP/Domains/{}/Auth/Calls/CredentialListMappings',
    'voice/sip.domains.auth.calls.credential-list-mappings',
  ],
  [
    API,
    '/SIP/Domains/{}/Auth/Registrations/CredentialListMappings',
    'voice/sip.domains.auth.registrations.credential-list-mappings',
  ],
  [API, '/SIP/Domains/{}/IpAccessControlListMappings', 'voice/sip.ip-acl-mappings'],
  [API, '/SIP/CredentialLists', 'voice/sip.credential-lists'],
  [API, '/SIP/CredentialLists/{}/Credentials', 'voice/sip.credential-lists.credentials'],
  [API, '/SIP/IpAccessControlLists', 'voice/sip.ip-acls'],
  [API, '/SIP/IpAccessControlLists/{}/IpAddresses', 'voice/sip.ip-acls.ip-addresses'],
  [API, '/Usage/**', 'billing/usage', { GET: 'read' }],
  ['lookups.twilio.com', '/PhoneNumbers', 'lookup/phone-numbers'],
  ['verify.twilio.com', '/Services', 'verify/service'],
  ['verify.twilio.com', '/Services/{}/Verifications', 'verify/verification'],
  ['verify.twilio.com', '/Services/{}/VerificationCheck', 'verify/verification-check'],
  ['verify.twilio.com', '/Services/{}/RateLimits', 'verify/rate-limit'],
  ['verify.twilio.com', '/Services/{}/RateLimits/{}/Buckets', 'verify/bucket'],
  ['verify.twilio.com', '/Services/{}/Entities', 'verify/entity'],
  ['verify.twilio.com', '/Services/{}/Entities/{}/Factors', 'verify/factor'],
  ['verify.twilio.com', '/Services/{}/Entities/{}/Challenges', 'verify/challenge'],
  ['verify.twilio.com', '/Services/{}/Entities/{}/Challenges/{}/Notifications', 'verify/push-notification'],
  ['verify.twilio.com', '/Services/{}/Webhooks', 'verify/webhook'],
  ['verify.twilio.com', '/Services/{}/AccessTokens', 'verify/access-token'],
  ['verify.twilio.com', '/Attempts', 'verify/verification-attempt'],
  ['verify.twilio.com', '/Attempts/Summary', 'verify/verification-attempts-summary', { GET: 'read' }],
  ['verify.twilio.com', '/Templates', 'verify/verification-template'],
  ['verify.twilio.com', '/SafeList/Numbers', 'verify/safelist'],
  ['studio.twilio.com', '/Flows', 'studio/flows'],
  ['studio.twilio.com', '/Flows/{}/Revisions', 'studio/flows.revisions'],
  ['studio.twilio.com', '/Flows/Validate', 'studio/flows.validate', { POST: 'update' }],
  ['studio.twilio.com', '/Flows/{}/TestUsers', 'studio/test-users', { GET: 'read', POST: 'update' }],
  ['studio.twilio.com', '/Flows/{}/Executions', 'studio/executions'],
  ['studio.twilio.com', '/Flows/{}/Executions/{}/Context', 'studio/executions.context', { GET: 'read' }],
  ['studio.twilio.com', '/Flows/{}/Executions/{}/Steps', 'studio/executions.steps'],
  [
    'studio.twilio.com',
    '/Flows/{}/Executions/{}/Steps/{}/Context',
    'studio/executions.steps.context',
    { GET: 'read' },
  ],
  ...taskRouter(),
  ['video.twilio.com', '/Compositions', 'video/compositions'],
  ['video.twilio.com', '/CompositionHooks', 'video/compositions.composition-hooks'],
  [
    'video.twilio.com',
    '/CompositionSettings/Default',
    'video/compositions.composition-settings',
    { GET: 'read', POST: 'update' },
  ],
  ['video.twilio.com', '/Recordings', 'video/recordings'],
  [
    'video.twilio.com',
    '/RecordingSettings/Default',
    'video/recordings.recording-settings',
    { GET: 'read', POST: 'update' },
  ],
  ['video.twilio.com', '/Rooms', 'video/rooms'],
  ['video.twilio.com', '/Rooms/{}/Participants', 'video/rooms.participants'],
  [
    'video.twilio.com',
    '/Rooms/{}/Participants/{}/Anonymize',
    'video/rooms.participants.anonymize',
    { POST: 'update' },
  ],
  [
    'video.twilio.com',
    '/Rooms/{}/Participants/{}/PublishedTracks',
    'video/rooms.participants.published-tracks',
  ],
  [
    'video.twilio.com',
    '/Rooms/{}/Participants/{}/SubscribeRules',
    'video/rooms.participants.subscribe-rules',
    { GET: 'list', POST: 'update' },
  ],
  [
    'video.twilio.com',
    '/Rooms/{}/Participants/{}/SubscribedTracks',
    'video/rooms.participants.subscribed-tracks',
  ],
  [
    'video.twilio.com',
    '/Rooms/{}/RecordingRules',
    'video/rooms.recording-rules',
    { GET: 'list', POST: 'update' },
  ],
  ['video.twilio.com', '/Rooms/{}/Recordings', 'video/rooms.recordings'],
  ['video.twilio.com', '/Rooms/{}/Transcriptions', 'video/rooms.transcriptions'],
  ['events.twilio.com', '/Types', 'event-streams/event-type'],
  ['events.twilio.com', '/Schemas', 'event-streams/schema'],
  ['events.twilio.com', '/Schemas/{}/Versions', 'event-streams/schema.version'],
  ['events.twilio.com', '/Sinks', 'event-streams/sink'],
  ['events.twilio.com', '/Sinks/{}/Test', 'event-streams/sink.test'],
  ['events.twilio.com', '/Subscriptions', 'event-streams/subscription'],
  ['events.twilio.com', '/Subscriptions/{}/SubscribedEvents', 'event-streams/subscription.subscribed-event'],
  ['monitor.twilio.com', '/Alerts', 'monitor/alerts'],
  ['monitor.twilio.com', '/Events', 'monitor/events'],
  ['messaging.twilio.com', '/Services', 'messaging/services'],
  ['messaging.twilio.com', '/Services/{}/AlphaSenders', 'messaging/services.alphasenders'],
  ['messaging.twilio.com', '/Services/{}/ChannelSenders', 'messaging/services.channelsenders'],
  [
    'messaging.twilio.com',
    '/Services/{}/DestinationAlphaSenders',
    'messaging/services.destination-alpha-senders',
  ],
  ['messaging.twilio.com', '/Services/{}/PhoneNumbers', 'messaging/services.phonenumbers'],
  ['messaging.twilio.com', '/Services/{}/ShortCodes', 'messaging/services.shortcodes'],
  ['messaging.twilio.com', '/Services/{}/Compliance/Usa2p', 'messaging/services.usa2p-campaign'],
  ['messaging.twilio.com', '/Services/{}/Compliance/Usa2p/Usecases', 'messaging/services.usa2p-usecase'],
  ['messaging.twilio.com', '/Deactivations', 'messaging/deactivations'],
  ['content.twilio.com', '/Content', 'messaging/content-templates'],
  ...regulatoryCompliance(),
  ['intelligence.twilio.com', '/Services', 'voice/intelligence.services'],
  [
    'intelligence.twilio.com',
    '/Services/{}/Operators',
    'voice/intelligence.operator-attachment',
    { POST: 'create' },
  ],
  ['intelligence.twilio.com', '/Transcripts', 'voice/intelligence.transcripts'],
  [
    'intelligence.twilio.com',
    '/Transcripts/{}/Media',
    'voice/intelligence.transcript-media',
    { GET: 'read' },
  ],
  [
    'intelligence.twilio.com',
    '/Transcripts/{}/Sentences',
    'voice/intelligence.transcript-sentences',
    { GET: 'read' },
  ],
  [
    'intelligence.twilio.com',
    '/Transcripts/{}/OperatorResults',
    'voice/intelligence.operator-results',
    { GET: 'read' },
  ],
  ['intelligence.twilio.com', '/Operators', 'voice/intelligence.operators'],
  ['intelligence.twilio.com', '/Operators/Custom', 'voice/intelligence.operator.custom'],
  ['intelligence.twilio.com', '/Operators/PreBuilt', 'voice/intelligence.operator.prebuilt'],
  ['intelligence.twilio.com', '/OperatorTypes', 'voice/intelligence.operator-types'],
  ['insights.twilio.com', '/Voice/Settings', 'voice/insights.settings', { GET: 'read', POST: 'update' }],
  [
    'insights.twilio.com',
    '/Voice/{}/Annotation',
    'voice/insights.call.annotations',
    { GET: 'read', POST: 'update' },
  ],
  ['insights.twilio.com', '/Voice/{}/Events', 'voice/insights.call.events'],
  ['insights.twilio.com', '/Voice/{}/Metrics', 'voice/insights.call.metrics'],
  ['insights.twilio.com', '/Voice/{}/Summary', 'voice/insights.call.summaries', { GET: 'read' }],
  ['insights.twilio.com', '/Voice/Summaries', 'voice/insights.call.summaries'],
  ['insights.twilio.com', '/Conferences', 'voice/insights.conference.summaries'],
  ['insights.twilio.com', '/Conferences/{}/Participants', 'voice/insights.conference.participants'],
  ['trunking.twilio.com', '/Trunks', 'voice/sip.trunks'],
  ['trunking.twilio.com', '/Trunks/{}/OriginationUrls', 'voice/sip.trunks.origination-urls'],
  [
    'trunking.twilio.com',
    '/Trunks/{}/CredentialLists',
    'voice/sip.trunks.auth.calls.credential-list-mappings',
  ],
  ['trunking.twilio.com', '/Trunks/{}/IpAccessControlLists', 'voice/sip.trunks.auth.calls.ip-acl-mappings'],
  ['voice.twilio.com', '/ByocTrunks', 'voice/sip.byoc-trunks'],
  ['voice.twilio.com', '/ConnectionPolicies', 'voice/sip.connection-policies'],
  [
    'voice.twilio.com',
    '/ConnectionPolicies/{}/Targets',
    'voice/sip.connection-policies.targets',
    { GET: '*', POST: '*', DELETE: '*' },
  ],
  ['voice.twilio.com', '/IpRecords', 'voice/sip.ip-records'],
  ['voice.twilio.com', '/SourceIpMappings', 'voice/sip.source-ip-mappings'],
  ['iam.twilio.com', '/Keys', 'iam/api-keys'],
  ['iam.twilio.com', '/Account/OAuthApps', 'iam/account-oauth-apps'],
];

function taskRouter(): Rule[] {
  const h = 'taskrouter.twilio.com';
  const w = '/Workspaces/{}';
  const r = 'taskrouter/workspaces';
  return [
    [h, '/Workspaces', r],
    ...['Activities', 'Events', 'Tasks', 'TaskChannels', 'TaskQueues', 'Workers', 'Workflows'].map(
      (c): Rule => [h, `${w}/${c}`, `${r}.${kebab(c)}`],
    ),
    [h, `${w}/Tasks/{}/Reservations`, `${r}.tasks.reservations`],
    [h, `${w}/Workers/{}/Channels`, `${r}.workers.channels`],
    [h, `${w}/Workers/{}/Reservations`, `${r}.workers.reservations`],
    [h, `${w}/TaskQueues/RealTimeStatistics`, `${r}.task-queue.bulk-real-time-statistics`, { POST: 'list' }],
    [h, `${w}/TaskQueues/{}/RealTimeStatistics`, `${r}.task-queue.real-time-statistics`],
    [h, `${w}/TaskQueues/{}/CumulativeStatistics`, `${r}.task-queues.cumulative-statistics`],
    [h, `${w}/TaskQueues/{}/Statistics`, `${r}.task-queues.instance-statistics`],
    [h, `${w}/TaskQueues/Statistics`, `${r}.task-queues.statistics`],
    [h, `${w}/Workers/{}/Statistics`, `${r}.workers.instance-statistics`],
    ...['Workers', 'Workflows/{}', ''].flatMap((c) =>
      ['Statistics', 'CumulativeStatistics', 'RealTimeStatistics'].map((s): Rule => [
        h,
        `${w}${c ? '/' + c : ''}/${s}`,
        `${r}${c ? '.' + kebab(c.replace('/{}', '')) : ''}.${kebab(s)}`,
      ]),
    ),
  ];
}

function regulatoryCompliance(): Rule[] {
  const h = 'numbers.twilio.com';
  const p = '/RegulatoryCompliance';
  const r = 'phone-numbers/regulatory-compliance';
  return [
    [h, `${p}/Bundles`, `${r}.bundles`],
    [h, `${p}/Bundles/{}/Copies`, `${r}.bundle-copies`],
    [h, `${p}/Bundles/{}/Evaluations`, `${r}.evaluations`],
    [h, `${p}/Bundles/{}/ItemAssignments`, `${r}.item-assignments`],
    [h, `${p}/Bundles/{}/ReplaceItems`, `${r}.bundles.replace-items`, { POST: 'update' }],
    [h, `${p}/EndUsers`, `${r}.end-users`],
    [h, `${p}/EndUserTypes`, `${r}.end-users-types`],
    [h, `${p}/Regulations`, `${r}.regulations`],
    [h, `${p}/SupportingDocuments`, `${r}.supporting-documents`],
    [h, `${p}/SupportingDocumentTypes`, `${r}.supporting-documents-types`],
  ];
}

function kebab(s: string): string {
  return s.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

export interface Endpoint {
  readonly host: string;
  readonly method: Method;
  /** As in the spec, e.g. /2010-04-01/Accounts/{AccountSid}/Messages.json */
  readonly path: string;
  /** Catalogue permission, or undefined when no catalogue string fits. */
  readonly permission: string | undefined;
}

/** `/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json` -> `/Messages/{}` */
function collectionPath(host: string, path: string): string {
  let p = path.replace(/\.json$/, '').replace(/\{[^}]+\}/g, '{}');
  p = host === API ? p.replace(/^\/2010-04-01\/Accounts\/\{\}/, '') : p.replace(/^\/v\d+/, '');
  return p;
}

function findRule(host: string, collection: string): Rule | undefined {
  return RULES.find(([h, c]) => {
    if (h !== host) return false;
    if (c.endsWith('/**'))
      return collection.startsWith(c.slice(0, -3) + '/') || collection === c.slice(0, -3);
    return collection === c || collection === c + '/{}';
  });
}

export function endpoints(specs: readonly Spec[]): Endpoint[] {
  const out: Endpoint[] = [];
  for (const spec of specs) {
    for (const [path, item] of Object.entries(spec.json.paths)) {
      const server = (item.servers ?? spec.json.servers ?? [])[0]?.url;
      if (!server) throw new Error(`${spec.file} ${path}: no server`);
      const host = new URL(server).host;
      for (const method of ['GET', 'POST', 'DELETE'] as const) {
        if (!item[method.toLowerCase()]) continue;
        const collection = collectionPath(host, path);
        const rule = findRule(host, collection);
        const instance = collection.endsWith('/{}');
        const action: Action =
          rule?.[3]?.[method] ??
          (method === 'DELETE'
            ? 'delete'
            : method === 'POST'
              ? instance
                ? 'update'
                : 'create'
              : instance
                ? 'read'
                : 'list');
        const permission = rule ? `/twilio/${rule[2]}/${action}` : undefined;
        out.push({
          host,
          method,
          path,
          permission: permission && KNOWN_PERMISSIONS.has(permission) ? permission : undefined,
        });
      }
    }
  }
  return out.sort((a, b) => (a.host + a.path + a.method < b.host + b.path + b.method ? -1 : 1));
}

export interface Coverage {
  readonly endpoints: number;
  readonly mapped: number;
  readonly catalogue: number;
  readonly reachable: number;
}

export function coverage(list: readonly Endpoint[]): Coverage {
  const reachable = new Set(list.flatMap((e) => (e.permission ? [e.permission] : [])));
  return {
    endpoints: list.length,
    mapped: list.filter((e) => e.permission).length,
    catalogue: KNOWN_PERMISSIONS.size,
    reachable: reachable.size,
  };
}

export function render(list: readonly Endpoint[], commit: string): string {
  const c = coverage(list);
  const hosts = new Set(list.map((e) => e.host)).size;
  return `// GENERATED by scripts/gen-learn-map.ts from third_party/twilio-oai/ (twilio/twilio-oai ${commit}):
// do not edit. Check: npx tsx scripts/gen-learn-map.ts --check
//
// Every endpoint of ${hosts} Twilio hosts with the restricted-key permission it needs, if the catalogue has
// one. Coverage: ${c.mapped} of ${c.endpoints} endpoints mapped; ${c.reachable} of the catalogue's ${c.catalogue}
// permission strings reachable. Format (src/learn/map-format.ts reads it): @host, then each path (~ is the
// host's base) with its methods; POST=create needs /twilio/<the resource named before it>/create, a bare
// POST needs no permission the catalogue knows.

export const LEARN_MAP = \`
${encodeLearnMap(list)}
\`;
`;
}

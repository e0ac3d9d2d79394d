import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  KNOWN_PERMISSIONS,
  MAX_PERMISSIONS,
  PRESETS,
  TEST_CREDENTIAL_PERMISSIONS,
  parsePermissions,
  presetTable,
  unreachableWithTestCredentials,
} from '../../src/policy.js';
import { errorsOf, render, type Parsed } from '../../src/inputs/problems.js';

const GRAMMAR = /^\/twilio\/[a-z0-9-]+\/[a-z0-9-]+(?:\.[a-z0-9-]+)*\/(?:read|list|create|update|delete|\*)$/;
const FORM = '/twilio/<product>/<resource>/<action>';
const TSV = new URL('../../third_party/twilio-permissions/permissions.tsv', import.meta.url);
const preset = (name: string): readonly string[] => PRESETS.find((p) => p.name === name)?.permissions ?? [];
const ok = (permissions: string[]) => ({ value: permissions, problems: [] });
// The lines the user reads: errors after `Input 'permissions': `, warnings as they are.
const errors = errorsOf;
const warnings = (r: Parsed<unknown>) => r.problems.filter((p) => p.severity === 'warning').map(render);

describe('catalogue and presets', () => {
  it('KNOWN_PERMISSIONS are all well formed', () => {
    expect(KNOWN_PERMISSIONS.size).toBeGreaterThan(500);
    expect([...KNOWN_PERMISSIONS].filter((p) => !GRAMMAR.test(p))).toEqual([]);
  });

  it('KNOWN_PERMISSIONS is exactly the TSV catalogue', () => {
    const rows = readFileSync(TSV, 'utf8').trim().split('\n').slice(1);
    const fromTsv = rows.map((row) => row.split('\t')[0]);
    expect([...KNOWN_PERMISSIONS].sort()).toEqual([...new Set(fromTsv)].sort());
  });

  it('has the documented presets, with unique lowercase names', () => {
    const names = PRESETS.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['messaging', 'messaging:read', 'voice', 'voice:read']));
    expect(names).toEqual(expect.arrayContaining(['verify', 'lookup', 'phone-numbers:read']));
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((n) => !/^[a-z0-9-]+(:[a-z]+)?$/.test(n))).toEqual([]);
  });

  it.each(PRESETS.map((p) => [p.name, p] as const))(
    'preset %s: known, unique, non-empty, described',
    (_, p) => {
      expect(p.permissions.length).toBeGreaterThan(0);
      expect(p.permissions.filter((s) => !KNOWN_PERMISSIONS.has(s))).toEqual([]);
      expect(new Set(p.permissions).size).toBe(p.permissions.length);
      expect(p.description.length).toBeGreaterThan(10);
    },
  );

  it.each([
    ['messaging', ['messages/create', 'messages/read', 'messages/list', 'messages.media/read'], ['delete']],
    [
      'messaging:read',
      ['messages/read', 'messages/list', 'messages.media/read'],
      ['create', 'update', 'delete'],
    ],
    ['voice', ['calls/create', 'calls/read', 'calls/list', 'calls/update', 'recordings/read'], ['delete']],
    [
      'voice:read',
      ['calls/read', 'calls/list', 'recordings/read', 'recordings/list'],
      ['create', 'update', 'delete'],
    ],
    ['verify', ['verification/create', 'verification-check/create', 'service/read'], ['delete']],
    ['lookup', ['phone-numbers/read'], []],
    ['phone-numbers:read', ['active-numbers/read', 'active-numbers/list'], ['create', 'update', 'delete']],
  ])('preset %s grants %j and no %j', (name, wanted, forbidden) => {
    const permissions = preset(name);
    for (const w of wanted) expect(permissions.some((p) => p.endsWith(`/${w}`))).toBe(true);
    for (const f of forbidden) expect(permissions.filter((p) => p.endsWith(`/${f}`))).toEqual([]);
  });

  it('presets hold no wildcard', () => {
    expect(PRESETS.flatMap((p) => p.permissions).filter((s) => s.endsWith('/*'))).toEqual([]);
  });
});

describe('parsePermissions: presets and lists', () => {
  it.each(PRESETS.map((p) => [p.name, p.permissions] as const))('expands %s', (name, permissions) => {
    expect(parsePermissions(name)).toEqual(ok([...permissions]));
  });

  it.each(['MESSAGING', 'Voice:Read', '  lookup  '])('matches preset %j case-insensitively', (raw) => {
    expect(parsePermissions(raw).value).toEqual(preset(raw.trim().toLowerCase()));
  });

  it.each([
    ['', []],
    [' , ,\n\n ,', []],
    ['lookup', ['/twilio/lookup/phone-numbers/read']],
    [
      'lookup,\n /twilio/voice/calls/read ,, \r\n\t/twilio/voice/calls/list\r\n',
      ['/twilio/lookup/phone-numbers/read', '/twilio/voice/calls/read', '/twilio/voice/calls/list'],
    ],
    [
      '/twilio/voice/calls/read\n/twilio/voice/calls/list,/twilio/voice/calls/read',
      ['/twilio/voice/calls/read', '/twilio/voice/calls/list'],
    ],
  ])('splits %j on commas and newlines, trims, dedups', (raw, permissions) => {
    expect(parsePermissions(raw)).toEqual(ok(permissions));
  });

  it('dedups across presets and strings, keeping first-seen order', () => {
    const result = parsePermissions('/twilio/messaging/messages/list, messaging\nmessaging:read, messaging');
    expect(result).toEqual(
      ok([
        '/twilio/messaging/messages/list',
        '/twilio/messaging/messages/create',
        '/twilio/messaging/messages/read',
        '/twilio/messaging/messages.media/read',
      ]),
    );
  });
});

describe('parsePermissions: permission strings', () => {
  // Well-formed permission strings, and whether they are in Twilio's catalogue (KNOWN_PERMISSIONS).
  const WELL_FORMED: [permission: string, known: boolean][] = [
    ['/twilio/voice/calls/read', true],
    ['/twilio/voice/calls/*', true],
    ['/twilio/iam/api-keys/delete', true],
    ['/twilio/messaging/services.usa2p-campaign/create', true],
    ['/twilio/voice/sip.domains.auth.calls.credential-list-mappings/list', true],
    ['/twilio/serverless/services/read', false],
    ['/twilio/conversations/conversations.messages/create', false],
    ['/twilio/messaging/messages.media/list', false],
    ['/twilio/messaging/messages.media/*', false],
    ['/twilio/a1/b-2.c3/update', false],
  ];
  const wellFormed = (known: boolean) => WELL_FORMED.filter(([, k]) => k === known).map(([p]) => p);

  it.each(wellFormed(true))('keeps known %s silently', (p) => {
    expect(KNOWN_PERMISSIONS.has(p)).toBe(true);
    expect(parsePermissions(p)).toEqual(ok([p]));
  });

  it.each(wellFormed(false))('keeps well-formed unknown %s with a warning', (p) => {
    expect(KNOWN_PERMISSIONS.has(p)).toBe(false);
    const result = parsePermissions(`${p}, ${p}`);
    expect(result.value).toEqual([p]);
    expect(errors(result)).toEqual([]);
    expect(warnings(result)).toHaveLength(1);
    expect(warnings(result)[0]).toContain(`permissions: "${p}" is not in`);
    expect(warnings(result)[0]).toContain('sent to Twilio as is');
  });

  it.each([
    ['/twilio/mesaging/messages/read', '/twilio/messaging/messages/read'],
    ['/twilio/voice/calls.recording/read', '/twilio/voice/calls.recordings/read'],
    ['/twilio/serverless/services/read', undefined],
  ])(
    'an unknown %s close to the known %s is an error with the suggestion; a far one a warning',
    (item, suggestion) => {
      const result = parsePermissions(item);
      if (suggestion === undefined) {
        expect(errors(result)).toEqual([]);
        expect(warnings(result)[0]).not.toContain('Did you mean');
      } else {
        expect(warnings(result)).toEqual([]);
        expect(errors(result)).toHaveLength(1);
        expect(errors(result)[0]).toContain(`Input 'permissions': "${item}" is not a known permission.`);
        expect(errors(result)[0]).toContain(`Did you mean "${suggestion}"?`);
      }
    },
  );

  it('the typo of the issue (/twilio/messaging/message/create) is an input error', () => {
    const result = parsePermissions('/twilio/messaging/message/create');
    expect(errors(result)[0]).toContain('Did you mean "/twilio/messaging/messages/create"?');
  });

  it.each([
    ['/twilio/Messaging/messages/read', '/twilio/messaging/messages/read'],
    ['/TWILIO/VOICE/CALLS/READ', '/twilio/voice/calls/read'],
    ['/twilio/messaging/messages/Read', '/twilio/messaging/messages/read'],
    ['/twilio/messaging/messages/read/', '/twilio/messaging/messages/read'],
    ['/twilio/voice/calls/*/', '/twilio/voice/calls/*'],
    ['twilio/voice/calls/read', '/twilio/voice/calls/read'],
    ['/twilio/voice/calls/ read', '/twilio/voice/calls/read'],
    ['/twilio/messaging/messages', 'one of /twilio/messaging/messages/*, /twilio/messaging/messages/read'],
    ['/twilio/voice/calls/**', '/twilio/voice/calls/*'],
    ['/twilio/voice/calls..recordings/read', '/twilio/voice/calls.recordings/read'],
    ['/twilio/voice/calls/recordings/read', '/twilio/voice/calls.recordings/read'],
    ['/twilio/voice/.calls/read', '/twilio/voice/calls/read'],
    ['/twilio/voice/calls./read', '/twilio/voice/calls/read'],
    ['/twilio/voice_x/calls/read', '/twilio/voice/calls/read'],
    ['/twilio/voice/calls/read;', '/twilio/voice/calls/read'],
    ['/twilio/voice/calls/list/?', '/twilio/voice/calls/list'],
    ['/twilio/voice/calls/execute', undefined],
    ['/twilio/x_y/z/read', undefined],
    ['/twilio/voice', undefined],
    ['/twilio', undefined],
    ['/', undefined],
  ])('rejects malformed %j', (item, suggestion) => {
    const result = parsePermissions(`lookup, ${item}`);
    expect(result.value).toEqual(['/twilio/lookup/phone-numbers/read']);
    expect(errors(result)).toHaveLength(1);
    const [error = ''] = errors(result);
    expect(error).toContain(`Input 'permissions': "${item}"`);
    expect(error).toContain(FORM);
    if (suggestion === undefined) expect(error).not.toContain('Did you mean');
    else
      expect(error).toContain(
        `Did you mean ${suggestion.startsWith('one of') ? suggestion : `"${suggestion}"`}`,
      );
  });

  it.each([
    ['messageing', 'messaging'],
    ['voice-read', 'voice:read'],
    ['voise', 'voice'],
    ['sms', undefined],
    ['all', undefined],
  ])('rejects unknown preset %j and lists the presets', (item, suggestion) => {
    const result = parsePermissions(item);
    expect(result.value).toEqual([]);
    expect(errors(result)).toHaveLength(1);
    const [error = ''] = errors(result);
    expect(error).toContain(`Input 'permissions': unknown preset "${item}"`);
    for (const p of PRESETS) expect(error).toContain(p.name);
    if (suggestion === undefined) expect(error).not.toContain('Did you mean');
    else expect(error).toContain(`Did you mean "${suggestion}"?`);
  });
});

describe('parsePermissions: REST URL paths', () => {
  it.each([
    ['/2010-04-01/Accounts/{AccountSid}/Messages.json', ['/twilio/messaging/messages/create'], 'messaging'],
    [
      '/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Calls*',
      ['/twilio/voice/calls/create'],
      'voice',
    ],
    ['/2010-04-01/Accounts/AC.../Calls', ['/twilio/voice/calls/update'], 'voice'],
    [
      'https://api.twilio.com/2010-04-01/Accounts/ACxx/Messages/*',
      ['/twilio/messaging/messages/list'],
      'messaging',
    ],
    [
      '/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}/Media.json',
      ['/twilio/messaging/messages.media/read'],
      'messaging',
    ],
    [
      '/2010-04-01/Accounts/{AccountSid}/Calls/CA00/Recordings.json',
      ['/twilio/voice/calls.recordings/read', '/twilio/voice/calls.recordings/list'],
      'voice',
    ],
    [
      '/2010-04-01/Accounts/{AccountSid}/Recordings/RE1.json',
      ['/twilio/voice/recordings/list'],
      'voice:read',
    ],
    [
      '/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers.json',
      ['/twilio/phone-numbers/active-numbers/create', '/twilio/phone-numbers/active-numbers/read'],
      'phone-numbers:read',
    ],
    [
      '/2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers/US/Local.json',
      ['/twilio/phone-numbers/available-numbers/list'],
      'phone-numbers:read',
    ],
    [
      '/2010-04-01/Accounts/{AccountSid}/Usage/Records/Daily.json',
      ['/twilio/billing/usage/read'],
      'usage:read',
    ],
    ['/2010-04-01/accounts/{accountsid}/messages', ['/twilio/messaging/messages/read'], 'messaging'],
  ])('rejects %s and suggests %j', (item, suggested, presetName) => {
    const result = parsePermissions(item);
    expect(result.value).toEqual([]);
    expect(errors(result)).toHaveLength(1);
    const [error = ''] = errors(result);
    expect(error).toContain(`Input 'permissions': "${item}" is a REST URL path`);
    expect(error).toContain(FORM);
    for (const s of suggested) {
      expect(KNOWN_PERMISSIONS.has(s)).toBe(true);
      expect(error).toContain(s);
    }
    expect(error).toContain(presetName);
    // Only strings of the mapped resource are suggested.
    const resource = suggested[0]?.split('/')[3] ?? '';
    const offered = error.match(/\/twilio\/[a-z0-9-]+\/[^/\s]+\/[a-z*]+/g) ?? [];
    expect(offered.filter((s) => s.split('/')[3] !== resource)).toEqual([]);
  });

  it('suggests read for a sub-resource without the parent resource', () => {
    const [error = ''] = errors(
      parsePermissions('/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings.json'),
    );
    expect(error).not.toContain('/twilio/voice/calls/create');
  });

  it.each([
    '/2010-04-01/Accounts/{AccountSid}/Faxes.json',
    '/v1/Services/*',
    '/v2/PhoneNumbers/{PhoneNumber}',
  ])('rejects %s without a known equivalent', (item) => {
    const [error = '', ...rest] = errors(parsePermissions(item));
    expect(rest).toEqual([]);
    expect(error).toContain(`Input 'permissions': "${item}" is a REST URL path`);
    expect(error).toContain('No equivalent is known');
  });
});

describe('parsePermissions: the 100-permission limit', () => {
  const unknown = (n: number) => Array.from({ length: n }, (_, i) => `/twilio/x/r${i}/read`);
  const voice = [...KNOWN_PERMISSIONS].filter((p) => p.startsWith('/twilio/voice/') && !p.endsWith('/*'));

  it('allows exactly 100, counted after dedup', () => {
    const items = unknown(MAX_PERMISSIONS);
    const result = parsePermissions([...items, ...items.slice(0, 10)].join('\n'));
    expect(MAX_PERMISSIONS).toBe(100);
    expect(result.value).toHaveLength(100);
    expect(errors(result)).toEqual([]);
  });

  it('rejects 101 and names the input, the limit and the count', () => {
    const result = parsePermissions(unknown(101).join(','));
    expect(errors(result)).toHaveLength(1);
    expect(errors(result)[0]).toMatch(/^Input 'permissions': 101 permissions .* at most 100 per API key/);
    expect(errors(result)[0]).not.toContain('/*');
  });

  it('counts preset expansions', () => {
    const presetSize = preset('messaging').length;
    expect(errors(parsePermissions(['messaging', ...unknown(100 - presetSize)].join(',')))).toEqual([]);
    expect(errors(parsePermissions(['messaging', ...unknown(101 - presetSize)].join(',')))).toHaveLength(1);
  });

  it('suggests no wildcard the catalogue lacks, even for resources with every action', () => {
    const actions = ['read', 'list', 'create', 'update', 'delete'];
    const items = Array.from({ length: 21 }, (_, i) => actions.map((a) => `/twilio/x/r${i}/${a}`)).flat();
    const [error = ''] = errors(parsePermissions(items.join('\n')));
    expect(error).toContain('105 permissions');
    expect(error).not.toContain('/*');
  });

  it('suggests only wildcards the catalogue knows, for resources in the request', () => {
    expect(voice.length).toBeGreaterThan(MAX_PERMISSIONS);
    const [error = ''] = errors(parsePermissions(voice.join('\n')));
    const wildcards = error?.match(/\/twilio\/\S+\/\*/g) ?? [];
    expect(wildcards.length).toBeGreaterThan(0);
    for (const w of wildcards) {
      expect(KNOWN_PERMISSIONS.has(w)).toBe(true);
      expect(voice.some((p) => p.startsWith(w.slice(0, -1)))).toBe(true);
    }
  });
});

describe('unreachableWithTestCredentials', () => {
  it('maps the four test-credential endpoints to known permissions', () => {
    expect([...TEST_CREDENTIAL_PERMISSIONS].sort()).toEqual([
      '/twilio/lookup/phone-numbers/read',
      '/twilio/messaging/messages/create',
      '/twilio/phone-numbers/active-numbers/create',
      '/twilio/voice/calls/create',
    ]);
    for (const p of TEST_CREDENTIAL_PERMISSIONS) expect(KNOWN_PERMISSIONS.has(p)).toBe(true);
  });

  it.each([
    [[], []],
    [[...TEST_CREDENTIAL_PERMISSIONS], []],
    [preset('lookup'), []],
    [
      preset('messaging'),
      [
        '/twilio/messaging/messages/read',
        '/twilio/messaging/messages/list',
        '/twilio/messaging/messages.media/read',
      ],
    ],
    [
      ['/twilio/voice/calls/*', '/twilio/voice/calls/create', '/twilio/x/y/create'],
      ['/twilio/voice/calls/*', '/twilio/x/y/create'],
    ],
  ])('%j -> %j', (permissions, unreachable) => {
    expect(unreachableWithTestCredentials(permissions)).toEqual(unreachable);
  });
});

describe('presetTable', () => {
  it('has a header and one row per preset with every permission', () => {
    const lines = presetTable().split('\n');
    expect(lines.slice(0, 2)).toEqual(['| preset | permissions | description |', '| --- | --- | --- |']);
    expect(lines).toHaveLength(PRESETS.length + 2);
    PRESETS.forEach((p, i) => {
      const row = lines[i + 2] ?? '';
      expect(row.startsWith(`| \`${p.name}\` | `)).toBe(true);
      expect(row.endsWith(` | ${p.description} |`)).toBe(true);
      for (const s of p.permissions) expect(row).toContain(`\`${s}\``);
    });
  });

  it('docs/presets.md is up to date (npx tsx scripts/gen-permissions.ts)', () => {
    const docs = readFileSync(new URL('../../docs/presets.md', import.meta.url), 'utf8');
    expect(docs).toContain(`\n${presetTable()}\n`);
  });
});

/**
 * API 2010-04-01: Messages, Calls and IncomingPhoneNumbers (POST only), for live accounts and for test
 * credentials (magic numbers, see testCredentials.ts). Every created message is recorded in the store.
 */
import { accountInScope, requirePermission } from './access.js';
import { rfc2822, truncateToSeconds } from './clock.js';
import type { Handler, RequestContext } from './context.js';
import { field, fields } from './context.js';
import { authenticate, TwilioError } from './errors.js';
import { newSid } from './ids.js';
import { formatted } from './phone.js';
import { callOutcome, incomingNumberOutcome, messageOutcome, type MagicError } from './testCredentials.js';
import type { AccountRecord } from './types.js';

const API = '/2010-04-01';

/** The account in the path: test credentials only their own; others their own account or a subaccount. */
function pathAccount(ctx: RequestContext, permission: string): AccountRecord {
  const sid = ctx.params['AccountSid'] ?? '';
  if (ctx.principal.kind === 'test') {
    if (sid !== ctx.principal.account.sid) throw authenticate();
    return ctx.principal.account;
  }
  const account = accountInScope(ctx.store, ctx.principal, sid, ctx.path);
  requirePermission(ctx.principal, permission);
  return account;
}

function fail(e: MagicError): never {
  throw new TwilioError(400, e.code, e.message);
}

export const createMessage: Handler = (ctx) => {
  const account = pathAccount(ctx, '/twilio/messaging/messages/create');
  const to = field(ctx.form, 'To');
  const from = field(ctx.form, 'From') || null;
  const messagingServiceSid = field(ctx.form, 'MessagingServiceSid') || null;
  const body = field(ctx.form, 'Body') ?? null;
  const mediaUrls = fields(ctx.form, 'MediaUrl');
  if (!to) fail({ code: 21604, message: "A 'To' phone number is required." });
  if (!from && !messagingServiceSid) fail({ code: 21603, message: "A 'From' phone number is required." });
  if (!body && mediaUrls.length === 0 && !field(ctx.form, 'ContentSid')) {
    fail({ code: 21602, message: 'Message body is required.' });
  }
  const test = ctx.principal.kind === 'test';
  if (test) {
    const outcome = messageOutcome(from ?? '', to);
    if (outcome) fail(outcome);
  }

  const now = truncateToSeconds(ctx.clock.now());
  const sid = newSid(mediaUrls.length > 0 ? 'MM' : 'SM');
  const status = from ? 'queued' : 'accepted';
  ctx.store.messages.push({
    sid,
    accountSid: account.sid,
    from,
    to,
    body,
    mediaUrls,
    messagingServiceSid,
    status,
    test,
    authUser: ctx.principal.user,
    dateCreated: now,
  });
  const uri = `${API}/Accounts/${account.sid}/Messages/${sid}.json`;
  return {
    status: 201,
    body: {
      account_sid: account.sid,
      api_version: '2010-04-01',
      body,
      date_created: rfc2822(now),
      date_sent: null,
      date_updated: rfc2822(now),
      direction: 'outbound-api',
      error_code: null,
      error_message: null,
      from,
      messaging_service_sid: messagingServiceSid,
      num_media: String(mediaUrls.length),
      num_segments: String(Math.max(1, Math.ceil((body ?? '').length / 160))),
      price: null,
      price_unit: 'USD',
      sid,
      status,
      subresource_uris: { media: `${API}/Accounts/${account.sid}/Messages/${sid}/Media.json` },
      to,
      uri,
    },
  };
};

export const createCall: Handler = (ctx) => {
  const account = pathAccount(ctx, '/twilio/voice/calls/create');
  const to = field(ctx.form, 'To');
  const from = field(ctx.form, 'From');
  if (!to) fail({ code: 21201, message: "No 'To' number is specified" });
  if (!from) fail({ code: 21213, message: "No 'From' number is specified" });
  if (!field(ctx.form, 'Url') && !field(ctx.form, 'Twiml') && !field(ctx.form, 'ApplicationSid')) {
    fail({ code: 21205, message: 'A Url, Twiml or ApplicationSid parameter is required' });
  }
  if (ctx.principal.kind === 'test') {
    const outcome = callOutcome(from, to);
    if (outcome) fail(outcome);
  }
  const now = rfc2822(truncateToSeconds(ctx.clock.now()));
  const sid = newSid('CA');
  const base = `${API}/Accounts/${account.sid}/Calls/${sid}`;
  const sub = (name: string) => `${base}/${name}.json`;
  return {
    status: 201,
    body: {
      account_sid: account.sid,
      answered_by: null,
      api_version: '2010-04-01',
      caller_name: null,
      date_created: now,
      date_updated: now,
      direction: 'outbound-api',
      duration: null,
      end_time: null,
      forwarded_from: null,
      from,
      from_formatted: formatted(from),
      group_sid: null,
      parent_call_sid: null,
      phone_number_sid: null,
      price: null,
      price_unit: 'USD',
      queue_time: '0',
      sid,
      start_time: null,
      status: 'queued',
      subresource_uris: {
        notifications: sub('Notifications'),
        recordings: sub('Recordings'),
        payments: sub('Payments'),
        events: sub('Events'),
        siprec: sub('Siprec'),
        streams: sub('Streams'),
        transcriptions: sub('Transcriptions'),
        user_defined_message_subscriptions: sub('UserDefinedMessageSubscriptions'),
        user_defined_messages: sub('UserDefinedMessages'),
      },
      to,
      to_formatted: formatted(to),
      trunk_sid: null,
      uri: `${base}.json`,
    },
  };
};

export const createIncomingPhoneNumber: Handler = (ctx) => {
  const account = pathAccount(ctx, '/twilio/phone-numbers/active-numbers/create');
  const phoneNumber = field(ctx.form, 'PhoneNumber') || undefined;
  const areaCode = field(ctx.form, 'AreaCode') || undefined;
  if (phoneNumber === undefined && areaCode === undefined) {
    fail({ code: 21451, message: 'Either a PhoneNumber or an AreaCode is required' });
  }
  let number: string;
  if (ctx.principal.kind === 'test') {
    const outcome = incomingNumberOutcome(phoneNumber, areaCode);
    if (!('number' in outcome)) fail(outcome);
    number = outcome.number;
  } else {
    number = phoneNumber ?? `+1${areaCode}${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
  }
  const now = rfc2822(truncateToSeconds(ctx.clock.now()));
  const sid = newSid('PN');
  const opt = (name: string) => field(ctx.form, name) || null;
  const method = (name: string) => (field(ctx.form, name) === 'GET' ? 'GET' : 'POST');
  return {
    status: 201,
    body: {
      account_sid: account.sid,
      address_requirements: 'none',
      address_sid: null,
      api_version: '2010-04-01',
      beta: false,
      bundle_sid: null,
      capabilities: { voice: true, sms: true, mms: true, fax: false },
      date_created: now,
      date_updated: now,
      emergency_address_sid: null,
      emergency_address_status: 'unregistered',
      emergency_status: 'Inactive',
      friendly_name: opt('FriendlyName') ?? formatted(number),
      identity_sid: null,
      origin: 'twilio',
      phone_number: number,
      sid,
      sms_application_sid: opt('SmsApplicationSid'),
      sms_fallback_method: method('SmsFallbackMethod'),
      sms_fallback_url: opt('SmsFallbackUrl'),
      sms_method: method('SmsMethod'),
      sms_url: opt('SmsUrl'),
      status: 'in-use',
      status_callback: opt('StatusCallback'),
      status_callback_method: method('StatusCallbackMethod'),
      trunk_sid: null,
      type: 'local',
      uri: `${API}/Accounts/${account.sid}/IncomingPhoneNumbers/${sid}.json`,
      voice_application_sid: opt('VoiceApplicationSid'),
      voice_caller_id_lookup: field(ctx.form, 'VoiceCallerIdLookup') === 'true',
      voice_fallback_method: method('VoiceFallbackMethod'),
      voice_fallback_url: opt('VoiceFallbackUrl'),
      voice_method: method('VoiceMethod'),
      voice_receive_mode: 'voice',
      voice_url: opt('VoiceUrl'),
    },
  };
};

/** Lookups v2: GET /v2/PhoneNumbers/{PhoneNumber} (basic validation only; no add-on data packages). */
import { requirePermission } from './access.js';
import type { Handler } from './context.js';
import { parsePhoneNumber } from './phone.js';

export const lookupPhoneNumber: Handler = (ctx) => {
  requirePermission(ctx.principal, '/twilio/lookup/phone-numbers/read');
  const parsed = parsePhoneNumber(ctx.params['PhoneNumber'] ?? '');
  return {
    status: 200,
    body: {
      calling_country_code: parsed.callingCode,
      country_code: parsed.iso,
      phone_number: parsed.e164,
      national_format: parsed.national,
      valid: parsed.valid,
      validation_errors: parsed.valid ? null : parsed.errors,
      caller_name: null,
      sim_swap: null,
      call_forwarding: null,
      line_type_intelligence: null,
      line_status: null,
      identity_match: null,
      reassigned_number: null,
      sms_pumping_risk: null,
      phone_number_quality_score: null,
      pre_fill: null,
      url: `${ctx.origin}/v2/PhoneNumbers/${encodeURI(parsed.e164)}`,
    },
  };
};

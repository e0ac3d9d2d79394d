/**
 * Twilio test credentials: the magic phone numbers and what each one answers.
 * Source: Twilio's "Test credentials" documentation (Messages, Calls, IncomingPhoneNumbers tables).
 * Checks run From (or PhoneNumber / AreaCode) first, then To.
 */

export interface MagicError {
  code: number;
  message: string;
}

export const MAGIC_VALID_FROM = '+15005550006';

const MESSAGE_TO: Record<string, (n: string) => string> = {
  '+15005550001': (n) => `21211|The 'To' number ${n} is not a valid phone number.`,
  '+15005550002': (n) =>
    `21612|The 'To' phone number: ${n}, is not currently reachable using the 'From' phone number: ${MAGIC_VALID_FROM} via SMS.`,
  '+15005550003': (n) =>
    `21408|Permission to send an SMS has not been enabled for the region indicated by the 'To' number: ${n}.`,
  '+15005550004': () => '21610|Attempt to send to unsubscribed recipient',
  '+15005550009': () => "21614|'To' number is not a valid mobile number",
};

const MESSAGE_FROM: Record<string, (n: string) => string> = {
  '+15005550001': (n) =>
    `21212|The 'From' number ${n} is not a valid phone number, shortcode, or alphanumeric sender ID.`,
  '+15005550007': (n) =>
    `21606|The 'From' phone number provided (${n}) is not a valid message-capable Twilio phone number for this destination/account.`,
  '+15005550008': () => "21611|This 'From' number has exceeded the maximum number of queued messages",
};

const CALL_TO: Record<string, (n: string) => string> = {
  '+15005550001': (n) => `21217|Phone number ${n} does not appear to be valid`,
  '+15005550002': (n) => `21214|'To' phone number ${n} cannot be reached`,
  '+15005550003': (n) =>
    `21215|Account not authorized to call ${n}. Perhaps you need to enable some international permissions`,
  '+15005550004': (n) => `21216|Account not allowed to call ${n}`,
};

function parse(entry: string): MagicError {
  const cut = entry.indexOf('|');
  return { code: Number(entry.slice(0, cut)), message: entry.slice(cut + 1) };
}

/** Outcome of POST Messages.json with test credentials; undefined = 201. Any unknown From is 21606. */
export function messageOutcome(from: string, to: string): MagicError | undefined {
  const byFrom = MESSAGE_FROM[from];
  if (byFrom) return parse(byFrom(from));
  if (from !== MAGIC_VALID_FROM) return parse(MESSAGE_FROM['+15005550007']!(from));
  const byTo = MESSAGE_TO[to];
  return byTo ? parse(byTo(to)) : undefined;
}

/** Outcome of POST Calls.json with test credentials; undefined = 201. Any other From is 21210 (not verified). */
export function callOutcome(from: string, to: string): MagicError | undefined {
  if (from === '+15005550001') {
    return parse(
      `21212|The 'From' number ${from} is not a valid phone number, shortcode, or alphanumeric sender ID.`,
    );
  }
  if (from !== MAGIC_VALID_FROM) {
    return parse(`21210|The source phone number provided, ${from}, is not yet verified for your account.`);
  }
  const byTo = CALL_TO[to];
  return byTo ? parse(byTo(to)) : undefined;
}

/**
 * Outcome of POST IncomingPhoneNumbers.json with test credentials: the number bought, or an error.
 * PhoneNumber +15005550006 and AreaCode 500 succeed; +15005550000 (and any other number) is unavailable
 * (21422), +15005550001 invalid (21421), AreaCode 533 (and any other) has no numbers (21452).
 */
export function incomingNumberOutcome(
  phoneNumber: string | undefined,
  areaCode: string | undefined,
): { number: string } | MagicError {
  if (phoneNumber !== undefined) {
    if (phoneNumber === MAGIC_VALID_FROM) return { number: phoneNumber };
    if (phoneNumber === '+15005550001')
      return { code: 21421, message: `PhoneNumber ${phoneNumber} is invalid` };
    return { code: 21422, message: `PhoneNumber ${phoneNumber} is not available` };
  }
  if (areaCode === '500') return { number: MAGIC_VALID_FROM };
  return { code: 21452, message: `No phone numbers found in area code ${areaCode ?? ''}`.trimEnd() };
}

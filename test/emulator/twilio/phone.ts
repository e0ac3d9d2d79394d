/** Just enough phone-number knowledge for response bodies (E.164 in, national format out). */

const COUNTRIES: Record<string, { iso: string; nationalDigits: number[] }> = {
  '1': { iso: 'US', nationalDigits: [10] },
  '44': { iso: 'GB', nationalDigits: [9, 10] },
  '49': { iso: 'DE', nationalDigits: [7, 8, 9, 10, 11] },
  '33': { iso: 'FR', nationalDigits: [9] },
  '61': { iso: 'AU', nationalDigits: [9] },
  '91': { iso: 'IN', nationalDigits: [10] },
};

export type ValidationError = 'TOO_SHORT' | 'TOO_LONG' | 'INVALID_COUNTRY_CODE' | 'NOT_A_NUMBER';

export interface ParsedNumber {
  e164: string;
  valid: boolean;
  callingCode: string | null;
  iso: string | null;
  national: string | null;
  errors: ValidationError[];
}

/** Parses E.164 or a North American national number (Twilio's default country for Lookups is +1). */
export function parsePhoneNumber(input: string): ParsedNumber {
  const trimmed = input.trim();
  const digits = trimmed.replace(/[\s().-]/g, '');
  const invalid = (e164: string, error: ValidationError): ParsedNumber => ({
    e164,
    valid: false,
    callingCode: null,
    iso: null,
    national: null,
    errors: [error],
  });
  if (!/^\+?\d+$/.test(digits)) return invalid(trimmed, 'NOT_A_NUMBER');
  const e164 = digits.startsWith('+')
    ? digits
    : digits.length === 11 && digits.startsWith('1')
      ? `+${digits}`
      : `+1${digits}`;
  const callingCode = ['1', '44', '49', '33', '61', '91'].find((c) => e164.startsWith(`+${c}`));
  if (!callingCode) return invalid(e164, 'INVALID_COUNTRY_CODE');
  const country = COUNTRIES[callingCode]!;
  const nationalNumber = e164.slice(1 + callingCode.length);
  const min = Math.min(...country.nationalDigits);
  const max = Math.max(...country.nationalDigits);
  if (nationalNumber.length < min) return invalid(e164, 'TOO_SHORT');
  if (nationalNumber.length > max) return invalid(e164, 'TOO_LONG');
  return {
    e164,
    valid: true,
    callingCode,
    iso: country.iso,
    national: nationalFormat(callingCode, nationalNumber),
    errors: [],
  };
}

function nationalFormat(callingCode: string, n: string): string {
  if (callingCode === '1') return `(${n.slice(0, 3)}) ${n.slice(3, 6)}-${n.slice(6)}`;
  return `0${n}`;
}

/** "(415) 867-5309" for +1 numbers, else the number itself. */
export function formatted(number: string): string {
  const parsed = parsePhoneNumber(number);
  return parsed.valid && parsed.national !== null ? parsed.national : number;
}

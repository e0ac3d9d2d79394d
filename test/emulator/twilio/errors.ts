/** Twilio's error body, and the errors the emulator raises while handling a request. */

export interface TwilioErrorBody {
  code: number;
  message: string;
  more_info: string;
  status: number;
}

export class TwilioError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'TwilioError';
  }

  toBody(): TwilioErrorBody {
    return errorBody(this.status, this.code, this.message);
  }
}

export function errorBody(status: number, code: number, message: string): TwilioErrorBody {
  return { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status };
}

/** 401 / 20003: wrong, unknown or insufficient credentials. Twilio's own message is "Authenticate". */
export function authenticate(message = 'Authenticate'): TwilioError {
  return new TwilioError(401, 20003, message, { 'WWW-Authenticate': 'Basic realm="Twilio API"' });
}

export function notFound(path: string): TwilioError {
  return new TwilioError(404, 20404, `The requested resource ${path} was not found`);
}

export function badRequest(message: string, code = 20001): TwilioError {
  return new TwilioError(400, code, message);
}

export function testCredentialsNotAllowed(): TwilioError {
  return new TwilioError(403, 20008, 'Resource not accessible with Test Account Credentials');
}

export function methodNotAllowed(method: string): TwilioError {
  return new TwilioError(405, 20004, `Method ${method} not allowed`);
}

/** Default Twilio error code for an HTTP status (used by injected 'status' faults). */
export function defaultCode(status: number): number {
  if (status === 429) return 20429;
  if (status >= 500) return 20500;
  const byStatus: Record<number, number> = { 400: 20001, 401: 20003, 403: 20403, 404: 20404, 405: 20004 };
  return byStatus[status] ?? 20001;
}

export function defaultMessage(status: number): string {
  const byStatus: Record<number, string> = {
    400: 'Bad Request',
    401: 'Authenticate',
    403: 'Forbidden',
    404: 'Not Found',
    429: 'Too Many Requests',
    500: 'Internal Server Error',
    502: 'Bad Gateway',
    503: 'Service Unavailable',
    504: 'Gateway Timeout',
  };
  return byStatus[status] ?? `HTTP ${status}`;
}

/** GitHub's error shape { message, documentation_url, status }, and the reply type the routes return. */
import { randomBytes } from 'node:crypto';

export const DOCS = 'https://docs.github.com/rest';
export const SECRETS_DOCS = 'https://docs.github.com/rest/actions/secrets';

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly documentationUrl = DOCS,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const notFound = (docs = DOCS): HttpError => new HttpError(404, 'Not Found', docs);

export function errorReply(
  status: number,
  message: string,
  docs = DOCS,
  headers: Record<string, string> = {},
): Reply {
  return { status, body: { message, documentation_url: docs, status: String(status) }, headers };
}

export function requestId(): string {
  const hex = randomBytes(10).toString('hex').toUpperCase();
  return `${hex.slice(0, 4)}:${hex.slice(4, 8)}:${hex.slice(8, 14)}:${hex.slice(14, 20)}`;
}

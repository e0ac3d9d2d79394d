/** A tiny fetch client for tests and scripts that talk to the emulator directly. */

export interface Credentials {
  user: string;
  password: string;
}

export interface CallOptions {
  auth?: Credentials | [string, string];
  form?: Record<string, string | string[]>;
  query?: Record<string, string>;
  signal?: AbortSignal;
}

export interface CallResult<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  /** Parsed JSON, or undefined for an empty body. */
  body: T;
}

export function basicAuth(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}

export function formBody(form: Record<string, string | string[]>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(form)) {
    for (const v of Array.isArray(value) ? value : [value]) params.append(name, v);
  }
  return params.toString();
}

/** `pathOrUrl` is a path on `origin`, or an absolute URL (e.g. a next_page_url). */
export async function call<T = Record<string, unknown>>(
  origin: string,
  method: string,
  pathOrUrl: string,
  opts: CallOptions = {},
): Promise<CallResult<T>> {
  const url = new URL(pathOrUrl, origin);
  for (const [k, v] of Object.entries(opts.query ?? {})) url.searchParams.set(k, v);
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (opts.auth) {
    const [user, password] = Array.isArray(opts.auth) ? opts.auth : [opts.auth.user, opts.auth.password];
    headers['Authorization'] = basicAuth(user, password);
  }
  let body: string | undefined;
  if (opts.form) {
    headers['Content-Type'] = 'application/x-www-form-urlencoded';
    body = formBody(opts.form);
  }
  const init: RequestInit = { method, headers };
  if (body !== undefined) init.body = body;
  if (opts.signal) init.signal = opts.signal;
  const res = await fetch(url, init);
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: (text ? JSON.parse(text) : undefined) as T };
}

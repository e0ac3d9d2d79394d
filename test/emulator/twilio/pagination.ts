/**
 * Cursor paging in Twilio's style: `PageSize` (default 50, 1..1000), `Page` (a number the client carries
 * along) and an opaque `PageToken`. Tokens hold the position of the edge item, so deleting keys while
 * paging (what sweep does) neither skips nor repeats items.
 */
import { badRequest } from './errors.js';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 1000;

/** Position in list order: newest first, then highest seq first. */
export interface Position {
  time: number;
  seq: number;
}

export interface PageRequest {
  pageSize: number;
  page: number;
  token: { after: boolean; position: Position } | undefined;
}

export interface PageMeta {
  page: number;
  page_size: number;
  first_page_url: string;
  previous_page_url: string | null;
  url: string;
  next_page_url: string | null;
  key: string;
}

export function parsePageRequest(query: Record<string, string>): PageRequest {
  const pageSize = parseInteger(query['PageSize'], 'PageSize', DEFAULT_PAGE_SIZE);
  if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    throw badRequest(`PageSize must be between 1 and ${MAX_PAGE_SIZE}`);
  }
  const page = parseInteger(query['Page'], 'Page', 0);
  if (page < 0) throw badRequest('Page must be 0 or more');
  const raw = query['PageToken'];
  return { pageSize, page, token: raw === undefined || raw === '' ? undefined : decodeToken(raw) };
}

function parseInteger(raw: string | undefined, name: string, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  if (!/^-?\d+$/.test(raw)) throw badRequest(`${name} must be an integer`);
  return Number(raw);
}

function encodeToken(after: boolean, p: Position): string {
  return (after ? 'PA' : 'PB') + Buffer.from(`${p.time}.${p.seq}`).toString('base64url');
}

function decodeToken(raw: string): { after: boolean; position: Position } {
  const match = /^P([AB])([A-Za-z0-9_-]+)$/.exec(raw);
  const decoded = match?.[2] ? Buffer.from(match[2], 'base64url').toString('utf8') : '';
  const parts = /^(\d+)\.(\d+)$/.exec(decoded);
  if (!match || !parts) throw badRequest('Invalid PageToken');
  return { after: match[1] === 'A', position: { time: Number(parts[1]), seq: Number(parts[2]) } };
}

/** -1 when a comes first in list order. */
export function compare(a: Position, b: Position): number {
  if (a.time !== b.time) return b.time - a.time;
  return b.seq - a.seq;
}

/** [start, end) of the requested page in `items`. */
function pageWindow<T>(
  items: readonly T[],
  position: (item: T) => Position,
  req: PageRequest,
): [number, number] {
  if (!req.token) return [0, Math.min(items.length, req.pageSize)];
  const cursor = req.token.position;
  if (req.token.after) {
    // The page starts right after the cursor item (which may have been deleted since).
    let start = items.findIndex((it) => compare(position(it), cursor) > 0);
    if (start < 0) start = items.length;
    return [start, Math.min(items.length, start + req.pageSize)];
  }
  // A previous page ends right before the cursor item.
  let end = items.findIndex((it) => compare(position(it), cursor) >= 0);
  if (end < 0) end = items.length;
  return [Math.max(0, end - req.pageSize), end];
}

/**
 * One page of `items` (already in list order). `urlFor(params)` builds an absolute page URL from the
 * list's own query parameters plus PageSize / Page / PageToken.
 */
export function paginate<T>(
  items: readonly T[],
  position: (item: T) => Position,
  req: PageRequest,
  key: string,
  urlFor: (paging: { PageSize: number; Page: number; PageToken?: string }) => string,
): { items: T[]; meta: PageMeta } {
  const [start, end] = pageWindow(items, position, req);
  const page = items.slice(start, end);
  const first = page[0];
  const last = page[page.length - 1];
  const current: { PageSize: number; Page: number; PageToken?: string } = {
    PageSize: req.pageSize,
    Page: req.page,
  };
  if (req.token) current.PageToken = encodeToken(req.token.after, req.token.position);
  return {
    items: page,
    meta: {
      page: req.page,
      page_size: req.pageSize,
      first_page_url: urlFor({ PageSize: req.pageSize, Page: 0 }),
      previous_page_url:
        start > 0 && first !== undefined
          ? urlFor({
              PageSize: req.pageSize,
              Page: Math.max(0, req.page - 1),
              PageToken: encodeToken(false, position(first)),
            })
          : null,
      url: urlFor(current),
      next_page_url:
        end < items.length && last !== undefined
          ? urlFor({
              PageSize: req.pageSize,
              Page: req.page + 1,
              PageToken: encodeToken(true, position(last)),
            })
          : null,
      key,
    },
  };
}

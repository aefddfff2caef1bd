import { ApiError } from './errors';

/** List paging: `limit` 1..100 (default 20) and opaque cursors that clients must not parse. */

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

export function parseLimit(raw: string | undefined): number {
  if (raw === undefined || raw === '') return DEFAULT_LIMIT;
  const limit = Number(raw);
  if (!/^\d+$/.test(raw) || limit < 1 || limit > MAX_LIMIT) {
    throw new ApiError(400, 'invalid_request', `limit must be an integer from 1 to ${MAX_LIMIT}.`, {
      param: 'limit',
      max: MAX_LIMIT,
    });
  }
  return limit;
}

export function encodeCursor(position: number): string {
  return Buffer.from(JSON.stringify({ v: 1, p: position })).toString('base64url');
}

export function decodeCursor(raw: string | undefined): number | null {
  if (raw === undefined || raw === '') return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (parsed && typeof parsed === 'object' && 'p' in parsed && Number.isInteger(parsed.p) && (parsed.p as number) >= 0) {
      return parsed.p as number;
    }
  } catch {
    // Falls through to the error below.
  }
  throw new ApiError(400, 'invalid_request', 'cursor is not valid; pass next_cursor from the previous page unchanged.', {
    param: 'cursor',
  });
}

/** Cuts one page from an already filtered and sorted list, paging by offset. */
export function pageByOffset<T>(items: readonly T[], limit: number, cursor: string | undefined) {
  const offset = decodeCursor(cursor) ?? 0;
  const data = items.slice(offset, offset + limit);
  const hasMore = offset + limit < items.length;
  return { object: 'list' as const, data, has_more: hasMore, next_cursor: hasMore ? encodeCursor(offset + limit) : null };
}

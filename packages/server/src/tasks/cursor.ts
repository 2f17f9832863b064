import { validationFailed } from '../common/app-error';

/**
 * Keyset pagination: the cursor is the sort value and id of the last row seen, so the next page
 * is one index range scan however deep the reader pages (OFFSET would rescan every earlier row).
 */
export interface Cursor {
  at: string;
  id: string;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.at, cursor.id])).toString('base64url');
}

export function decodeCursor(raw: string | undefined): Cursor | undefined {
  if (raw === undefined || raw === '') return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === 'string' &&
      !Number.isNaN(Date.parse(value[0])) &&
      (typeof value[1] === 'string' || typeof value[1] === 'number')
    ) {
      return { at: value[0], id: String(value[1]) };
    }
  } catch {
    // fall through to the refusal below
  }
  throw validationFailed([{ path: 'cursor', message: '分页游标无效 / the cursor is not valid' }]);
}

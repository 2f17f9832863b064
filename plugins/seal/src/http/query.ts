import type { PluginRequest, RouteContext } from '@flowhall/server';

/**
 * The roles that keep the registry, ledgers and letters: the office, its administrators and every
 * custodian (the party organiser keeps the party seal, R16).
 */
export const OFFICE_ROLES: readonly string[] = [
  'office-director',
  'office-staff',
  'seal-custodian',
  'party-organiser',
  'office-admin',
  'platform-admin',
];

export const isOffice = (user: PluginRequest['user']): boolean =>
  !!user && user.roles.some((r) => OFFICE_ROLES.includes(r));

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface Paging {
  /** Rows with an id below this come next (keyset on id, newest first). */
  before: number | undefined;
  limit: number;
}

type Fail = RouteContext['error'];

const invalid = (fail: Fail, path: string, zh: string, en: string): Error =>
  fail(400, 'VALIDATION_FAILED', '提交的数据有误 / The request has invalid fields', [
    { path, message: `${zh} / ${en}` },
  ]);

export function paging(query: PluginRequest['query'], fail: Fail): Paging {
  const limit = query.limit === undefined ? 20 : Number(query.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 200)
    throw invalid(fail, 'limit', '每页条数须为 1–200', 'limit must be 1-200');
  const before = query.cursor === undefined || query.cursor === '' ? undefined : Number(query.cursor);
  if (before !== undefined && (!Number.isSafeInteger(before) || before < 1))
    throw invalid(fail, 'cursor', '分页游标无效', 'the cursor is invalid');
  return { before, limit };
}

/** A `YYYY-MM-DD` query value, or undefined when absent. */
export function dateParam(query: PluginRequest['query'], key: string, fail: Fail): string | undefined {
  const value = query[key];
  if (value === undefined || value === '') return undefined;
  if (!DATE.test(value) || Number.isNaN(Date.parse(value)))
    throw invalid(fail, key, '日期格式应为 YYYY-MM-DD', 'dates are YYYY-MM-DD');
  return value;
}

export function oneOf<T extends string>(
  query: PluginRequest['query'],
  key: string,
  allowed: readonly T[],
  fail: Fail,
): T | undefined {
  const value = query[key];
  if (value === undefined || value === '') return undefined;
  if (!(allowed as readonly string[]).includes(value))
    throw invalid(fail, key, `取值应为 ${allowed.join('、')}`, `must be one of ${allowed.join(', ')}`);
  return value as T;
}

/** A LIKE pattern matching `text` literally anywhere. */
export const contains = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Takes one row more than the page to know whether another page follows. */
export function pageOf<T extends { id: number }>(
  rows: T[],
  limit: number,
): { rows: T[]; nextCursor: string | null } {
  const more = rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  return { rows: page, nextCursor: more ? String(page[page.length - 1]!.id) : null };
}

export function idParam(params: PluginRequest['params'], key: string, fail: Fail): number {
  const value = Number(params[key]);
  if (!Number.isSafeInteger(value) || value < 1) throw fail(404, 'NOT_FOUND', '未找到 / Not found');
  return value;
}

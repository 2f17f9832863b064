import type { ImportProblem } from '@flowhall/schema';
import { IDENTITIES, type Identity } from '../db/models';
import { CsvSyntaxError, parseCsv } from './csv';

// Reading and checking import files, without the database: the columns each file may have, and
// one typed row per record. Problems are collected, never thrown, so the caller reports them all.

export type ImportFile = 'departments' | 'users';

export type { ImportProblem };

export const DEPARTMENT_COLUMNS = ['code', 'name', 'parent_code', 'name_en'] as const;
export const USER_COLUMNS = [
  'username',
  'display_name',
  'department_code',
  'identity',
  'staff_no',
  'title',
  'phone',
  'email',
  'password',
] as const;
const REQUIRED: Record<ImportFile, readonly string[]> = {
  departments: ['code', 'name'],
  users: ['username', 'display_name'],
};
const MAX_ROWS = 10_000;

/** The longest text each column may hold (the database column sizes). */
const MAX_LENGTH: Record<string, number> = {
  code: 64,
  name: 200,
  parent_code: 64,
  name_en: 200,
  username: 64,
  display_name: 100,
  department_code: 64,
  identity: 20,
  staff_no: 32,
  title: 100,
  phone: 32,
  email: 200,
  password: 200,
};

export const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
export const USERNAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._@-]*$/;
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** One record as column -> text; a column absent from the file is absent here (not blank). */
export interface ImportRow {
  line: number;
  values: Map<string, string>;
}

export interface DepartmentImportRow {
  line: number;
  code: string;
  name: string;
  /** undefined: the file has no parent_code column; null: a root department. */
  parentCode: string | null | undefined;
  nameEn: string | null | undefined;
}

export interface UserImportRow {
  line: number;
  username: string;
  displayName: string;
  departmentCode: string | null | undefined;
  identity: Identity | undefined;
  staffNo: string | null | undefined;
  title: string | null | undefined;
  phone: string | null | undefined;
  email: string | null | undefined;
  password: string | undefined;
}

/** Parses one file into rows keyed by its header, checking the header and each value's length. */
export function readImportFile(file: ImportFile, text: string, problems: ImportProblem[]): ImportRow[] {
  const columns: readonly string[] = file === 'departments' ? DEPARTMENT_COLUMNS : USER_COLUMNS;
  let records;
  try {
    records = parseCsv(text);
  } catch (err) {
    if (!(err instanceof CsvSyntaxError)) throw err;
    problems.push({
      file,
      line: err.line,
      column: '',
      message: `CSV 格式错误 / CSV syntax error: ${err.message}`,
    });
    return [];
  }
  const [header, ...body] = records;
  if (!header) {
    problems.push({
      file,
      line: 1,
      column: '',
      message: '文件为空，至少需要表头行 / the file is empty; a header row is required',
    });
    return [];
  }
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const before = problems.length;
  names.forEach((name, index) => {
    if (!columns.includes(name)) {
      problems.push({
        file,
        line: header.line,
        column: name,
        message: `未知列 / unknown column; expected ${columns.join(',')}`,
      });
    } else if (names.indexOf(name) !== index) {
      problems.push({ file, line: header.line, column: name, message: '列重复 / the column appears twice' });
    }
  });
  for (const required of REQUIRED[file]) {
    if (!names.includes(required))
      problems.push({
        file,
        line: header.line,
        column: required,
        message: '缺少必需的列 / required column missing',
      });
  }
  if (problems.length > before) return [];
  if (body.length > MAX_ROWS) {
    problems.push({
      file,
      line: header.line,
      column: '',
      message: `最多 ${MAX_ROWS} 行 / at most ${MAX_ROWS} rows per file`,
    });
    return [];
  }
  const rows: ImportRow[] = [];
  for (const record of body) {
    if (record.fields.length !== names.length) {
      problems.push({
        file,
        line: record.line,
        column: '',
        message: `应有 ${names.length} 列，实际 ${record.fields.length} 列 / expected ${names.length} fields, found ${record.fields.length}`,
      });
      continue;
    }
    const values = new Map<string, string>();
    names.forEach((name, index) => {
      const value = (record.fields[index] ?? '').trim();
      const max = MAX_LENGTH[name] ?? 200;
      if (value.length > max)
        problems.push({
          file,
          line: record.line,
          column: name,
          message: `最多 ${max} 个字符 / at most ${max} characters`,
        });
      values.set(name, value);
    });
    rows.push({ line: record.line, values });
  }
  return rows;
}

/** Blank means "clear" (null) for an optional column the file has; undefined when it lacks it. */
const optional = (row: ImportRow, column: string): string | null | undefined => {
  if (!row.values.has(column)) return undefined;
  const value = row.values.get(column) ?? '';
  return value === '' ? null : value;
};

export function departmentRows(rows: ImportRow[], problems: ImportProblem[]): DepartmentImportRow[] {
  const seen = new Map<string, number>();
  const out: DepartmentImportRow[] = [];
  for (const row of rows) {
    const at = (column: string, message: string) =>
      problems.push({ file: 'departments', line: row.line, column, message });
    const code = row.values.get('code') ?? '';
    const name = row.values.get('name') ?? '';
    if (!code) at('code', '必填 / required');
    else if (!CODE_PATTERN.test(code))
      at(
        'code',
        '编码只能包含字母、数字、点、下划线和连字符 / letters, digits, dot, underscore and hyphen only',
      );
    else if (seen.has(code))
      at('code', `编码与第 ${seen.get(code)} 行重复 / the code repeats line ${seen.get(code)}`);
    else seen.set(code, row.line);
    if (!name) at('name', '必填 / required');
    out.push({
      line: row.line,
      code,
      name,
      parentCode: optional(row, 'parent_code'),
      nameEn: optional(row, 'name_en'),
    });
  }
  return out;
}

export function userRows(rows: ImportRow[], problems: ImportProblem[]): UserImportRow[] {
  const seen = new Map<string, number>();
  const out: UserImportRow[] = [];
  for (const row of rows) {
    const at = (column: string, message: string) =>
      problems.push({ file: 'users', line: row.line, column, message });
    const username = row.values.get('username') ?? '';
    const displayName = row.values.get('display_name') ?? '';
    if (!username) at('username', '必填 / required');
    else if (!USERNAME_PATTERN.test(username))
      at('username', '用户名只能包含字母、数字和 . _ @ - / letters, digits and . _ @ - only');
    else if (seen.has(username))
      at(
        'username',
        `用户名与第 ${seen.get(username)} 行重复 / the username repeats line ${seen.get(username)}`,
      );
    else seen.set(username, row.line);
    if (!displayName) at('display_name', '必填 / required');
    const identity = optional(row, 'identity');
    if (identity && !IDENTITIES.includes(identity as Identity)) {
      at('identity', `应为 ${IDENTITIES.join('、')} 之一 / must be one of ${IDENTITIES.join(', ')}`);
    }
    const email = optional(row, 'email');
    if (email && !EMAIL_PATTERN.test(email)) at('email', '邮箱格式不正确 / not an e-mail address');
    const password = row.values.get('password') ?? '';
    if (password && password.length < 8) at('password', '密码至少 8 个字符 / at least 8 characters');
    out.push({
      line: row.line,
      username,
      displayName,
      departmentCode: optional(row, 'department_code'),
      identity: (identity ?? undefined) as Identity | undefined,
      staffNo: optional(row, 'staff_no'),
      title: optional(row, 'title'),
      phone: optional(row, 'phone'),
      email,
      password: password || undefined,
    });
  }
  return out;
}

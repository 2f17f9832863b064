import type { ServiceAttachment } from '@flowhall/schema';
import { AppError, validationFailed } from '../common/app-error';
import { unsafeJsonProblems } from '../common/json-guard';
import { IDENTITIES, Identity, ServiceMode, ServiceStatus } from '../db/models';

export type Problem = { path: string; message: string };
type Json = Record<string, unknown>;

export const SERVICE_KEY = /^[a-z][a-z0-9-]{1,63}$/;
const FILE_ID = /^[0-9a-f]{32}$/;
const MODES: readonly ServiceMode[] = ['online', 'offline', 'self-service'];
const STATUSES: readonly ServiceStatus[] = ['published', 'hidden'];
const SORTS = ['default', 'visits', 'hot', 'rating'] as const;

export interface ServiceQuery {
  q?: string;
  onlineOnly?: boolean;
  category?: string;
  theme?: string;
  departmentId?: number;
  mode?: ServiceMode;
  audience?: Identity;
  favouritesOnly?: boolean;
  pinnedOnly?: boolean;
  includeHidden?: boolean;
  sort?: (typeof SORTS)[number];
  limit?: number;
  offset?: number;
}

export type { ServiceAttachment };

/** Everything an administrator may set on a service; `key` only on creation. */
export interface ServiceInput {
  key?: string;
  name?: string;
  nameEn?: string | null;
  summary?: string | null;
  category?: string | null;
  theme?: string | null;
  departmentId?: number | null;
  audience?: Identity[];
  mode?: ServiceMode;
  status?: ServiceStatus;
  pinned?: boolean;
  sortOrder?: number;
  definitionKey?: string | null;
  guide?: string | null;
  guideEn?: string | null;
  attachments?: ServiceAttachment[];
  offlineLocation?: string | null;
  contact?: string | null;
}

export const serviceKeyInvalid = (): AppError =>
  new AppError(
    400,
    'SERVICE_KEY_INVALID',
    '事项标识须以小写字母开头，只含小写字母、数字和连字符，2 到 64 个字符 / A service key starts with a lowercase letter and has 2 to 64 lowercase letters, digits and hyphens',
  );

const flag = (raw: Json, name: string): boolean => raw[name] === 'true' || raw[name] === '1';

/** Query string of GET /api/hall/services. */
export function readServiceQuery(raw: Json): ServiceQuery {
  const problems: Problem[] = [];
  const text = (name: string, max: number): string | undefined => {
    const value = raw[name];
    if (value === undefined || value === '') return undefined;
    if (typeof value !== 'string' || value.length > max) {
      problems.push({
        path: name,
        message: `应为 ${max} 字以内的文本 / must be text of at most ${max} characters`,
      });
      return undefined;
    }
    return value;
  };
  const int = (name: string, min: number, max: number): number | undefined => {
    const value = text(name, 20);
    if (value === undefined) return undefined;
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) {
      problems.push({
        path: name,
        message: `应为 ${min} 到 ${max} 之间的整数 / must be a whole number from ${min} to ${max}`,
      });
      return undefined;
    }
    return n;
  };
  const oneOf = <T extends string>(name: string, values: readonly T[]): T | undefined => {
    const value = text(name, 50);
    if (value === undefined) return undefined;
    if (!(values as readonly string[]).includes(value)) {
      problems.push({
        path: name,
        message: `只能是 ${values.join('、')} / must be one of ${values.join(', ')}`,
      });
      return undefined;
    }
    return value as T;
  };
  const query: ServiceQuery = {
    q: text('q', 100),
    onlineOnly: flag(raw, 'onlineOnly'),
    category: text('category', 100),
    theme: text('theme', 100),
    departmentId: int('departmentId', 1, 2_147_483_647),
    mode: oneOf('mode', MODES),
    audience: oneOf('audience', IDENTITIES),
    favouritesOnly: flag(raw, 'favouritesOnly'),
    pinnedOnly: flag(raw, 'pinnedOnly'),
    includeHidden: flag(raw, 'includeHidden'),
    sort: oneOf('sort', SORTS) ?? 'default',
    limit: int('limit', 1, 100),
    offset: int('offset', 0, 1_000_000),
  };
  if (problems.length) throw validationFailed(problems);
  return query;
}

type FieldReader = (value: unknown, problems: Problem[], path: string) => unknown;

const textField =
  (max: number, opts: { nullable: boolean }): FieldReader =>
  (value, problems, path) => {
    if (value === null && opts.nullable) return null;
    if (typeof value !== 'string' || value.length > max || (!opts.nullable && value.trim() === '')) {
      problems.push({
        path,
        message: `应为 ${max} 字以内的文本 / must be ${opts.nullable ? '' : 'non-empty '}text of at most ${max} characters`,
      });
      return undefined;
    }
    return opts.nullable && value.trim() === '' ? null : value.trim();
  };

const READERS: Record<keyof ServiceInput, FieldReader> = {
  key: (value) => {
    if (typeof value !== 'string' || !SERVICE_KEY.test(value)) throw serviceKeyInvalid();
    return value;
  },
  name: textField(200, { nullable: false }),
  nameEn: textField(200, { nullable: true }),
  summary: textField(2000, { nullable: true }),
  category: textField(100, { nullable: true }),
  theme: textField(100, { nullable: true }),
  departmentId: (value, problems, path) => {
    if (value === null) return null;
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
      problems.push({ path, message: '应为部门编号或 null / must be a department id or null' });
      return undefined;
    }
    return value;
  },
  audience: (value, problems, path) => {
    const ok =
      Array.isArray(value) &&
      value.length > 0 &&
      value.every((v) => typeof v === 'string' && (IDENTITIES as readonly string[]).includes(v));
    if (!ok) {
      problems.push({
        path,
        message: `应为非空列表，取值 ${IDENTITIES.join('、')} / must be a non-empty list of ${IDENTITIES.join(', ')}`,
      });
      return undefined;
    }
    return [...new Set(value as Identity[])];
  },
  mode: (value, problems, path) => {
    if (!(MODES as readonly unknown[]).includes(value)) {
      problems.push({ path, message: `只能是 ${MODES.join('、')} / must be one of ${MODES.join(', ')}` });
      return undefined;
    }
    return value;
  },
  status: (value, problems, path) => {
    if (!(STATUSES as readonly unknown[]).includes(value)) {
      problems.push({ path, message: '只能是 published 或 hidden / must be published or hidden' });
      return undefined;
    }
    return value;
  },
  pinned: (value, problems, path) => {
    if (typeof value !== 'boolean') {
      problems.push({ path, message: '应为 true 或 false / must be true or false' });
      return undefined;
    }
    return value;
  },
  sortOrder: (value, problems, path) => {
    if (typeof value !== 'number' || !Number.isInteger(value) || Math.abs(value) > 1_000_000) {
      problems.push({
        path,
        message: '应为 -1000000 到 1000000 的整数 / must be a whole number from -1000000 to 1000000',
      });
      return undefined;
    }
    return value;
  },
  definitionKey: (value, problems, path) => {
    if (value === null) return null;
    if (typeof value !== 'string' || !/^[a-z][a-z0-9-]{1,63}$/.test(value)) {
      problems.push({ path, message: '流程标识格式不对 / not a valid process definition key' });
      return undefined;
    }
    return value;
  },
  guide: textField(50_000, { nullable: true }),
  guideEn: textField(50_000, { nullable: true }),
  attachments: (value, problems, path) => {
    const ok =
      Array.isArray(value) &&
      value.length <= 20 &&
      value.every(
        (a: unknown) =>
          typeof a === 'object' &&
          a !== null &&
          Object.keys(a).every((k) => k === 'fileId' || k === 'name') &&
          typeof (a as Json).fileId === 'string' &&
          FILE_ID.test((a as Json).fileId as string) &&
          typeof (a as Json).name === 'string' &&
          ((a as Json).name as string).trim() !== '' &&
          ((a as Json).name as string).length <= 200,
      );
    if (!ok) {
      problems.push({
        path,
        message:
          '附件应为最多 20 项的列表，每项含 fileId 和 name / attachments must be a list of at most 20 { fileId, name }',
      });
      return undefined;
    }
    return (value as ServiceAttachment[]).map((a) => ({ fileId: a.fileId, name: a.name.trim() }));
  },
  offlineLocation: textField(500, { nullable: true }),
  contact: textField(200, { nullable: true }),
};

/** Body of POST (mode 'create': key and name required) or PATCH (mode 'update': key refused). */
export function readServiceInput(body: unknown, mode: 'create' | 'update'): ServiceInput {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw validationFailed([{ path: '', message: '请求体应为对象 / the body must be an object' }]);
  }
  const unsafe = unsafeJsonProblems(body);
  if (unsafe.length) throw validationFailed(unsafe);
  const raw = body as Json;
  const problems: Problem[] = [];
  const input: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(raw)) {
    const reader = (READERS as Record<string, FieldReader | undefined>)[name];
    if (!reader) {
      problems.push({ path: name, message: `未知字段 / unknown field "${name}"` });
    } else if (name === 'key' && mode === 'update') {
      problems.push({ path: 'key', message: '事项标识不能修改 / the key of a service cannot change' });
    } else {
      const read = reader(value, problems, name);
      if (read !== undefined) input[name] = read;
    }
  }
  if (mode === 'create') {
    if (raw.key === undefined) throw serviceKeyInvalid();
    if (raw.name === undefined) problems.push({ path: 'name', message: '请填写名称 / name is required' });
  }
  if (problems.length) throw validationFailed(problems);
  return input as ServiceInput;
}

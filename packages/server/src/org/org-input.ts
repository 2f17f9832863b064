import { AppError, validationFailed } from '../common/app-error';
import { unsafeJsonProblems } from '../common/json-guard';

interface Problem {
  path: string;
  message: string;
}

interface TextRule {
  required?: boolean;
  nullable?: boolean;
  max: number;
  min?: number;
  pattern?: RegExp;
  patternHint?: string;
}

/**
 * Reads one JSON body field by field, collecting every problem so the caller gets them all in one
 * 400 VALIDATION_FAILED. `undefined` means "absent" (PATCH leaves it alone), `null` means "clear".
 */
export class BodyReader {
  readonly problems: Problem[] = [];
  private readonly value: Record<string, unknown>;

  constructor(body: unknown, allowed: readonly string[]) {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw validationFailed([
        { path: '', message: '请求体应为 JSON 对象 / the body must be a JSON object' },
      ]);
    }
    const unsafe = unsafeJsonProblems(body);
    if (unsafe.length)
      throw new AppError(
        400,
        'UNSAFE_JSON_KEY',
        '请求中含有不允许的键 / The request contains a forbidden key',
        unsafe,
      );
    this.value = body as Record<string, unknown>;
    for (const key of Object.keys(this.value)) {
      if (!allowed.includes(key))
        this.problems.push({ path: key, message: `未知字段 / unknown field "${key}"` });
    }
  }

  has(name: string): boolean {
    return this.value[name] !== undefined;
  }

  text(name: string, rule: TextRule): string | null | undefined {
    const raw = this.value[name];
    if (raw === undefined || (raw === null && rule.nullable)) {
      if (rule.required) this.problems.push({ path: name, message: `必填 / ${name} is required` });
      return raw as null | undefined;
    }
    if (typeof raw !== 'string') {
      this.problems.push({ path: name, message: `应为文本 / ${name} must be text` });
      return undefined;
    }
    const text = raw.trim();
    if (text === '' && rule.nullable && !rule.required) return null;
    if (text.length < (rule.min ?? (rule.required ? 1 : 0))) {
      this.problems.push({ path: name, message: `必填 / ${name} is required` });
    } else if (text.length > rule.max) {
      this.problems.push({ path: name, message: `最多 ${rule.max} 个字符 / at most ${rule.max} characters` });
    } else if (rule.pattern && !rule.pattern.test(text)) {
      this.problems.push({
        path: name,
        message: rule.patternHint ?? `格式不正确 / ${name} has the wrong format`,
      });
    }
    return text;
  }

  int(
    name: string,
    rule: { min: number; max: number; nullable?: boolean; required?: boolean },
  ): number | null | undefined {
    const raw = this.value[name];
    if (raw === undefined || (raw === null && rule.nullable)) {
      if (rule.required) this.problems.push({ path: name, message: `必填 / ${name} is required` });
      return raw as null | undefined;
    }
    if (typeof raw !== 'number' || !Number.isInteger(raw) || raw < rule.min || raw > rule.max) {
      this.problems.push({
        path: name,
        message: `应为 ${rule.min} 到 ${rule.max} 之间的整数 / must be a whole number from ${rule.min} to ${rule.max}`,
      });
      return undefined;
    }
    return raw;
  }

  bool(name: string): boolean | undefined {
    const raw = this.value[name];
    if (raw === undefined) return undefined;
    if (typeof raw !== 'boolean') {
      this.problems.push({ path: name, message: `应为 true 或 false / ${name} must be true or false` });
      return undefined;
    }
    return raw;
  }

  raw(name: string): unknown {
    return this.value[name];
  }

  done(): void {
    if (this.problems.length) throw validationFailed(this.problems);
  }
}

export const MAX_ID = 2_147_483_647;

/** A positive integer id from a path segment, or the given 404. */
export function pathId(raw: string, notFound: () => AppError): number {
  const id = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(id) || id < 1 || id > MAX_ID) throw notFound();
  return id;
}

export const departmentNotFound = (status = 404): AppError =>
  new AppError(status, 'DEPARTMENT_NOT_FOUND', '没有这个部门 / No such department');

export const userNotFound = (status = 404): AppError =>
  new AppError(status, 'USER_NOT_FOUND', '没有这个用户 / No such user');

export const roleNotFound = (): AppError =>
  new AppError(404, 'ROLE_NOT_FOUND', '没有这个角色 / No such role');

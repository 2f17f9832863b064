export type FormDataProblemCode =
  | 'REQUIRED'
  | 'TYPE'
  | 'ENUM'
  | 'MIN_LENGTH'
  | 'MAX_LENGTH'
  | 'MINIMUM'
  | 'MAXIMUM'
  | 'PATTERN'
  | 'FORMAT'
  | 'UNKNOWN_FIELD'
  | 'UNSAFE_KEY'
  | 'TOO_MANY_ITEMS'
  | 'NOT_EDITABLE'
  | 'FILE_REFERENCE';

/** One thing wrong with submitted form data. */
export interface FormDataProblem {
  /** Data path: `reason`, `applicant.phone`, `materials[2].copies`, `materials[0].files[1]`; '' is the whole. */
  path: string;
  code: FormDataProblemCode;
  /** `中文 / English`; the Chinese half is the administrator's own `x-validator` message when there is one. */
  message: string;
}

/** Collects problems, one per path and code (a field's second broken rule of a kind adds nothing). */
export class ProblemList {
  readonly items: FormDataProblem[] = [];
  private readonly seen = new Set<string>();

  add(path: string, code: FormDataProblemCode, zh: string, en: string, custom?: string): void {
    const key = `${code}\u0000${path}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.items.push({ path, code, message: `${custom ?? zh} / ${en}` });
  }
}

/** A path one level down: `a` + `b` is `a.b`; the root's children have no dot. */
export const joinPath = (prefix: string, name: string): string => (prefix ? `${prefix}.${name}` : name);

/** Keys refused anywhere in form data: prototype pollution and operator-looking objects (`$gt`). */
export const isUnsafeKey = (key: string): boolean =>
  key === '__proto__' || key === 'constructor' || key === 'prototype' || key.startsWith('$');

export const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

export const isPrimitive = (value: unknown): value is string | number | boolean | null =>
  value === null || typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number';

/** Empty for `required` (and nothing else is checked): '', null, undefined, []. */
export const isEmptyValue = (value: unknown): boolean =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/** Own property, whatever the object's prototype (a JSON `__proto__` key is an own property too). */
export const hasOwn = (object: object, key: string): boolean =>
  Object.prototype.hasOwnProperty.call(object, key);

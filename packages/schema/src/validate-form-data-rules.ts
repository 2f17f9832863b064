import { hasOwn, isPlainObject, isPrimitive } from './validate-form-data-problems';

/**
 * The checks a field carries, read from the JSON-schema keywords on the field and from Formily's
 * `x-validator` (a format name, a rule object, or an array of those). As in @formily/validator,
 * `min`/`max` and their aliases (`minimum`, `maxLength`, `maxItems`...) compare a number's value
 * and a text's or a list's length.
 */
export type Rule =
  | { kind: 'min' | 'max' | 'exclusiveMin' | 'exclusiveMax' | 'len'; limit: number; message?: string }
  | { kind: 'pattern'; regex: RegExp; message?: string }
  | { kind: 'format'; name: string; message?: string }
  | { kind: 'enum'; values: unknown[]; message?: string }
  | { kind: 'const'; value: string | number | boolean | null; message?: string }
  | { kind: 'whitespace'; message?: string };

export interface FieldRules {
  /** `required: true` on the field or in an `x-validator` rule (the parent's list is the caller's). */
  required: boolean;
  requiredMessage?: string;
  checks: Rule[];
}

type Source = Record<string, unknown>;

const LIMIT_KEYWORDS: Array<[string, 'min' | 'max' | 'exclusiveMin' | 'exclusiveMax' | 'len']> = [
  ['min', 'min'],
  ['minimum', 'min'],
  ['minLength', 'min'],
  ['minItems', 'min'],
  ['max', 'max'],
  ['maximum', 'max'],
  ['maxLength', 'max'],
  ['maxItems', 'max'],
  ['exclusiveMinimum', 'exclusiveMin'],
  ['exclusiveMaximum', 'exclusiveMax'],
  ['len', 'len'],
];

/** A finite number, or a string holding one (Formily reads limits with `Number(rule.max)`). */
function limitOf(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value);
    return Number.isFinite(parsed) ? parsed : undefined;
  }
  return undefined;
}

/** An administrator's pattern; a broken one is skipped (the designer reports it), never thrown. */
function compilePattern(pattern: unknown): RegExp | undefined {
  if (pattern instanceof RegExp) return new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
  if (typeof pattern !== 'string' || pattern === '' || pattern.length > 1000) return undefined;
  try {
    return new RegExp(pattern);
  } catch {
    return undefined;
  }
}

/** Allowed values of an `enum`: primitives as they are, `{ label, value }` and `{ key, title }` by value. */
export function enumValues(raw: unknown): unknown[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  const values: unknown[] = [];
  for (const entry of raw) {
    if (isPrimitive(entry)) values.push(entry);
    else if (isPlainObject(entry) && hasOwn(entry, 'value')) values.push(entry.value);
    else if (isPlainObject(entry) && hasOwn(entry, 'key')) values.push(entry.key);
  }
  // An empty list is a data source filled at run time (x-reactions), not "nothing is allowed".
  return values.length > 0 ? values : undefined;
}

function readSource(source: Source, rules: FieldRules, fromValidator: boolean): void {
  const message =
    fromValidator && typeof source.message === 'string' && source.message.trim() !== ''
      ? source.message.trim().slice(0, 200)
      : undefined;
  if (source.required === true) {
    rules.required = true;
    rules.requiredMessage ??= message;
  }
  for (const [keyword, kind] of LIMIT_KEYWORDS) {
    const limit = limitOf(source[keyword]);
    if (limit !== undefined) rules.checks.push({ kind, limit, message });
  }
  const regex = compilePattern(source.pattern);
  if (regex) rules.checks.push({ kind: 'pattern', regex, message });
  if (typeof source.format === 'string') rules.checks.push({ kind: 'format', name: source.format, message });
  const values = enumValues(source.enum);
  if (values) rules.checks.push({ kind: 'enum', values, message });
  if (hasOwn(source, 'const') && isPrimitive(source.const))
    rules.checks.push({ kind: 'const', value: source.const, message });
  if (fromValidator && source.whitespace === true) rules.checks.push({ kind: 'whitespace', message });
}

/** Reads a field's rules. Shapes it does not know (functions, expressions, odd types) are ignored. */
export function rulesOf(field: Source): FieldRules {
  const rules: FieldRules = { required: field.required === true, checks: [] };
  // The field itself speaks JSON schema; `min`, `max`, `len` and `whitespace` are x-validator words.
  const own: Source = {};
  for (const keyword of [
    'minimum',
    'minLength',
    'minItems',
    'maximum',
    'maxLength',
    'maxItems',
    'exclusiveMinimum',
    'exclusiveMaximum',
    'pattern',
    'format',
    'enum',
    'const',
  ]) {
    if (hasOwn(field, keyword)) own[keyword] = field[keyword];
  }
  readSource(own, rules, false);
  const validator = field['x-validator'];
  const entries: unknown[] = Array.isArray(validator) ? validator : [validator];
  for (const entry of entries) {
    if (typeof entry === 'string' && entry !== '') rules.checks.push({ kind: 'format', name: entry });
    else if (isPlainObject(entry)) readSource(entry, rules, true);
  }
  return rules;
}

/**
 * Formats administrators pick in the designer, with the meaning @formily/validator gives them
 * (so the server never refuses what the form accepted). Unknown names are not checked.
 */
const FORMATS = new Map<string, RegExp>([
  ['email', /^[^\s@]+@[^\s@]+\.[^\s@]+$/],
  ['phone', /^(?:\d{11}|\d{3}-\d{8}|\d{4}-\d{7})$/],
  ['idcard', /^(?:\d{15}|\d{17}[\dXx])$/],
  ['url', /^(?:(?:https?|ftp|rtmp):)?\/\/[^\s/?#.]+(?:\.[^\s/?#.]+)+(?:[/?#]\S*)?$/i],
  ['integer', /^[+-]?\d+$/],
  ['number', /^[+-]?\d+(?:\.\d+)?$/],
  ['qq', /^(?:\+?[1-9]\d*|0)$/],
  ['zip', /^\d{6}$/],
  ['zh', /^[\u4e00-\u9fa5]+$/],
  ['money', /^[$¢£¤€¥₱₹￥]\s*\d[\d,]*(?:\.\d*)?\s*$/],
  ['ipv4', /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|\d{1,2})\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|\d{1,2})$/],
  ['date', /^\d{4}([-/.]?)\d{1,2}\1\d{1,2}(?:\s+\d{1,2}:\d{2}:\d{2})?$/],
]);

export const FORMAT_NAMES: ReadonlyMap<string, string> = new Map([
  ['email', '电子邮箱'],
  ['phone', '电话号码'],
  ['idcard', '身份证号'],
  ['url', '网址'],
  ['integer', '整数'],
  ['number', '数字'],
  ['qq', 'QQ 号'],
  ['zip', '邮政编码'],
  ['zh', '中文'],
  ['money', '金额'],
  ['ipv4', 'IP 地址'],
  ['date', '日期'],
]);

/** Whether `text` is valid for the format; true for formats it does not know. */
export function matchesFormat(name: string, text: string): boolean {
  const regex = FORMATS.get(name);
  return regex === undefined || regex.test(text);
}

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** `YYYY-MM-DD`, optionally with a time (`T` or a space, as date pickers write it) and a zone. */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  if (day > days) return false;
  if (match[4] === undefined) return true;
  return Number(match[4]) < 24 && Number(match[5]) < 60 && Number(match[6] ?? 0) < 60;
}

/** A handwritten signature: one stored PNG, the value is its file id (an upload of one file). */
export const isSignatureField = (field: Source): boolean => field['x-component'] === 'Signature';

/**
 * Components that keep stored files: `Upload`, `Upload.Dragger`, `ImageUpload`... (lists of file
 * ids) and `Signature` (one file id).
 */
export const isUploadField = (field: Source): boolean =>
  isSignatureField(field) ||
  (typeof field['x-component'] === 'string' && /Upload(?:\.Dragger)?$/.test(field['x-component']));

/**
 * Fields the form itself never lets anyone fill (hidden, read-only, disabled, read-pretty), as
 * written in the schema; Formily does not validate them, so neither is `required` enforced here.
 * State set at run time by `x-reactions` cannot be known without running the form.
 */
export function isStaticallyInactive(field: Source): boolean {
  const display = field['x-display'];
  const pattern = field['x-pattern'];
  return (
    display === 'none' ||
    display === 'hidden' ||
    pattern === 'readOnly' ||
    pattern === 'disabled' ||
    pattern === 'readPretty' ||
    field['x-visible'] === false ||
    field['x-hidden'] === true ||
    field['x-editable'] === false ||
    field['x-disabled'] === true ||
    field['x-read-only'] === true ||
    field['x-read-pretty'] === true ||
    field.readOnly === true
  );
}

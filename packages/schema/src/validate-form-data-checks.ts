import { isUnsafeKey, joinPath, type ProblemList } from './validate-form-data-problems';
import { FORMAT_NAMES, matchesFormat, type Rule } from './validate-form-data-rules';

/** How deep the validator follows data the schema did not ask for, looking for unsafe keys. */
const MAX_SCAN_DEPTH = 32;

/** A value's size for `min`/`max`: a number's value, a text's characters (an emoji is one), a list's items. */
function measure(value: unknown): { size: number; of: 'number' | 'text' | 'list' } | undefined {
  if (typeof value === 'number') return { size: value, of: 'number' };
  if (typeof value === 'string') return { size: [...value].length, of: 'text' };
  if (Array.isArray(value)) return { size: value.length, of: 'list' };
  return undefined;
}

function limitProblem(
  problems: ProblemList,
  path: string,
  rule: Extract<Rule, { limit: number }>,
  value: unknown,
): void {
  const measured = measure(value);
  if (!measured) return;
  const { size, of } = measured;
  const { limit } = rule;
  const low =
    rule.kind === 'min'
      ? size < limit
      : rule.kind === 'exclusiveMin'
        ? size <= limit
        : rule.kind === 'len' && of !== 'number' && size < limit;
  const high =
    rule.kind === 'max'
      ? size > limit
      : rule.kind === 'exclusiveMax'
        ? size >= limit
        : rule.kind === 'len' && of !== 'number' && size > limit;
  const strict = rule.kind === 'exclusiveMin' || rule.kind === 'exclusiveMax';
  if (low) {
    if (of === 'number')
      problems.add(
        path,
        'MINIMUM',
        strict ? `应大于 ${limit}` : `不能小于 ${limit}`,
        strict ? `must be more than ${limit}` : `must be at least ${limit}`,
        rule.message,
      );
    else
      problems.add(
        path,
        'MIN_LENGTH',
        of === 'text' ? `至少 ${limit} 个字` : `至少 ${limit} 项`,
        of === 'text' ? `needs at least ${limit} characters` : `needs at least ${limit} items`,
        rule.message,
      );
  }
  if (high) {
    if (of === 'number')
      problems.add(
        path,
        'MAXIMUM',
        strict ? `应小于 ${limit}` : `不能大于 ${limit}`,
        strict ? `must be less than ${limit}` : `must be at most ${limit}`,
        rule.message,
      );
    else if (of === 'text')
      problems.add(
        path,
        'MAX_LENGTH',
        `最多 ${limit} 个字`,
        `must be at most ${limit} characters`,
        rule.message,
      );
    else
      problems.add(path, 'TOO_MANY_ITEMS', `最多 ${limit} 项`, `has more than ${limit} items`, rule.message);
  }
}

/**
 * Applies a field's rules to a value already known to be of the field's type: a primitive, or a
 * list of primitives (multi-selects, checkbox groups) whose every item must be an allowed option.
 */
export function applyRules(problems: ProblemList, path: string, rules: Rule[], value: unknown): void {
  const text = typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
  for (const rule of rules) {
    switch (rule.kind) {
      case 'min':
      case 'max':
      case 'exclusiveMin':
      case 'exclusiveMax':
      case 'len':
        limitProblem(problems, path, rule, value);
        break;
      case 'pattern':
        if (text !== undefined && !rule.regex.test(text))
          problems.add(path, 'PATTERN', '格式不正确', 'does not match the required pattern', rule.message);
        break;
      case 'format':
        if (text !== undefined && !matchesFormat(rule.name, text)) {
          const zh = FORMAT_NAMES.get(rule.name) ?? rule.name;
          problems.add(path, 'FORMAT', `不是有效的${zh}`, `is not a valid ${rule.name}`, rule.message);
        }
        break;
      case 'whitespace':
        if (typeof value === 'string' && /^\s+$/.test(value))
          problems.add(path, 'PATTERN', '不能只有空白', 'must not be only whitespace', rule.message);
        break;
      case 'enum': {
        const items = Array.isArray(value) ? value : [value];
        if (items.some((item) => !rule.values.includes(item)))
          problems.add(path, 'ENUM', '不是可选的值', 'is not one of the allowed options', rule.message);
        break;
      }
      case 'const':
        if (!Array.isArray(value) && value !== rule.value)
          problems.add(path, 'ENUM', '取值不符合要求', 'is not the required value', rule.message);
        break;
    }
  }
}

/**
 * Refuses a value of the wrong shape, and names any unsafe key inside it (`{ "$gt": "" }` where
 * text was expected is both the wrong type and an operator-looking object).
 */
export function wrongType(problems: ProblemList, path: string, value: unknown, zh: string, en: string): void {
  problems.add(path, 'TYPE', zh, en);
  scanUnsafeKeys(problems, path, value, 0);
}

function scanUnsafeKeys(problems: ProblemList, path: string, value: unknown, depth: number): void {
  if (depth > MAX_SCAN_DEPTH) return;
  if (Array.isArray(value)) {
    value.forEach((item, index) => scanUnsafeKeys(problems, `${path}[${index}]`, item, depth + 1));
  } else if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value)) {
      const at = joinPath(path, key);
      if (isUnsafeKey(key))
        problems.add(at, 'UNSAFE_KEY', `不允许的键“${key}”`, `key "${key}" is not allowed`);
      else scanUnsafeKeys(problems, at, (value as Record<string, unknown>)[key], depth + 1);
    }
  }
}

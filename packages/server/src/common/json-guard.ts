const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface JsonProblem {
  path: string;
  message: string;
}

/**
 * Finds keys that could pollute prototypes or smuggle query operators (`$gt`, `$or`) into a
 * document the server stores or queries by. Returns the problems; the caller turns them into a 400.
 */
export function unsafeJsonProblems(value: unknown, path = '', depth = 0): JsonProblem[] {
  if (depth > 64) return [{ path, message: '嵌套层级过深 / nested too deeply' }];
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => unsafeJsonProblems(item, `${path}[${index}]`, depth + 1));
  }
  if (value === null || typeof value !== 'object') return [];
  const problems: JsonProblem[] = [];
  for (const key of Object.keys(value)) {
    const here = path ? `${path}.${key}` : key;
    if (FORBIDDEN_KEYS.has(key))
      problems.push({ path: here, message: `不允许的键 / key "${key}" is not allowed` });
    else if (key.startsWith('$'))
      problems.push({ path: here, message: `不允许以 $ 开头的键 / keys starting with $ are not allowed` });
    else problems.push(...unsafeJsonProblems((value as Record<string, unknown>)[key], here, depth + 1));
  }
  return problems;
}

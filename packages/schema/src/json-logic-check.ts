import type { JsonLogicRule } from './json';

/**
 * The JSON Logic operations a definition may use. `method` is left out on purpose: it calls
 * arbitrary methods on data and would let a definition reach outside the data it is given; `log`
 * is left out because the engine has no console.
 */
export const JSON_LOGIC_OPERATIONS: readonly string[] = [
  '==',
  '===',
  '!=',
  '!==',
  '>',
  '>=',
  '<',
  '<=',
  '!!',
  '!',
  '%',
  'in',
  'cat',
  'substr',
  '+',
  '*',
  '-',
  '/',
  'min',
  'max',
  'merge',
  'var',
  'missing',
  'missing_some',
  'if',
  '?:',
  'and',
  'or',
  'filter',
  'map',
  'reduce',
  'all',
  'none',
  'some',
];
const KNOWN = new Set(JSON_LOGIC_OPERATIONS);

/**
 * Why a rule is not usable, or undefined when it is. A rule is a literal (string, number, boolean,
 * null, array of rules) or an object with exactly one known operation whose arguments are rules.
 */
export function jsonLogicProblem(rule: JsonLogicRule | undefined): string | undefined {
  if (rule === undefined) return 'the rule is missing';
  if (rule === null || typeof rule !== 'object') return undefined;
  if (Array.isArray(rule)) {
    for (const item of rule) {
      const problem = jsonLogicProblem(item);
      if (problem) return problem;
    }
    return undefined;
  }
  const keys = Object.keys(rule);
  if (keys.length !== 1) return `an operation object must have exactly one key, found ${keys.length}`;
  const op = keys[0] as string;
  if (!KNOWN.has(op)) return `unknown or forbidden JSON Logic operation "${op}"`;
  return jsonLogicProblem(rule[op]);
}

export function isValidJsonLogic(rule: JsonLogicRule | undefined): boolean {
  return jsonLogicProblem(rule) === undefined;
}

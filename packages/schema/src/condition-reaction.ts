import type { JsonValue } from './json';
import type { Condition, ConditionClause, ConditionOperator } from './condition';

/**
 * Field visibility and required-ness as Formily reactions: `dependencies` name the fields and the
 * `{{ }}` expression reads them as `$deps[i]`. This is the format the baselines already use, so the
 * builder reads them back and the runtime needs nothing new.
 */
export interface FieldReaction {
  dependencies: string[];
  fulfill: { state: { visible?: string; required?: string } };
}

export type ReactionTarget = 'visible' | 'required';

const JS_OPERATOR: Partial<Record<ConditionOperator, string>> = {
  eq: '===',
  ne: '!==',
  gt: '>',
  gte: '>=',
  lt: '<',
  lte: '<=',
};

function clauseExpression(clause: ConditionClause, dep: string): string {
  const value = JSON.stringify(clause.value ?? null);
  const js = JS_OPERATOR[clause.op];
  if (js) return `${dep} ${js} ${value}`;
  switch (clause.op) {
    case 'in':
      return `${value}.includes(${dep})`;
    case 'contains':
      return `(${dep} || []).includes(${value})`;
    case 'empty':
      return `(${dep} === undefined || ${dep} === null || ${dep} === '')`;
    default:
      return `!(${dep} === undefined || ${dep} === null || ${dep} === '')`;
  }
}

/** The Formily expression (with braces) and its dependencies for a condition. */
export function conditionToReaction(condition: Condition): { dependencies: string[]; expression: string } {
  const dependencies = [...new Set(condition.clauses.map((c) => c.field))];
  const joiner = condition.combine === 'and' ? ' && ' : ' || ';
  const body = condition.clauses
    .map((c) => clauseExpression(c, `$deps[${dependencies.indexOf(c.field)}]`))
    .join(joiner);
  return { dependencies, expression: `{{${body}}}` };
}

const CLAUSE_PATTERNS: Array<
  [RegExp, (dep: number, value: JsonValue | undefined) => Omit<ConditionClause, 'field'>]
> = [
  ...Object.entries(JS_OPERATOR).map(
    ([op, js]) =>
      [
        new RegExp(`^\\$deps\\[(\\d+)\\] ${js.replace(/[>=<!]/g, (c) => `\\${c}`)} (.+)$`),
        (_dep: number, value: JsonValue | undefined) => ({ op: op as ConditionOperator, value }),
      ] as [RegExp, (dep: number, value: JsonValue | undefined) => Omit<ConditionClause, 'field'>],
  ),
  [/^(\[.*\])\.includes\(\$deps\[(\d+)\]\)$/, (_d, value) => ({ op: 'in', value })],
  [/^\(\$deps\[(\d+)\] \|\| \[\]\)\.includes\((.+)\)$/, (_d, value) => ({ op: 'contains', value })],
  [/^!\(\$deps\[(\d+)\] === undefined .*\)$/, () => ({ op: 'notEmpty' })],
  [/^\(\$deps\[(\d+)\] === undefined .*\)$/, () => ({ op: 'empty' })],
];

function parseJson(text: string | undefined): JsonValue | undefined {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as JsonValue;
  } catch {
    return undefined;
  }
}

function parseClause(text: string, dependencies: string[]): ConditionClause | undefined {
  for (const [pattern, build] of CLAUSE_PATTERNS) {
    const m = pattern.exec(text.trim());
    if (!m) continue;
    // `in` puts the list first; every other pattern puts the dependency index first.
    const inList = pattern.source.startsWith('^(\\[');
    const depIndex = Number(inList ? m[2] : m[1]);
    const rawValue = inList ? m[1] : m[2];
    const field = dependencies[depIndex];
    if (field === undefined) return undefined;
    const value = parseJson(rawValue);
    if (rawValue !== undefined && value === undefined) return undefined;
    return { field, ...build(depIndex, value) };
  }
  return undefined;
}

/** Reads a reaction's expression back into a condition; undefined when it is not one we write. */
export function reactionToCondition(
  dependencies: readonly string[] | undefined,
  expression: string | undefined,
): Condition | undefined {
  if (!dependencies || !expression) return undefined;
  const m = /^\{\{(.*)\}\}$/s.exec(expression.trim());
  if (!m) return undefined;
  const body = m[1];
  const combine = body.includes(' || ') && !body.includes(' && ') ? 'or' : 'and';
  // `|| []` inside a contains clause is not a joiner: split only on joiners outside parentheses.
  const parts = splitTopLevel(body, combine === 'and' ? '&&' : '||');
  const clauses = parts.map((p) => parseClause(p, [...dependencies]));
  if (clauses.some((c) => !c)) return undefined;
  return { combine, clauses: clauses as ConditionClause[] };
}

function splitTopLevel(body: string, joiner: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i += 1) {
    const c = body[i];
    if (c === '(' || c === '[') depth += 1;
    else if (c === ')' || c === ']') depth -= 1;
    else if (depth === 0 && body.startsWith(` ${joiner} `, i)) {
      parts.push(body.slice(start, i));
      start = i + joiner.length + 2;
      i = start - 1;
    }
  }
  parts.push(body.slice(start));
  return parts;
}

import type { JsonLogicRule, JsonValue } from './json';

/**
 * The rule builder's model: clauses "field operator value" joined by all/any. One model feeds both
 * edge conditions (JSON Logic over `{ form, ... }`) and field visibility / required-ness (Formily
 * reactions), so administrators never write code and both can be read back into the builder.
 */
export type ConditionOperator =
  | 'eq'
  | 'ne'
  | 'gt'
  | 'gte'
  | 'lt'
  | 'lte'
  | 'in'
  | 'contains'
  | 'empty'
  | 'notEmpty';

export const CONDITION_OPERATORS: readonly ConditionOperator[] = [
  'eq',
  'ne',
  'gt',
  'gte',
  'lt',
  'lte',
  'in',
  'contains',
  'empty',
  'notEmpty',
];

/** Operators that take no value. */
export const UNARY_OPERATORS: ReadonlySet<ConditionOperator> = new Set(['empty', 'notEmpty']);

export interface ConditionClause {
  /** Data path of a form field, e.g. `amount` or `applicant.phone`. */
  field: string;
  op: ConditionOperator;
  /** A list for `in`; absent for `empty` / `notEmpty`. */
  value?: JsonValue;
}

export interface Condition {
  combine: 'and' | 'or';
  clauses: ConditionClause[];
}

const COMPARE: Partial<Record<ConditionOperator, string>> = {
  eq: '==',
  ne: '!=',
  gt: '>',
  gte: '>=',
  lt: '<',
  lte: '<=',
};

/** JSON Logic for one clause; the form's values sit under `form` in the engine's context. */
function clauseToLogic(clause: ConditionClause): JsonLogicRule {
  const variable = { var: `form.${clause.field}` };
  const value = clause.value ?? null;
  const compare = COMPARE[clause.op];
  if (compare) return { [compare]: [variable, value] };
  switch (clause.op) {
    case 'in':
      return { in: [variable, Array.isArray(value) ? value : [value]] };
    case 'contains':
      return { in: [value, variable] };
    case 'empty':
      return { '!': variable };
    default:
      return { '!!': variable };
  }
}

export function conditionToJsonLogic(condition: Condition): JsonLogicRule {
  const rules = condition.clauses.map(clauseToLogic);
  return rules.length === 1 ? rules[0] : { [condition.combine]: rules };
}

const OPERATOR_BY_LOGIC = Object.fromEntries(Object.entries(COMPARE).map(([k, v]) => [v, k])) as Record<
  string,
  ConditionOperator
>;

const isObject = (v: unknown): v is Record<string, JsonValue> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The field path of `{ var: 'form.x' }`, or undefined for anything else. */
function formVar(v: JsonValue | undefined): string | undefined {
  if (!isObject(v) || typeof v.var !== 'string' || !v.var.startsWith('form.')) return undefined;
  return v.var.slice('form.'.length);
}

function logicToClause(rule: JsonValue): ConditionClause | undefined {
  if (!isObject(rule)) return undefined;
  const keys = Object.keys(rule);
  if (keys.length !== 1) return undefined;
  const op = keys[0];
  const args = rule[op];
  if ((op === '!' || op === '!!') && formVar(args)) {
    return { field: formVar(args)!, op: op === '!' ? 'empty' : 'notEmpty' };
  }
  if (!Array.isArray(args) || args.length !== 2) return undefined;
  const [left, right] = args;
  if (OPERATOR_BY_LOGIC[op] && formVar(left))
    return { field: formVar(left)!, op: OPERATOR_BY_LOGIC[op], value: right };
  if (op === 'in' && formVar(left) && Array.isArray(right))
    return { field: formVar(left)!, op: 'in', value: right };
  if (op === 'in' && formVar(right)) return { field: formVar(right)!, op: 'contains', value: left };
  return undefined;
}

/**
 * Reads JSON Logic back into the builder's model; undefined when the rule is beyond the builder
 * (hand-made baselines such as "any seal row of type name"), which the panel then shows read-only.
 */
export function jsonLogicToCondition(rule: JsonLogicRule | undefined): Condition | undefined {
  if (rule === undefined) return undefined;
  const single = logicToClause(rule);
  if (single) return { combine: 'and', clauses: [single] };
  if (!isObject(rule)) return undefined;
  const combine = 'and' in rule ? 'and' : 'or' in rule ? 'or' : undefined;
  if (!combine || Object.keys(rule).length !== 1 || !Array.isArray(rule[combine])) return undefined;
  const clauses = (rule[combine] as JsonValue[]).map(logicToClause);
  if (clauses.length === 0 || clauses.some((c) => !c)) return undefined;
  return { combine, clauses: clauses as ConditionClause[] };
}

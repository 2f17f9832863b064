import type { Condition, ConditionClause } from './condition';
import { reactionToCondition, type ReactionTarget } from './condition-reaction';

/**
 * Runs the rule builder's conditions over form data, the way the Formily expressions written by
 * `conditionToReaction` behave in the browser, so the server reaches the same "shown" and
 * "required" the applicant saw without running any reaction code.
 */
const isEmpty = (v: unknown): boolean => v === undefined || v === null || v === '';

/** Plain JS comparison semantics: anything compared with a missing value is false. */
function compare(left: unknown, right: unknown, op: 'gt' | 'gte' | 'lt' | 'lte'): boolean {
  const comparable = (v: unknown) => typeof v === 'number' || typeof v === 'string';
  if (!comparable(left) || !comparable(right) || typeof left !== typeof right) return false;
  const [a, b] = [left as number | string, right as number | string];
  if (op === 'gt') return a > b;
  if (op === 'gte') return a >= b;
  if (op === 'lt') return a < b;
  return a <= b;
}

function clauseHolds(clause: ConditionClause, value: unknown): boolean {
  const expected = clause.value ?? null;
  switch (clause.op) {
    case 'eq':
      return value === expected;
    case 'ne':
      return value !== expected;
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      return compare(value, expected, clause.op);
    case 'in':
      return (Array.isArray(expected) ? expected : [expected]).includes(value as never);
    case 'contains':
      if (Array.isArray(value)) return value.includes(expected);
      return typeof value === 'string' && typeof expected === 'string' && value.includes(expected);
    case 'empty':
      return isEmpty(value);
    default:
      return !isEmpty(value);
  }
}

/** The value at a data path (`a.b.c`); undefined when any step is missing. */
export function valueAtPath(data: unknown, path: string): unknown {
  let at: unknown = data;
  for (const key of path.split('.')) {
    if (typeof at !== 'object' || at === null || Array.isArray(at)) return undefined;
    if (!Object.prototype.hasOwnProperty.call(at, key)) return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

/** Whether the condition holds for the form's values (clauses read fields by data path). */
export function evaluateCondition(condition: Condition, data: unknown): boolean {
  const results = condition.clauses.map((c) => clauseHolds(c, valueAtPath(data, c.field)));
  return condition.combine === 'and' ? results.every(Boolean) : results.some(Boolean);
}

type Reaction = { dependencies?: unknown; fulfill?: { state?: Record<string, unknown> } };

/** Only absolute data paths: relative (`.x`), wildcard or indexed dependencies are not ours. */
const ABSOLUTE_PATH = /^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/;

/**
 * A field's `visible` or `required` condition as the rule builder writes it: a Condition when
 * recognised, 'custom' when a reaction sets the state in a way we cannot evaluate (the server then
 * keeps the schema's static behaviour), undefined when no reaction sets it.
 */
export function fieldCondition(
  field: Record<string, unknown>,
  target: ReactionTarget,
): Condition | 'custom' | undefined {
  const raw = field['x-reactions'];
  if (raw === undefined || raw === null) return undefined;
  const reactions = (Array.isArray(raw) ? raw : [raw]) as Reaction[];
  for (const reaction of reactions) {
    // A reaction with a `target` sets another field's state, not this one's.
    if (typeof reaction !== 'object' || reaction === null || 'target' in reaction) continue;
    const expression = reaction.fulfill?.state?.[target];
    if (expression === undefined) continue;
    const deps = reaction.dependencies;
    if (
      typeof expression !== 'string' ||
      'when' in reaction ||
      !Array.isArray(deps) ||
      !deps.every((d): d is string => typeof d === 'string' && ABSOLUTE_PATH.test(d))
    )
      return 'custom';
    return reactionToCondition(deps, expression) ?? 'custom';
  }
  return undefined;
}

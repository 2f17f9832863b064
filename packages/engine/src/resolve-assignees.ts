import type { AssigneeRule } from '@flowhall/schema';
import type { Ctx } from './context';

/** People named by a set of rules, in rule order, without duplicates. */
export function resolveAssignees(ctx: Ctx, rules: AssigneeRule[]): string[] {
  const people: string[] = [];
  for (const rule of rules) {
    for (const person of resolveRule(ctx, rule)) {
      if (person && !people.includes(person)) people.push(person);
    }
  }
  return people;
}

function resolveRule(ctx: Ctx, rule: AssigneeRule): string[] {
  const { org, state } = ctx;
  switch (rule.type) {
    case 'users':
      return [...rule.users];
    case 'role': {
      const scope = rule.scope ?? 'global';
      if (scope === 'applicantDept') return org.roleHolders(rule.role, state.applicant.deptId);
      if (scope === 'dept') return org.roleHolders(rule.role, rule.deptId);
      return org.roleHolders(rule.role);
    }
    case 'deptHead': {
      const dept = deptUp(ctx, rule.levels ?? 0);
      return dept === undefined ? [] : org.headsOf(dept);
    }
    case 'leaderInCharge': {
      const dept = deptUp(ctx, rule.levels ?? 0);
      return dept === undefined ? [] : org.leadersInChargeOf(dept);
    }
    case 'applicantChoice':
    case 'formField':
      return usersIn(readField(state.form, rule.field));
    case 'approverChoice':
      return [...(state.forwardedTo ?? [])];
    case 'byField': {
      const value = readField(state.form, rule.field);
      const inner =
        typeof value === 'string' || typeof value === 'number' ? rule.cases[String(value)] : undefined;
      const chosen = inner ?? rule.default;
      return chosen ? resolveRule(ctx, chosen) : [];
    }
    case 'applicant':
      return [state.applicant.id];
  }
}

/** The applicant's department, `levels` departments up; undefined above the top. */
function deptUp(ctx: Ctx, levels: number): string | undefined {
  let dept: string | undefined = ctx.state.applicant.deptId;
  for (let i = 0; i < levels && dept !== undefined; i += 1) dept = ctx.org.parentOf(dept);
  return dept;
}

/** Reads `a.b` paths, matching the field names `collectFieldNames` produces. */
export function readField(form: { [field: string]: unknown }, path: string): unknown {
  let value: unknown = form;
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as { [key: string]: unknown })[part];
  }
  return value;
}

/** A user picker stores an id, a list of ids, or option objects (`{ value }` / `{ id }`); accept all. */
function usersIn(value: unknown): string[] {
  const list = Array.isArray(value)
    ? value
    : value === undefined || value === null || value === ''
      ? []
      : [value];
  const ids: string[] = [];
  for (const item of list) {
    if (typeof item === 'string' && item) ids.push(item);
    else if (typeof item === 'number') ids.push(String(item));
    else if (item && typeof item === 'object') {
      const id = (item as { value?: unknown; id?: unknown }).value ?? (item as { id?: unknown }).id;
      if (typeof id === 'string' && id) ids.push(id);
    }
  }
  return ids;
}

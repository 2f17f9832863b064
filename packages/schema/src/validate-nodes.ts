import type { AssigneeRule } from './assignee-rule';
import { ASSIGNEE_RULE_TYPES } from './assignee-rule';
import type { DefinitionProblem, ProcessDefinition } from './definition';
import type { FlowNode, ReturnTarget } from './flow';
import { APPROVAL_ACTIONS, APPROVAL_MODES, FIELD_PERMISSIONS, ON_TIMEOUT, WHEN_NO_ASSIGNEE } from './flow';
import { collectFieldNames } from './form';

type Add = (path: string, code: DefinitionProblem['code'], message: string) => void;

/** Properties of each node: assignee rules, modes, actions, permissions, time limits, return targets, routes. */
export function validateNodes(definition: ProcessDefinition): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const fields = new Set(collectFieldNames(definition.form));
  const nodeIds = new Set(definition.flow.nodes.map((n) => n.id));
  definition.flow.nodes.forEach((node, i) => {
    const add: Add = (path, code, message) =>
      problems.push({ path: `flow.nodes[${i}].properties${path}`, code, message, nodeId: node.id });
    if (!node.properties || typeof node.properties !== 'object') {
      add('', 'MISSING_FIELD', `node "${node.id}" has no properties object`);
      return;
    }
    validatePermissions(node, fields, add);
    if (node.type === 'approval' || node.type === 'handle' || node.type === 'cc') {
      const rules = node.properties.assignees;
      if (!Array.isArray(rules) || rules.length === 0) {
        add('.assignees', 'ASSIGNEES_MISSING', `node "${node.id}" needs at least one assignee rule`);
      } else {
        rules.forEach((rule, r) => validateRule(rule, `.assignees[${r}]`, fields, add));
      }
    }
    if (node.type === 'approval' || node.type === 'handle') {
      const p = node.properties;
      oneOf(p.whenNoAssignee, WHEN_NO_ASSIGNEE, '.whenNoAssignee', add);
      oneOf(p.onTimeout, ON_TIMEOUT, '.onTimeout', add);
      if (p.timeLimitHours !== undefined && !(typeof p.timeLimitHours === 'number' && p.timeLimitHours > 0)) {
        add('.timeLimitHours', 'INVALID_VALUE', 'timeLimitHours must be a positive number');
      }
      if (p.onTimeout !== undefined && p.timeLimitHours === undefined) {
        add('.onTimeout', 'INVALID_VALUE', 'onTimeout needs timeLimitHours');
      }
      validateReturnTo(p.returnTo, nodeIds, add);
    }
    if (node.type === 'approval') {
      const p = node.properties;
      oneOf(p.mode, APPROVAL_MODES, '.mode', add);
      (p.actions ?? []).forEach((a, k) => oneOf(a, APPROVAL_ACTIONS, `.actions[${k}]`, add));
      (p.opinionRequired ?? []).forEach((a, k) => oneOf(a, APPROVAL_ACTIONS, `.opinionRequired[${k}]`, add));
      const keys = new Set<string>();
      (p.routes ?? []).forEach((route, k) => {
        if (!route || typeof route.key !== 'string' || !route.key)
          add(`.routes[${k}].key`, 'MISSING_FIELD', 'a route needs a key');
        else if (keys.has(route.key))
          add(`.routes[${k}].key`, 'DUPLICATE_ROUTE', `route "${route.key}" is listed twice`);
        else keys.add(route.key);
      });
    }
    if (node.type === 'end') oneOf(node.properties.outcome, ['approved', 'rejected'], '.outcome', add);
  });
  return problems;
}

function oneOf(value: unknown, allowed: readonly string[], path: string, add: Add): void {
  if (value !== undefined && !allowed.includes(value as string)) {
    add(path, 'INVALID_VALUE', `"${String(value)}" is not one of ${allowed.join(', ')}`);
  }
}

function validatePermissions(node: FlowNode, fields: Set<string>, add: Add): void {
  const permissions = node.properties.fieldPermissions;
  if (permissions === undefined) return;
  for (const [field, permission] of Object.entries(permissions)) {
    if (!fields.has(field))
      add(`.fieldPermissions.${field}`, 'UNKNOWN_FIELD', `field "${field}" does not exist in the form`);
    oneOf(permission, FIELD_PERMISSIONS, `.fieldPermissions.${field}`, add);
  }
}

function validateReturnTo(targets: ReturnTarget[] | undefined, nodeIds: Set<string>, add: Add): void {
  (targets ?? []).forEach((target, k) => {
    if (typeof target === 'string')
      oneOf(target, ['applicant', 'previous', 'anyVisited'], `.returnTo[${k}]`, add);
    else if (!target || typeof target.nodeId !== 'string' || !nodeIds.has(target.nodeId)) {
      add(
        `.returnTo[${k}]`,
        'RETURN_TARGET_MISSING',
        `return target "${String(target?.nodeId)}" is not a node of this flow`,
      );
    }
  });
}

function validateRule(rule: AssigneeRule, path: string, fields: Set<string>, add: Add): void {
  if (!rule || !ASSIGNEE_RULE_TYPES.includes(rule.type)) {
    add(path, 'ASSIGNEE_RULE_INCOMPLETE', `unknown assignee rule type "${String(rule?.type)}"`);
    return;
  }
  const incomplete = (what: string) => add(path, 'ASSIGNEE_RULE_INCOMPLETE', `${rule.type} rule ${what}`);
  const field = (name: string | undefined) => {
    if (!name) incomplete('needs a form field');
    else if (!fields.has(name))
      add(`${path}.field`, 'UNKNOWN_FIELD', `field "${name}" does not exist in the form`);
  };
  switch (rule.type) {
    case 'users':
      if (!Array.isArray(rule.users) || rule.users.length === 0) incomplete('needs at least one user');
      break;
    case 'role':
      if (!rule.role) incomplete('needs a role');
      oneOf(rule.scope, ['global', 'applicantDept', 'dept'], `${path}.scope`, add);
      if (rule.scope === 'dept' && !rule.deptId) incomplete('with scope "dept" needs a deptId');
      break;
    case 'deptHead':
    case 'leaderInCharge':
      if (rule.levels !== undefined && !(Number.isInteger(rule.levels) && rule.levels >= 0))
        incomplete('needs levels >= 0');
      break;
    case 'applicantChoice':
    case 'formField':
      field(rule.field);
      break;
    case 'byField':
      field(rule.field);
      if (!rule.cases || Object.keys(rule.cases).length === 0) incomplete('needs at least one case');
      for (const [value, inner] of Object.entries(rule.cases ?? {}))
        validateRule(inner, `${path}.cases.${value}`, fields, add);
      if (rule.default) validateRule(rule.default, `${path}.default`, fields, add);
      break;
    case 'approverChoice':
    case 'applicant':
      break;
  }
}

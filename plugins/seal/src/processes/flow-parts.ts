import type {
  ApprovalNode,
  ApprovalProperties,
  AssigneeRule,
  ConditionNode,
  EdgeProperties,
  EndNode,
  FieldPermissions,
  FlowEdge,
  FlowNode,
  HandleNode,
  HandleProperties,
  JsonLogicRule,
  StartNode,
} from '@flowhall/schema';

/**
 * Builders for the LogicFlow graphs of the baselines. Nodes carry their display name both as
 * `properties.name` (R14) and as `text` so the designer shows it; positions are a plain top-down
 * layout the designer can rearrange.
 */

export const startNode = (fieldPermissions: FieldPermissions): StartNode => ({
  id: 'start',
  type: 'start',
  text: '申请人提交',
  properties: { name: '申请人提交', fieldPermissions },
});

export const endNode = (): EndNode => ({
  id: 'end',
  type: 'end',
  text: '办结',
  properties: { name: '办结' },
});

export const approvalNode = (
  id: string,
  name: string,
  properties: Partial<ApprovalProperties> & { assignees: AssigneeRule[] },
): ApprovalNode => ({
  id,
  type: 'approval',
  text: name,
  properties: { name, autoStamp: true, ...properties },
});

export const handleNode = (
  id: string,
  name: string,
  properties: Partial<HandleProperties> & { assignees: AssigneeRule[] },
): HandleNode => ({
  id,
  type: 'handle',
  text: name,
  properties: { name, ...properties },
});

export const conditionNode = (id: string, name: string): ConditionNode => ({
  id,
  type: 'condition',
  text: name,
  properties: { name },
});

/** Edges: `[from, to]`, or `[from, to, label, rule | 'default']` leaving a condition node. */
export type EdgeSpec =
  | readonly [string, string]
  | readonly [string, string, string, JsonLogicRule | 'default'];

export function edges(specs: readonly EdgeSpec[]): FlowEdge[] {
  const orderBySource = new Map<string, number>();
  return specs.map((spec, i) => {
    const [from, to] = spec;
    const edge: FlowEdge = { id: `e${i + 1}`, type: 'polyline', sourceNodeId: from, targetNodeId: to };
    if (spec.length === 4) {
      const order = (orderBySource.get(from) ?? 0) + 1;
      orderBySource.set(from, order);
      const properties: EdgeProperties =
        spec[3] === 'default' ? { isDefault: true, order: 99 } : { condition: spec[3], order };
      edge.text = spec[2];
      edge.properties = properties;
    }
    return edge;
  });
}

/** Places nodes top-down; nodes listed in `side` go one column to the right (the optional branches). */
export function layout<T extends FlowNode>(nodes: T[], side: readonly string[] = []): T[] {
  let row = 0;
  return nodes.map((node) => {
    const onSide = side.includes(node.id);
    const placed = { ...node, x: onSide ? 560 : 300, y: 80 + row * 110 };
    row += 1;
    return placed;
  });
}

/** Hides `fields` (opinions and handling records) from the applicant's form. */
export const hidden = (fields: readonly string[]): FieldPermissions =>
  Object.fromEntries(fields.map((f) => [f, 'hidden' as const]));

export const editable = (fields: readonly string[]): FieldPermissions =>
  Object.fromEntries(fields.map((f) => [f, 'editable' as const]));

// JSON Logic over { form, applicant, case, decision }.
export const isYes = (field: string): JsonLogicRule => ({ '==': [{ var: `form.${field}` }, true] });
export const equals = (field: string, value: string): JsonLogicRule => ({
  '==': [{ var: `form.${field}` }, value],
});
export const contains = (field: string, value: string): JsonLogicRule => ({
  in: [value, { var: `form.${field}` }],
});
export const anyRowWith = (field: string, column: string, value: string): JsonLogicRule => ({
  some: [{ var: `form.${field}` }, { '==': [{ var: column }, value] }],
});
export const anyOf = (...rules: JsonLogicRule[]): JsonLogicRule => ({ or: rules });

/**
 * The university leader in charge (分管校领导) of the applicant's unit: a unit's sub-office has none
 * of its own, so the parent's counts. Both rules resolve to one person in a usual tree.
 */
export const LEADER_IN_CHARGE: AssigneeRule[] = [
  { type: 'leaderInCharge', levels: 0 },
  { type: 'leaderInCharge', levels: 1 },
];

/** The custodian who keeps a seal type (R16): party seal -> organiser, name seals -> office director. */
export const CUSTODIAN_BY_SEAL_TYPE = (field: string): AssigneeRule => ({
  type: 'byField',
  field,
  cases: {
    party: { type: 'role', role: 'party-organiser' },
    name: { type: 'role', role: 'office-director' },
    official: { type: 'role', role: 'seal-custodian' },
  },
  default: { type: 'role', role: 'seal-custodian' },
});

import type { CaseView, FlowGraph } from '@flowhall/schema';

/**
 * Opinion areas (R14): each approval step writes its own opinion field of the form; later readers
 * see it read-only with the approver's name, the date and, where the step stamps (R18), the
 * department's seal. A field is a step's opinion area when the step may edit it and it is an
 * opinion (named `…Opinion` or titled `…意见`): the step's other editable fields (the custodian's
 * copies stamped) are ordinary data.
 */
export interface Signature {
  taskId: string;
  nodeName: string;
  name: string;
  action: string | null;
  opinion: string | null;
  at: string | null;
  /** The department whose seal the step stamped, when it did. */
  stamp: string | null;
}

interface SchemaNode {
  type?: string;
  title?: string;
  properties?: Record<string, SchemaNode>;
  [key: string]: unknown;
}

export function isOpinionField(name: string, field: { title?: unknown }): boolean {
  return /opinion$/i.test(name) || (typeof field.title === 'string' && field.title.includes('意见'));
}

/** Opinion field path → the nodes that write it. */
export function opinionFieldNodes(schema: SchemaNode, flow: FlowGraph): Map<string, string[]> {
  const fields = new Map<string, SchemaNode>();
  const walk = (properties: Record<string, SchemaNode> | undefined) => {
    for (const [name, field] of Object.entries(properties ?? {})) {
      if (field.type === 'void') walk(field.properties);
      else if (isOpinionField(name, field)) fields.set(name, field);
    }
  };
  walk(schema.properties);
  const owners = new Map<string, string[]>();
  for (const node of flow.nodes) {
    if (node.type === 'start') continue;
    for (const [path, permission] of Object.entries(node.properties.fieldPermissions ?? {})) {
      if (permission !== 'editable' || !fields.has(path)) continue;
      owners.set(path, [...(owners.get(path) ?? []), node.id]);
    }
  }
  return owners;
}

const STAMPED_ACTIONS = new Set(['approve', 'forward', 'finalApprove', 'complete']);

/** The finished decisions at each opinion field's nodes, oldest first. */
export function opinionSignatures(
  owners: Map<string, string[]>,
  view: Pick<CaseView, 'tasks' | 'stamps'>,
): Map<string, Signature[]> {
  const result = new Map<string, Signature[]>();
  for (const [path, nodeIds] of owners) {
    const signatures = view.tasks
      .filter((task) => nodeIds.includes(task.nodeId) && task.status === 'done')
      .sort((a, b) => (a.doneAt ?? '').localeCompare(b.doneAt ?? ''))
      .map((task) => ({
        taskId: task.id,
        nodeName: task.nodeName,
        name: task.assignee.name,
        action: task.action,
        opinion: task.opinion,
        at: task.doneAt,
        // The seal goes on approvals only (R18): a return or a rejection at the same step has none.
        stamp: STAMPED_ACTIONS.has(task.action ?? '')
          ? (view.stamps.find((s) => s.nodeId === task.nodeId && s.userId === task.assignee.id)
              ?.departmentName ?? null)
          : null,
      }));
    result.set(path, signatures);
  }
  return result;
}

/**
 * The schema with each opinion field decorated by `OpinionItem`, which shows the signatures
 * under the label. Fields without a decision yet keep their ordinary decorator.
 */
export function decorateOpinions<S extends SchemaNode>(schema: S, signatures: Map<string, Signature[]>): S {
  const walk = (
    properties: Record<string, SchemaNode> | undefined,
  ): Record<string, SchemaNode> | undefined => {
    if (!properties) return undefined;
    const out: Record<string, SchemaNode> = {};
    for (const [name, field] of Object.entries(properties)) {
      const list = field.type === 'void' ? undefined : signatures.get(name);
      if (list && list.length > 0) {
        out[name] = { ...field, 'x-decorator': 'OpinionItem', 'x-decorator-props': { signatures: list } };
      } else if (field.type === 'void') {
        out[name] = { ...field, properties: walk(field.properties) };
      } else {
        out[name] = field;
      }
    }
    return out;
  };
  return { ...schema, properties: walk(schema.properties) };
}

import type { EdgeProperties, FlowEdge, FlowGraph, FlowNode, NodeType, ReturnTarget } from '@flowhall/schema';
import { nodeName } from '@flowhall/schema';

/**
 * Edits of the flow graph that keep it consistent: node ids are stable and unique, deleting a node
 * takes its edges and the return targets naming it, and a condition node has one default branch.
 */
export type FlowOpResult =
  | { ok: true; flow: FlowGraph; id: string; changes: string[] }
  | { ok: false; error: 'NOT_FOUND' | 'SELF_LOOP' | 'DUPLICATE_EDGE' | 'START_EXISTS'; message: string };

const NODE_TITLES: Record<NodeType, string> = {
  start: '申请人提交',
  approval: '审批',
  handle: '办理',
  cc: '抄送',
  condition: '条件分支',
  parallel: '并行分支',
  join: '汇合',
  end: '办结',
};

/** Default properties of a new node: people steps start with no assignees (validation says so). */
function defaultProperties(type: NodeType, name: string): FlowNode['properties'] {
  if (type === 'approval' || type === 'handle' || type === 'cc') return { name, assignees: [] };
  return { name };
}

/** `prefix_1`, `prefix_2`… the first id not used by any node or edge. */
export function uniqueId(flow: FlowGraph, prefix: string): string {
  const used = new Set([...flow.nodes.map((n) => n.id), ...flow.edges.map((e) => e.id)]);
  let n = 1;
  while (used.has(`${prefix}_${n}`)) n += 1;
  return `${prefix}_${n}`;
}

export function addNode(
  flow: FlowGraph,
  type: NodeType,
  at?: { x: number; y: number },
  name?: string,
): FlowOpResult {
  if (type === 'start' && flow.nodes.some((n) => n.type === 'start')) {
    return { ok: false, error: 'START_EXISTS', message: '流程只能有一个开始节点' };
  }
  const id = uniqueId(flow, type);
  const label = name ?? NODE_TITLES[type];
  const node = {
    id,
    type,
    text: label,
    properties: defaultProperties(type, label),
    ...(at ?? {}),
  } as FlowNode;
  return { ok: true, flow: { ...flow, nodes: [...flow.nodes, node] }, id, changes: [] };
}

const namesNode = (target: ReturnTarget, id: string) => typeof target === 'object' && target.nodeId === id;

export function deleteNode(flow: FlowGraph, id: string): FlowOpResult {
  const node = flow.nodes.find((n) => n.id === id);
  if (!node) return { ok: false, error: 'NOT_FOUND', message: '找不到节点' };
  const changes: string[] = [];
  const edges = flow.edges.filter((e) => e.sourceNodeId !== id && e.targetNodeId !== id);
  if (edges.length !== flow.edges.length)
    changes.push(`删除了 ${flow.edges.length - edges.length} 条相连的连线`);
  const nodes = flow.nodes
    .filter((n) => n.id !== id)
    .map((n) => {
      const returnTo = (n.properties as { returnTo?: ReturnTarget[] }).returnTo;
      if (!returnTo?.some((t) => namesNode(t, id))) return n;
      changes.push(`环节「${nodeName(n)}」的退回目标中删除了「${nodeName(node)}」`);
      return {
        ...n,
        properties: { ...n.properties, returnTo: returnTo.filter((t) => !namesNode(t, id)) },
      } as FlowNode;
    });
  return { ok: true, flow: { nodes, edges }, id, changes };
}

export function addEdge(
  flow: FlowGraph,
  sourceNodeId: string,
  targetNodeId: string,
  id?: string,
): FlowOpResult {
  if (sourceNodeId === targetNodeId) return { ok: false, error: 'SELF_LOOP', message: '节点不能连向自己' };
  const ids = new Set(flow.nodes.map((n) => n.id));
  if (!ids.has(sourceNodeId) || !ids.has(targetNodeId))
    return { ok: false, error: 'NOT_FOUND', message: '找不到节点' };
  if (flow.edges.some((e) => e.sourceNodeId === sourceNodeId && e.targetNodeId === targetNodeId)) {
    return { ok: false, error: 'DUPLICATE_EDGE', message: '这两个节点之间已有连线' };
  }
  const edgeId = id && !flow.edges.some((e) => e.id === id) ? id : uniqueId(flow, 'edge');
  const edge: FlowEdge = { id: edgeId, type: 'polyline', sourceNodeId, targetNodeId };
  return { ok: true, flow: { ...flow, edges: [...flow.edges, edge] }, id: edgeId, changes: [] };
}

export function deleteEdge(flow: FlowGraph, id: string): FlowOpResult {
  if (!flow.edges.some((e) => e.id === id)) return { ok: false, error: 'NOT_FOUND', message: '找不到连线' };
  return { ok: true, flow: { ...flow, edges: flow.edges.filter((e) => e.id !== id) }, id, changes: [] };
}

/** Merges `patch` into a node's properties; `name` also becomes the node's label. */
export function updateNode(flow: FlowGraph, id: string, patch: Record<string, unknown>): FlowOpResult {
  if (!flow.nodes.some((n) => n.id === id)) return { ok: false, error: 'NOT_FOUND', message: '找不到节点' };
  const nodes = flow.nodes.map((n) => {
    if (n.id !== id) return n;
    const properties = { ...n.properties, ...patch };
    for (const [k, v] of Object.entries(patch))
      if (v === undefined) delete (properties as Record<string, unknown>)[k];
    const text = typeof patch.name === 'string' ? patch.name : n.text;
    return { ...n, properties, text } as FlowNode;
  });
  return { ok: true, flow: { ...flow, nodes }, id, changes: [] };
}

/**
 * Merges `patch` into an edge's properties (and `label` into its text). Making an edge the default
 * branch clears the flag on its siblings: a condition has exactly one default.
 */
export function updateEdge(
  flow: FlowGraph,
  id: string,
  patch: Partial<EdgeProperties>,
  label?: string,
): FlowOpResult {
  const edge = flow.edges.find((e) => e.id === id);
  if (!edge) return { ok: false, error: 'NOT_FOUND', message: '找不到连线' };
  const edges = flow.edges.map((e) => {
    if (e.id === id) {
      const properties: EdgeProperties = { ...(e.properties ?? {}), ...patch };
      for (const [k, v] of Object.entries(patch)) if (v === undefined) delete properties[k];
      if (patch.isDefault) delete properties.condition;
      return { ...e, properties, ...(label !== undefined ? { text: label } : {}) };
    }
    if (patch.isDefault && e.sourceNodeId === edge.sourceNodeId && e.properties?.isDefault) {
      const { isDefault: _cleared, ...rest } = e.properties;
      return { ...e, properties: rest };
    }
    return e;
  });
  return { ok: true, flow: { ...flow, edges }, id, changes: [] };
}

/** Replaces node positions (after a drag or an automatic layout). */
export function placeNodes(flow: FlowGraph, positions: Record<string, { x: number; y: number }>): FlowGraph {
  return {
    ...flow,
    nodes: flow.nodes.map((n) => (positions[n.id] ? ({ ...n, ...positions[n.id] } as FlowNode) : n)),
  };
}

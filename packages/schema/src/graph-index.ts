import type { FlowEdge, FlowGraph, FlowNode } from './flow';

/** Lookups over a flow graph, built once; edges to missing nodes are kept out of the adjacency lists. */
export interface GraphIndex {
  nodes: Map<string, FlowNode>;
  outgoing: Map<string, FlowEdge[]>;
  incoming: Map<string, FlowEdge[]>;
}

export function indexGraph(flow: FlowGraph): GraphIndex {
  const nodes = new Map<string, FlowNode>();
  const outgoing = new Map<string, FlowEdge[]>();
  const incoming = new Map<string, FlowEdge[]>();
  for (const node of flow.nodes) {
    if (!nodes.has(node.id)) nodes.set(node.id, node);
    outgoing.set(node.id, []);
    incoming.set(node.id, []);
  }
  for (const edge of flow.edges) {
    if (!nodes.has(edge.sourceNodeId) || !nodes.has(edge.targetNodeId)) continue;
    outgoing.get(edge.sourceNodeId)?.push(edge);
    incoming.get(edge.targetNodeId)?.push(edge);
  }
  return { nodes, outgoing, incoming };
}

/**
 * The edges leaving a condition node in evaluation order: by `order`, ties in array order, and
 * the default branch last whatever its order says.
 */
export function orderedConditionEdges(edges: FlowEdge[]): FlowEdge[] {
  return edges
    .map((edge, index) => ({ edge, index }))
    .sort((a, b) => {
      const da = a.edge.properties?.isDefault ? 1 : 0;
      const db = b.edge.properties?.isDefault ? 1 : 0;
      if (da !== db) return da - db;
      const oa = a.edge.properties?.order ?? Number.MAX_SAFE_INTEGER;
      const ob = b.edge.properties?.order ?? Number.MAX_SAFE_INTEGER;
      return oa !== ob ? oa - ob : a.index - b.index;
    })
    .map((x) => x.edge);
}

import dagre from '@dagrejs/dagre';
import type { FlowGraph } from '@flowhall/schema';
import { NODE_KINDS, NODE_SIZES } from './node-kinds';

/**
 * Top-down positions for every node (dagre), so a flow is readable after any edit and a baseline
 * without coordinates still draws. Edge routes are dropped: LogicFlow recomputes them.
 */
export function autoLayout(flow: FlowGraph): FlowGraph {
  const g = new dagre.graphlib.Graph();
  g.setGraph({ rankdir: 'TB', nodesep: 48, ranksep: 56, marginx: 40, marginy: 40 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const node of flow.nodes) {
    const size = NODE_SIZES[NODE_KINDS[node.type]?.shape ?? 'rect'];
    // Small shapes carry their label below: reserve its height and a label's width.
    g.setNode(node.id, {
      width: size.labelBelow ? 120 : size.width,
      height: size.labelBelow ? size.height + 24 : size.height,
    });
  }
  for (const edge of flow.edges) {
    if (g.hasNode(edge.sourceNodeId) && g.hasNode(edge.targetNodeId)) {
      const labelled = edge.text !== undefined && edge.text !== '';
      g.setEdge(edge.sourceNodeId, edge.targetNodeId, labelled ? { width: 90, height: 20 } : {});
    }
  }
  dagre.layout(g);
  return {
    nodes: flow.nodes.map((node) => {
      const placed = g.node(node.id);
      const shape = NODE_KINDS[node.type]?.shape ?? 'rect';
      // Labelled-below shapes were given extra height; centre the shape in the top part.
      const dy = NODE_SIZES[shape].labelBelow ? -12 : 0;
      return { ...node, x: Math.round(placed.x), y: Math.round(placed.y + dy) };
    }),
    edges: flow.edges.map((edge) => {
      const { startPoint: _s, endPoint: _e, pointsList: _p, ...rest } = edge;
      return rest;
    }),
  };
}

/** True when every node has a position, i.e. the graph was saved by a designer. */
export function hasLayout(flow: FlowGraph): boolean {
  return flow.nodes.every((n) => typeof n.x === 'number' && typeof n.y === 'number');
}

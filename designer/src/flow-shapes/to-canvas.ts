import type LogicFlow from '@logicflow/core';
import type { FlowGraph, FlowNode } from '@flowhall/schema';
import { nodeName } from '@flowhall/schema';
import { autoLayout, hasLayout } from './auto-layout';
import { VIEW_PROPERTY, type NodeViewState } from './node-kinds';

export interface CanvasStates {
  /** Display state per node id. */
  nodes?: Record<string, NodeViewState>;
  /** Edge ids drawn as taken. */
  takenEdges?: ReadonlySet<string>;
}

const textValue = (text: FlowNode['text']): string | undefined =>
  typeof text === 'string' ? text : text?.value;

/**
 * The LogicFlow render data for a flow: laid out when it has no positions, labels re-placed by
 * our node models (saved label positions go stale after a layout), display states as a view-only
 * property.
 */
export function toCanvasData(flow: FlowGraph, states: CanvasStates = {}): LogicFlow.GraphConfigData {
  const placed = hasLayout(flow) ? flow : autoLayout(flow);
  return {
    nodes: placed.nodes.map((node) => ({
      id: node.id,
      type: node.type,
      x: node.x ?? 0,
      y: node.y ?? 0,
      text: nodeName(node) || textValue(node.text) || '',
      properties: { ...node.properties, [VIEW_PROPERTY]: states.nodes?.[node.id] ?? 'idle' },
    })),
    edges: placed.edges.map((edge) => ({
      id: edge.id,
      type: 'polyline',
      sourceNodeId: edge.sourceNodeId,
      targetNodeId: edge.targetNodeId,
      ...(textValue(edge.text) ? { text: textValue(edge.text) } : {}),
      ...(edge.pointsList
        ? { pointsList: edge.pointsList, startPoint: edge.startPoint, endPoint: edge.endPoint }
        : {}),
      properties: {
        ...(edge.properties ?? {}),
        [VIEW_PROPERTY]: states.takenEdges?.has(edge.id) ? 'taken' : 'idle',
      },
    })),
  } as LogicFlow.GraphConfigData;
}

/** Edges whose both ends were passed (or lead into a current node): the path a case took. */
export function takenEdges(
  flow: FlowGraph,
  visited: readonly string[],
  current: readonly string[],
): Set<string> {
  const passed = new Set(visited);
  const reached = new Set([...visited, ...current]);
  return new Set(
    flow.edges.filter((e) => passed.has(e.sourceNodeId) && reached.has(e.targetNodeId)).map((e) => e.id),
  );
}

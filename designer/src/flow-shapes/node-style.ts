import { NODE_KINDS, VIEW_PROPERTY, type NodeViewState } from './node-kinds';
import type { NodeType } from '@flowhall/schema';

export interface ShapeStyle {
  stroke: string;
  fill: string;
  strokeWidth: number;
  strokeDasharray?: string;
}

/** Stroke and fill for a node of `type` in display state `state`. */
export function nodeStyle(type: NodeType, state: NodeViewState): ShapeStyle {
  const kind = NODE_KINDS[type];
  switch (state) {
    case 'problem':
      return { stroke: '#ff4d4f', fill: '#fff1f0', strokeWidth: 3, strokeDasharray: '6 3' };
    case 'current':
      return { stroke: '#fa8c16', fill: '#fff7e6', strokeWidth: 4 };
    case 'visited':
      return { stroke: kind.color, fill: kind.fill, strokeWidth: 2.5 };
    default:
      return { stroke: kind.color, fill: '#ffffff', strokeWidth: 1.5 };
  }
}

export function viewStateOf(properties: Record<string, unknown> | undefined): NodeViewState {
  const state = properties?.[VIEW_PROPERTY];
  return state === 'visited' || state === 'current' || state === 'problem' ? state : 'idle';
}

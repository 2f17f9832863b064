export { NODE_KINDS, NODE_SIZES, VIEW_PROPERTY } from './node-kinds';
export type { NodeKind, NodeViewState } from './node-kinds';
export { registerFlowNodes } from './register-nodes';
export { registerFlowEdges } from './register-edges';
export { autoLayout, hasLayout } from './auto-layout';
export { toCanvasData, takenEdges } from './to-canvas';
export type { CanvasStates } from './to-canvas';

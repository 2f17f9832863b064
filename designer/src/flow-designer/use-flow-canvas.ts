import { useEffect, useRef, type RefObject } from 'react';
import LogicFlow from '@logicflow/core';
import { MiniMap } from '@logicflow/extension/es/components/mini-map';
import '@logicflow/core/es/index.css';
import '@logicflow/extension/es/index.css';
import type { FlowGraph, NodeType } from '@flowhall/schema';
import { registerFlowEdges, registerFlowNodes, toCanvasData, type NodeViewState } from '../flow-shapes';

/** What the canvas reports; the designer turns each into a schema operation. */
export interface CanvasEvents {
  addNode(type: NodeType, x: number, y: number): void;
  connect(source: string, target: string, id: string): void;
  move(id: string, x: number, y: number): void;
  select(selection: { kind: 'node' | 'edge'; id: string } | null): void;
  remove(kind: 'node' | 'edge', id: string): void;
}

export interface CanvasState {
  flow: FlowGraph;
  problemNodes: ReadonlySet<string>;
  selected: string | undefined;
  readOnly: boolean;
}

/** Smallest scale at which node names stay legible; taller flows scroll instead. */
const READABLE_SCALE = 0.75;

/** Fits the flow, but never below a legible scale: then shows its top, centred horizontally. */
export function fitReadable(lf: LogicFlow): void {
  lf.fitView(40, 40);
  if (lf.getTransform().SCALE_X >= READABLE_SCALE) return;
  lf.resetZoom();
  lf.resetTranslate();
  lf.zoom(READABLE_SCALE, [0, 0]);
  const nodes = lf.graphModel.nodes;
  if (nodes.length === 0) return;
  const minX = Math.min(...nodes.map((n) => n.x - n.width / 2));
  const maxX = Math.max(...nodes.map((n) => n.x + n.width / 2));
  const minY = Math.min(...nodes.map((n) => n.y - n.height / 2));
  const width = lf.graphModel.width;
  lf.translate(width / 2 - ((minX + maxX) / 2) * READABLE_SCALE, 30 - minY * READABLE_SCALE);
}

/**
 * One LogicFlow instance for the designer's lifetime. Our `FlowGraph` stays the source of truth:
 * every canvas gesture is reported, the designer applies it as a schema operation, and the
 * resulting graph is rendered again (cheap at the size of an approval flow, and never drifts).
 */
export function useFlowCanvas(
  container: RefObject<HTMLDivElement>,
  state: CanvasState,
  events: CanvasEvents,
): RefObject<LogicFlow | null> {
  const lfRef = useRef<LogicFlow | null>(null);
  const eventsRef = useRef(events);
  eventsRef.current = events;
  const fitted = useRef(false);

  useEffect(() => {
    const el = container.current;
    if (!el) return undefined;
    const lf = new LogicFlow({
      container: el,
      width: el.clientWidth,
      height: el.clientHeight,
      grid: { size: 10, visible: true, type: 'dot' },
      keyboard: { enabled: !state.readOnly },
      isSilentMode: state.readOnly,
      textEdit: false,
      edgeType: 'polyline',
      plugins: [MiniMap],
      pluginsOptions: {
        miniMap: { width: 180, height: 120, isShowHeader: false, isShowCloseIcon: false, showEdge: true },
      },
    });
    registerFlowNodes(lf);
    registerFlowEdges(lf);
    const on = eventsRef;
    lf.on('node:dnd-add', ({ data }: { data: LogicFlow.NodeData }) =>
      on.current.addNode(data.type as NodeType, data.x, data.y),
    );
    lf.on('edge:add', ({ data }: { data: LogicFlow.EdgeData }) =>
      on.current.connect(data.sourceNodeId, data.targetNodeId, data.id),
    );
    lf.on('node:drop', ({ data }: { data: LogicFlow.NodeData }) => on.current.move(data.id, data.x, data.y));
    lf.on('node:click', ({ data }: { data: LogicFlow.NodeData }) =>
      on.current.select({ kind: 'node', id: data.id }),
    );
    lf.on('edge:click', ({ data }: { data: LogicFlow.EdgeData }) =>
      on.current.select({ kind: 'edge', id: data.id }),
    );
    lf.on('blank:click', () => on.current.select(null));
    lf.on('node:delete', ({ data }: { data: LogicFlow.NodeData }) => on.current.remove('node', data.id));
    lf.on('edge:delete', ({ data }: { data: LogicFlow.EdgeData }) => on.current.remove('edge', data.id));
    lfRef.current = lf;
    const observer = new ResizeObserver(() => {
      if (el.clientWidth && el.clientHeight) lf.resize(el.clientWidth, el.clientHeight);
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      lf.destroy();
      lfRef.current = null;
      fitted.current = false;
    };
    // The instance lives as long as the container; read-only is fixed per mount.
  }, [container, state.readOnly]);

  useEffect(() => {
    const lf = lfRef.current;
    if (!lf) return;
    const nodes: Record<string, NodeViewState> = {};
    for (const id of state.problemNodes) nodes[id] = 'problem';
    lf.render(toCanvasData(state.flow, { nodes }));
    if (state.selected) lf.selectElementById(state.selected);
    if (!fitted.current) {
      fitReadable(lf);
      (lf.extension.miniMap as { show?: (left?: number, top?: number) => void } | undefined)?.show?.();
      fitted.current = true;
    }
  }, [state.flow, state.problemNodes, state.selected]);

  return lfRef;
}

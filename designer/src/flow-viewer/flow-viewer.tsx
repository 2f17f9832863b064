import { useEffect, useMemo, useRef } from 'react';
import LogicFlow from '@logicflow/core';
import '@logicflow/core/es/index.css';
import type { FlowGraph } from '@flowhall/schema';
import {
  registerFlowEdges,
  registerFlowNodes,
  takenEdges,
  toCanvasData,
  type NodeViewState,
} from '../flow-shapes';
import { FlowLegend } from './flow-legend';

export interface FlowViewerProps {
  flow: FlowGraph;
  /** Node ids the case has passed, in any order. */
  visited?: string[];
  /** Node ids with open tasks now. */
  current?: string[];
  /** Canvas height in px; the width follows the container. Defaults to 360. */
  height?: number;
  /** Show the legend of node states under the canvas. Defaults to true. */
  legend?: boolean;
}

/**
 * A read-only drawing of a flow with the path a case took and its current nodes highlighted. It
 * fits itself to its container (phone or desktop) and refits when the container resizes.
 */
export function FlowViewer({
  flow,
  visited = [],
  current = [],
  height = 360,
  legend = true,
}: FlowViewerProps) {
  const container = useRef<HTMLDivElement>(null);
  const data = useMemo(() => {
    const nodes: Record<string, NodeViewState> = {};
    for (const id of visited) nodes[id] = 'visited';
    for (const id of current) nodes[id] = 'current';
    return toCanvasData(flow, { nodes, takenEdges: takenEdges(flow, visited, current) });
  }, [flow, visited, current]);

  useEffect(() => {
    const el = container.current;
    if (!el) return undefined;
    const lf = new LogicFlow({
      container: el,
      width: el.clientWidth || 360,
      height,
      grid: false,
      isSilentMode: true,
      stopScrollGraph: false,
      stopZoomGraph: false,
      adjustEdge: false,
      background: { backgroundColor: '#fafafa' },
    });
    registerFlowNodes(lf);
    registerFlowEdges(lf);
    lf.render(data);
    lf.fitView(24, 24);
    // Keep the drawing fitted when the page reflows (phone rotation, side panel opening).
    const observer = new ResizeObserver(() => {
      if (!el.clientWidth) return;
      lf.resize(el.clientWidth, height);
      lf.fitView(24, 24);
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      lf.destroy();
    };
  }, [data, height]);

  return (
    <div className="fh-flow-viewer" style={{ width: '100%' }}>
      <div
        ref={container}
        data-testid="flow-viewer"
        style={{ width: '100%', height, border: '1px solid #f0f0f0', borderRadius: 8, overflow: 'hidden' }}
      />
      {legend ? <FlowLegend /> : null}
    </div>
  );
}

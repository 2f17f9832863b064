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
import { FIT_MARGIN, fitHeight } from './fit-height';

/** One shared empty list: a fresh `[]` default each render would rebuild the canvas every time. */
const NONE: readonly string[] = Object.freeze([]);
/** Below LogicFlow's default 20 % zoom floor, so fitView can always show a tall flow whole. */
const MIN_ZOOM = 0.02;
/**
 * fitView's room (total, not per side): LogicFlow measures shapes only, and start / end /
 * condition nodes carry their label below the shape, so leave room for a label at the bottom.
 */
const FIT_ROOM: [number, number] = [FIT_MARGIN * 2 + 40, FIT_MARGIN * 2];

export interface FlowViewerProps {
  flow: FlowGraph;
  /** Node ids the case has passed, in any order. */
  visited?: readonly string[];
  /** Node ids with open tasks now. */
  current?: readonly string[];
  /**
   * Canvas height in px; the width follows the container. Without it the height follows the
   * drawing (taller for a tall flow on a phone, 240–720 px). Either way the whole flow is shown.
   */
  height?: number;
  /** Show the legend of node states under the canvas. Defaults to true. */
  legend?: boolean;
}

/**
 * A read-only drawing of a flow with the path a case took and its current nodes highlighted. It
 * fits itself to its container (phone or desktop) and refits when the container resizes.
 */
export function FlowViewer({ flow, visited = NONE, current = NONE, height, legend = true }: FlowViewerProps) {
  const container = useRef<HTMLDivElement>(null);
  // Keyed by content, so a parent passing equal new arrays does not rebuild the canvas either.
  const visitedKey = visited.join('\n');
  const currentKey = current.join('\n');
  const data = useMemo(() => {
    const visitedIds = visitedKey ? visitedKey.split('\n') : [];
    const currentIds = currentKey ? currentKey.split('\n') : [];
    const nodes: Record<string, NodeViewState> = {};
    for (const id of visitedIds) nodes[id] = 'visited';
    for (const id of currentIds) nodes[id] = 'current';
    return toCanvasData(flow, { nodes, takenEdges: takenEdges(flow, visitedIds, currentIds) });
  }, [flow, visitedKey, currentKey]);
  const heightAt = (width: number) => height ?? fitHeight(data.nodes ?? [], width);

  useEffect(() => {
    const el = container.current;
    if (!el) return undefined;
    const width = el.clientWidth || 360;
    let canvasHeight = heightAt(width);
    el.style.height = `${canvasHeight}px`;
    const lf = new LogicFlow({
      container: el,
      width,
      height: canvasHeight,
      grid: false,
      isSilentMode: true,
      stopScrollGraph: false,
      stopZoomGraph: false,
      adjustEdge: false,
      background: { backgroundColor: '#fafafa' },
    });
    lf.setZoomMiniSize(MIN_ZOOM);
    registerFlowNodes(lf);
    registerFlowEdges(lf);
    lf.render(data);
    lf.fitView(...FIT_ROOM);
    // Keep the drawing fitted when the page reflows (phone rotation, side panel opening).
    const observer = new ResizeObserver(() => {
      if (!el.clientWidth) return;
      canvasHeight = heightAt(el.clientWidth);
      el.style.height = `${canvasHeight}px`;
      lf.resize(el.clientWidth, canvasHeight);
      lf.fitView(...FIT_ROOM);
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      lf.destroy();
    };
    // heightAt reads only data and height.
  }, [data, height]);

  return (
    <div className="fh-flow-viewer" style={{ width: '100%' }}>
      <div
        ref={container}
        data-testid="flow-viewer"
        style={{
          width: '100%',
          height: height ?? fitHeight(data.nodes ?? [], 360),
          border: '1px solid #f0f0f0',
          borderRadius: 8,
          overflow: 'hidden',
        }}
      />
      {legend ? <FlowLegend /> : null}
    </div>
  );
}

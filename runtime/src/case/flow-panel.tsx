import type { FlowGraph } from '@flowhall/schema';
import { Spin } from 'antd';
import { lazy, Suspense } from 'react';

// LogicFlow is heavy: loaded only when a case's diagram is shown, never with the hall.
const FlowViewer = lazy(() =>
  import('@flowhall/designer/flow-viewer').then((m) => ({ default: m.FlowViewer })),
);

/** The flow with the path taken and the current node highlighted. */
export function FlowPanel({
  flow,
  visited,
  current,
}: {
  flow: FlowGraph;
  visited: string[];
  current: string[];
}) {
  return (
    <Suspense fallback={<Spin />}>
      <div className="fh-flow" data-testid="case-flow">
        {/* No fixed height: the viewer sizes the canvas to the drawing (240–720 px) so a tall flow stays readable. */}
        <FlowViewer flow={flow} visited={visited} current={current} />
      </div>
    </Suspense>
  );
}

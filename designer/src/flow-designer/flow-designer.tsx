import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { message } from 'antd';
import type { DefinitionProblem, EdgeProperties, FlowGraph, FormSchema, NodeType } from '@flowhall/schema';
import { nodeName } from '@flowhall/schema';
import { autoLayout, hasLayout } from '../flow-shapes';
import {
  addEdge,
  addNode,
  deleteEdge,
  deleteNode,
  placeNodes,
  updateEdge,
  updateNode,
  type FlowOpResult,
} from '../schema-ops';
import { useHost } from '../host';
import { localizeProblems } from '../schema-ops';
import { ruleFields } from '../shared/rule-fields';
import { EdgePanel } from './edge-panel';
import { FlowPalette } from './flow-palette';
import { FlowToolbar } from './flow-toolbar';
import { NodePanel } from './node-panel';
import { ProblemList } from './problem-list';
import { useFlowCanvas } from './use-flow-canvas';

export interface FlowDesignerProps {
  flow: FlowGraph;
  /** The process's form: its fields feed permissions, conditions and field-based assignees. */
  form: FormSchema;
  /** Problems from `validateDefinition`; nodes with problems are outlined red. */
  problems?: DefinitionProblem[];
  readOnly?: boolean;
  /** A new graph after each edit, with what else changed (for a notice). */
  onChange?: (flow: FlowGraph, changes: string[]) => void;
  /** Canvas height; defaults to 640 px. */
  height?: number;
}

type Selection = { kind: 'node' | 'edge'; id: string } | null;

/**
 * The flow designer: palette, LogicFlow canvas and the property panel of the selected node or
 * edge. Controlled: the host keeps the graph (and its undo history) and passes it back in.
 */
export function FlowDesigner(props: FlowDesignerProps) {
  const { flow: input, form, readOnly = false, onChange, height = 640 } = props;
  const flow = useMemo(() => (hasLayout(input) ? input : autoLayout(input)), [input]);
  const { locale } = useHost();
  const problems = useMemo(
    () => localizeProblems(props.problems ?? [], input, locale),
    [props.problems, input, locale],
  );
  const [selection, setSelection] = useState<Selection>(null);
  const container = useRef<HTMLDivElement>(null);
  const fields = useMemo(() => ruleFields(form), [form]);
  const problemNodes = useMemo(
    () => new Set(problems.flatMap((p) => (p.nodeId ? [p.nodeId] : []))),
    [problems],
  );

  const apply = useCallback(
    (result: FlowOpResult, select?: Selection) => {
      if (!result.ok) {
        void message.warning(result.message);
        return;
      }
      onChange?.(result.flow, result.changes);
      if (result.changes.length) void message.info(result.changes.join('；'));
      if (select !== undefined) setSelection(select);
    },
    [onChange],
  );

  const lf = useFlowCanvas(
    container,
    { flow, problemNodes, selected: selection?.id, readOnly },
    {
      addNode: (type, x, y) => {
        const result = addNode(flow, type, { x, y });
        apply(result, result.ok ? { kind: 'node', id: result.id } : undefined);
      },
      connect: (source, target, id) => apply(addEdge(flow, source, target, id)),
      move: (id, x, y) => onChange?.(placeNodes(flow, { [id]: { x, y } }), []),
      select: setSelection,
      remove: (kind, id) => apply(kind === 'node' ? deleteNode(flow, id) : deleteEdge(flow, id), null),
    },
  );

  // A node added by a click may land outside the view (below a long flow): bring it in once drawn.
  const [focusId, setFocusId] = useState<string | undefined>();
  useEffect(() => {
    if (focusId && flow.nodes.some((n) => n.id === focusId)) {
      lf.current?.focusOn(focusId);
      setFocusId(undefined);
    }
  }, [flow, focusId, lf]);

  const appendNode = (type: NodeType) => {
    const anchor = flow.nodes.find((n) => n.id === selection?.id) ?? flow.nodes[flow.nodes.length - 1];
    const at = anchor ? { x: (anchor.x ?? 300) + 40, y: (anchor.y ?? 80) + 100 } : { x: 300, y: 80 };
    const result = addNode(flow, type, at);
    apply(result, result.ok ? { kind: 'node', id: result.id } : undefined);
    if (result.ok) setFocusId(result.id);
  };

  const node = selection?.kind === 'node' ? flow.nodes.find((n) => n.id === selection.id) : undefined;
  const edge = selection?.kind === 'edge' ? flow.edges.find((e) => e.id === selection.id) : undefined;

  return (
    <div
      className="fh-flow-designer"
      style={{ display: 'flex', gap: 12, alignItems: 'stretch', minHeight: height }}
    >
      {readOnly ? null : (
        <div style={{ width: 116, flex: 'none' }}>
          <FlowPalette lf={() => lf.current} onAdd={appendNode} />
        </div>
      )}
      <div style={{ flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column', gap: 6 }}>
        <FlowToolbar
          problemCount={problems.length}
          onZoomIn={() => lf.current?.zoom(true)}
          onZoomOut={() => lf.current?.zoom(false)}
          onFit={() => lf.current?.fitView(40, 40)}
          onLayout={readOnly ? undefined : () => onChange?.(autoLayout(flow), [])}
          nodes={flow.nodes.map((n) => ({ id: n.id, label: nodeName(n) }))}
          onLocate={(id) => {
            setSelection({ kind: 'node', id });
            lf.current?.focusOn(id);
            // Close the search box so the canvas and panel are in view.
            (document.activeElement as HTMLElement | null)?.blur();
          }}
        />
        <div
          ref={container}
          data-testid="flow-canvas"
          style={{
            position: 'relative',
            height,
            border: '1px solid #f0f0f0',
            borderRadius: 8,
            overflow: 'hidden',
          }}
        />
      </div>
      <div style={{ width: 380, flex: 'none', maxHeight: height + 40, overflowY: 'auto' }}>
        {node ? (
          <NodePanel
            key={node.id}
            node={node}
            flow={flow}
            fields={fields}
            readOnly={readOnly}
            problems={problems.filter((p) => p.nodeId === node.id)}
            onPatch={(patch) => apply(updateNode(flow, node.id, patch))}
            onDelete={() => apply(deleteNode(flow, node.id), null)}
            onConnect={(target) => apply(addEdge(flow, node.id, target))}
            onSelectEdge={(id) => setSelection({ kind: 'edge', id })}
            onDeleteEdge={(id) => apply(deleteEdge(flow, id))}
          />
        ) : edge ? (
          <EdgePanel
            key={edge.id}
            edge={edge}
            flow={flow}
            fields={fields}
            readOnly={readOnly}
            problems={problems.filter((p) => p.edgeId === edge.id)}
            onPatch={(patch, label) =>
              apply(updateEdge(flow, edge.id, patch as Partial<EdgeProperties>, label))
            }
            onDelete={() => apply(deleteEdge(flow, edge.id), null)}
          />
        ) : (
          <ProblemList problems={problems} onPick={setSelection} />
        )}
      </div>
    </div>
  );
}

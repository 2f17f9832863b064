import type LogicFlow from '@logicflow/core';
import type { NodeType } from '@flowhall/schema';
import { NODE_KINDS } from '../flow-shapes';
import { nodeTypeKey } from './flow-text';
import { useFlowText } from './use-flow-text';

const PALETTE: NodeType[] = ['approval', 'handle', 'cc', 'condition', 'parallel', 'join', 'end'];

/** Node types to drag onto the canvas, or click to append below the selection. */
export function FlowPalette({
  lf,
  onAdd,
  disabled,
}: {
  lf: () => LogicFlow | null;
  onAdd: (type: NodeType) => void;
  disabled?: boolean;
}) {
  const t = useFlowText();
  return (
    <div data-testid="flow-palette" style={{ display: 'flex', flexDirection: 'column', gap: 6 }}>
      <div style={{ fontSize: 12, color: '#8c8c8c' }}>{t('paletteHint')}</div>
      {PALETTE.map((type) => {
        const kind = NODE_KINDS[type];
        return (
          <button
            key={type}
            type="button"
            disabled={disabled}
            data-node-type={type}
            onPointerDown={() => lf()?.dnd.startDrag({ type, text: kind.title })}
            onClick={() => onAdd(type)}
            style={{
              display: 'flex',
              alignItems: 'center',
              gap: 6,
              padding: '6px 8px',
              border: `1px solid ${kind.color}`,
              borderRadius: kind.shape === 'rect' ? 6 : 16,
              background: kind.fill,
              color: kind.color,
              cursor: disabled ? 'not-allowed' : 'grab',
              fontSize: 13,
            }}
          >
            <span aria-hidden>{kind.icon}</span>
            {t(nodeTypeKey(type))}
          </button>
        );
      })}
    </div>
  );
}

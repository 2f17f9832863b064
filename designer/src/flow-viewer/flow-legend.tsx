import { NODE_KINDS } from '../flow-shapes';

const swatch = (border: string, fill: string, width = 2) => ({
  display: 'inline-block',
  width: 14,
  height: 10,
  marginRight: 4,
  verticalAlign: 'middle',
  border: `${width}px solid ${border}`,
  background: fill,
  borderRadius: 3,
});

/** The key to the viewer's colours; node type names come from the shared node table. */
export function FlowLegend() {
  return (
    <div
      style={{
        display: 'flex',
        flexWrap: 'wrap',
        gap: '4px 12px',
        fontSize: 12,
        color: '#595959',
        marginTop: 6,
      }}
    >
      <span>
        <i style={swatch('#fa8c16', '#fff7e6', 3)} />
        当前环节
      </span>
      <span>
        <i style={swatch(NODE_KINDS.approval.color, NODE_KINDS.approval.fill)} />
        已经过
      </span>
      <span>
        <i style={swatch('#bfbfbf', '#ffffff', 1)} />
        未到达
      </span>
    </div>
  );
}

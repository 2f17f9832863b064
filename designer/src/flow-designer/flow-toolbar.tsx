import { Badge, Button, Select, Space, Tooltip } from 'antd';

export interface FlowToolbarProps {
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFit: () => void;
  onLayout?: () => void;
  problemCount: number;
  /** Every node, for "go to step" (large flows scroll). */
  nodes: Array<{ id: string; label: string }>;
  onLocate: (id: string) => void;
}

export function FlowToolbar({
  onZoomIn,
  onZoomOut,
  onFit,
  onLayout,
  problemCount,
  nodes,
  onLocate,
}: FlowToolbarProps) {
  return (
    <Space wrap size={4} data-testid="flow-toolbar">
      <Tooltip title="放大">
        <Button size="small" onClick={onZoomIn}>
          ＋
        </Button>
      </Tooltip>
      <Tooltip title="缩小">
        <Button size="small" onClick={onZoomOut}>
          －
        </Button>
      </Tooltip>
      <Button size="small" onClick={onFit}>
        适应画布
      </Button>
      {onLayout ? (
        <Button size="small" onClick={onLayout}>
          自动布局
        </Button>
      ) : null}
      <Select
        size="small"
        showSearch
        style={{ width: 180 }}
        placeholder="定位环节…"
        aria-label="定位环节"
        value={null}
        optionFilterProp="label"
        options={nodes.map((n) => ({ value: n.id, label: n.label }))}
        onChange={(id: string) => onLocate(id)}
      />
      <Badge
        count={problemCount}
        size="small"
        offset={[6, 0]}
        color={problemCount ? '#ff4d4f' : '#52c41a'}
        showZero
      >
        <span style={{ fontSize: 12, color: problemCount ? '#cf1322' : '#389e0d' }}>
          {problemCount ? '待修正问题' : '校验通过'}
        </span>
      </Badge>
    </Space>
  );
}

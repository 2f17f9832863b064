import { Badge, Button, Select, Space, Tooltip } from 'antd';
import { useFlowText } from './use-flow-text';

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
  const t = useFlowText();
  return (
    <Space wrap size={4} data-testid="flow-toolbar">
      <Tooltip title={t('zoomIn')}>
        <Button size="small" onClick={onZoomIn}>
          ＋
        </Button>
      </Tooltip>
      <Tooltip title={t('zoomOut')}>
        <Button size="small" onClick={onZoomOut}>
          －
        </Button>
      </Tooltip>
      <Button size="small" onClick={onFit}>
        {t('fit')}
      </Button>
      {onLayout ? (
        <Button size="small" onClick={onLayout}>
          {t('layout')}
        </Button>
      ) : null}
      <Select
        size="small"
        showSearch
        style={{ width: 180 }}
        placeholder={t('locatePlaceholder')}
        aria-label={t('locate')}
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
          {problemCount ? t('problemsOpen') : t('problemsNone')}
        </span>
      </Badge>
    </Space>
  );
}

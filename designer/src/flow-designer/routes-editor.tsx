import { Button, Input, Space } from 'antd';
import type { RouteOption } from '@flowhall/schema';

/** Named choices an approver picks when approving (`decision.route`). */
export function RoutesEditor({
  value,
  onChange,
}: {
  value: RouteOption[];
  onChange: (routes: RouteOption[]) => void;
}) {
  const set = (i: number, patch: Partial<RouteOption>) =>
    onChange(value.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {value.map((route, i) => (
        <Space.Compact key={i} style={{ width: '100%' }}>
          <Input
            style={{ width: '40%' }}
            placeholder="标识"
            value={route.key}
            onChange={(e) => set(i, { key: e.target.value })}
          />
          <Input
            placeholder="显示名称"
            value={route.label}
            onChange={(e) => set(i, { label: e.target.value })}
          />
          <Button danger onClick={() => onChange(value.filter((_, j) => j !== i))}>
            删除
          </Button>
        </Space.Compact>
      ))}
      <Button
        size="small"
        onClick={() => onChange([...value, { key: `route${value.length + 1}`, label: '' }])}
      >
        添加去向
      </Button>
    </Space>
  );
}

import { Button, Input, Space } from 'antd';
import type { JsonValue } from '@flowhall/schema';

export interface OptionItem {
  label: string;
  value: JsonValue;
}

/** A field's static options (`enum` as `{ label, value }`); values stay as typed for yes/no fields. */
export function OptionsEditor({
  value,
  onChange,
}: {
  value: OptionItem[];
  onChange: (next: OptionItem[]) => void;
}) {
  const set = (i: number, patch: Partial<OptionItem>) =>
    onChange(value.map((o, j) => (j === i ? { ...o, ...patch } : o)));
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="options-editor">
      {value.map((option, i) => (
        <Space.Compact key={i} style={{ width: '100%' }}>
          <Input
            aria-label="选项名称"
            placeholder="显示名称"
            value={option.label}
            onChange={(e) => set(i, { label: e.target.value })}
          />
          <Input
            aria-label="选项值"
            style={{ width: '40%' }}
            placeholder="值"
            disabled={typeof option.value === 'boolean'}
            value={String(option.value ?? '')}
            onChange={(e) => set(i, { value: e.target.value })}
          />
          <Button danger onClick={() => onChange(value.filter((_, j) => j !== i))}>
            删除
          </Button>
        </Space.Compact>
      ))}
      <Button
        size="small"
        onClick={() =>
          onChange([...value, { label: `选项${value.length + 1}`, value: `option${value.length + 1}` }])
        }
      >
        添加选项
      </Button>
    </Space>
  );
}

/** The field's options as `{ label, value }`, whatever form the schema stored them in. */
export function readOptions(source: unknown): OptionItem[] {
  if (!Array.isArray(source)) return [];
  return source.map((o: JsonValue) =>
    o !== null && typeof o === 'object' && !Array.isArray(o) && 'value' in o
      ? { label: String(o.label ?? o.value), value: o.value as JsonValue }
      : { label: String(o), value: o },
  );
}

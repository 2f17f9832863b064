import { Button, Input, InputNumber, Select, Space, Typography } from 'antd';
import type { JsonValue } from '@flowhall/schema';
import {
  CONDITION_OPERATORS,
  UNARY_OPERATORS,
  type Condition,
  type ConditionClause,
  type ConditionOperator,
} from '../schema-ops';
import { OPERATOR_LABELS } from './labels';
import type { RuleField } from './rule-fields';

export interface RuleBuilderProps {
  value: Condition | undefined;
  fields: RuleField[];
  onChange: (next: Condition | undefined) => void;
  /** Shown when there are no clauses yet. */
  emptyText?: string;
}

function ValueInput({
  clause,
  field,
  onChange,
}: {
  clause: ConditionClause;
  field: RuleField | undefined;
  onChange: (value: JsonValue) => void;
}) {
  if (UNARY_OPERATORS.has(clause.op)) return null;
  if (
    field?.options &&
    (clause.op === 'in' || clause.op === 'contains' || !['gt', 'gte', 'lt', 'lte'].includes(clause.op))
  ) {
    const multiple = clause.op === 'in';
    // Select needs string keys; map option values through their index and back.
    const index = (v: JsonValue) =>
      field.options!.findIndex((o) => JSON.stringify(o.value) === JSON.stringify(v));
    const current = multiple
      ? (Array.isArray(clause.value) ? clause.value : []).map(index)
      : clause.value === undefined
        ? undefined
        : index(clause.value);
    return (
      <Select
        style={{ minWidth: 140 }}
        mode={multiple ? 'multiple' : undefined}
        value={current as number | number[] | undefined}
        placeholder="选择值"
        aria-label="条件值"
        options={field.options.map((o, i) => ({ label: o.label, value: i }))}
        onChange={(picked: number | number[]) =>
          onChange(
            Array.isArray(picked) ? picked.map((i) => field.options![i].value) : field.options![picked].value,
          )
        }
      />
    );
  }
  if (field?.type === 'number') {
    return (
      <InputNumber
        style={{ width: 140 }}
        value={typeof clause.value === 'number' ? clause.value : null}
        placeholder="数值"
        aria-label="条件值"
        onChange={(v) => onChange(v ?? 0)}
      />
    );
  }
  if (clause.op === 'in') {
    return (
      <Select
        mode="tags"
        style={{ minWidth: 160 }}
        placeholder="输入后回车"
        aria-label="条件值"
        value={(Array.isArray(clause.value) ? clause.value : []).map(String)}
        onChange={(v: string[]) => onChange(v)}
      />
    );
  }
  return (
    <Input
      style={{ width: 160 }}
      placeholder="值"
      aria-label="条件值"
      value={clause.value === undefined || clause.value === null ? '' : String(clause.value)}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}

/**
 * "Field operator value" clauses joined by all / any: how administrators write conditions for
 * branches and for showing or requiring fields, without code.
 */
export function RuleBuilder({ value, fields, onChange, emptyText = '无条件' }: RuleBuilderProps) {
  const clauses = value?.clauses ?? [];
  const set = (next: ConditionClause[], combine = value?.combine ?? 'and') =>
    onChange(next.length ? { combine, clauses: next } : undefined);
  const update = (i: number, patch: Partial<ConditionClause>) =>
    set(clauses.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  const add = () => {
    const first = fields[0];
    if (first) set([...clauses, { field: first.path, op: 'eq', value: first.options?.[0]?.value ?? '' }]);
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="rule-builder">
      {clauses.length === 0 ? <Typography.Text type="secondary">{emptyText}</Typography.Text> : null}
      {clauses.length > 1 ? (
        <Select
          size="small"
          value={value?.combine}
          style={{ width: 180 }}
          onChange={(combine: 'and' | 'or') => set(clauses, combine)}
          options={[
            { value: 'and', label: '同时满足以下全部条件' },
            { value: 'or', label: '满足以下任一条件' },
          ]}
        />
      ) : null}
      {clauses.map((clause, i) => {
        const field = fields.find((f) => f.path === clause.field);
        return (
          <Space key={i} wrap size={4}>
            <Select
              style={{ width: 160 }}
              showSearch
              optionFilterProp="label"
              value={clause.field}
              aria-label="条件字段"
              options={fields.map((f) => ({ value: f.path, label: f.title }))}
              onChange={(path: string) => {
                const picked = fields.find((f) => f.path === path);
                update(i, { field: path, value: picked?.options?.[0]?.value ?? '' });
              }}
            />
            <Select
              style={{ width: 120 }}
              value={clause.op}
              aria-label="条件运算"
              options={CONDITION_OPERATORS.map((op) => ({ value: op, label: OPERATOR_LABELS[op] }))}
              onChange={(op: ConditionOperator) =>
                update(
                  i,
                  UNARY_OPERATORS.has(op)
                    ? { op, value: undefined }
                    : op === 'in'
                      ? { op, value: [] }
                      : { op },
                )
              }
            />
            <ValueInput clause={clause} field={field} onChange={(v) => update(i, { value: v })} />
            <Button size="small" danger type="text" onClick={() => set(clauses.filter((_, j) => j !== i))}>
              删除
            </Button>
          </Space>
        );
      })}
      <Button size="small" onClick={add} disabled={fields.length === 0}>
        添加条件
      </Button>
    </Space>
  );
}

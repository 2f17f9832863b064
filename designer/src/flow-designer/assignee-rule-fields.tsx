import { InputNumber, Select, Space, Typography } from 'antd';
import type { AssigneeRule, RoleScope } from '@flowhall/schema';
import { RULE_LABELS, SCOPE_LABELS } from '../shared/labels';
import type { RuleField } from '../shared/rule-fields';
import { DeptPickerSelect, RolePickerSelect, UserPickerSelect } from './org-pickers';

export interface RuleFieldsProps {
  rule: AssigneeRule;
  fields: RuleField[];
  onChange: (rule: AssigneeRule) => void;
  /** `byField` cases hold simpler rules; nesting stops there. */
  nested?: boolean;
}

/** A fresh rule of `type` with its required parts empty (validation points at what is missing). */
export function emptyRule(type: AssigneeRule['type']): AssigneeRule {
  switch (type) {
    case 'users':
      return { type, users: [] };
    case 'role':
      return { type, role: '', scope: 'global' };
    case 'applicantChoice':
    case 'formField':
      return { type, field: '' };
    case 'byField':
      return { type, field: '', cases: {} };
    default:
      return { type } as AssigneeRule;
  }
}

const userFields = (fields: RuleField[]) =>
  fields
    .filter((f) => f.component === 'UserPicker' || f.type === 'string')
    .map((f) => ({ value: f.path, label: f.title }));

function FieldSelect({
  value,
  fields,
  onChange,
}: {
  value: string;
  fields: RuleField[];
  onChange: (p: string) => void;
}) {
  return (
    <Select
      style={{ width: '100%' }}
      showSearch
      optionFilterProp="label"
      placeholder="选择表单字段"
      value={value || undefined}
      options={userFields(fields)}
      onChange={onChange}
      aria-label="表单字段"
    />
  );
}

function ByFieldCases({
  rule,
  fields,
  onChange,
}: {
  rule: Extract<AssigneeRule, { type: 'byField' }>;
  fields: RuleField[];
  onChange: (r: AssigneeRule) => void;
}) {
  const field = fields.find((f) => f.path === rule.field);
  const values =
    field?.options?.map((o) => ({ key: String(o.value), label: o.label })) ??
    Object.keys(rule.cases).map((k) => ({ key: k, label: k }));
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {values.map(({ key, label }) => (
        <div key={key}>
          <Typography.Text type="secondary">当取值为「{label}」时：</Typography.Text>
          <SimpleRule
            rule={rule.cases[key]}
            fields={fields}
            onChange={(inner) => {
              const cases = { ...rule.cases };
              if (inner) cases[key] = inner;
              else delete cases[key];
              onChange({ ...rule, cases });
            }}
          />
        </div>
      ))}
      <div>
        <Typography.Text type="secondary">其他取值：</Typography.Text>
        <SimpleRule
          rule={rule.default}
          fields={fields}
          onChange={(inner) => {
            const { default: _old, ...rest } = rule;
            onChange(inner ? { ...rest, default: inner } : rest);
          }}
        />
      </div>
    </Space>
  );
}

/** A rule picker with no nested byField, for the cases of a byField rule. */
function SimpleRule({
  rule,
  fields,
  onChange,
}: {
  rule: AssigneeRule | undefined;
  fields: RuleField[];
  onChange: (r: AssigneeRule | undefined) => void;
}) {
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Select
        allowClear
        style={{ width: '100%' }}
        placeholder="选择办理人规则"
        value={rule?.type}
        options={(Object.keys(RULE_LABELS) as AssigneeRule['type'][])
          .filter((t) => t !== 'byField')
          .map((t) => ({ value: t, label: RULE_LABELS[t] }))}
        onChange={(t?: AssigneeRule['type']) => onChange(t ? emptyRule(t) : undefined)}
      />
      {rule ? <AssigneeRuleFields rule={rule} fields={fields} onChange={onChange} nested /> : null}
    </Space>
  );
}

/** The inputs of one assignee rule, by its type (DESIGN.md §4). */
export function AssigneeRuleFields({ rule, fields, onChange, nested }: RuleFieldsProps) {
  switch (rule.type) {
    case 'users':
      return <UserPickerSelect value={rule.users} onChange={(users) => onChange({ ...rule, users })} />;
    case 'role':
      return (
        <Space direction="vertical" style={{ width: '100%' }}>
          <RolePickerSelect value={rule.role || undefined} onChange={(role) => onChange({ ...rule, role })} />
          <Select
            style={{ width: '100%' }}
            value={rule.scope ?? 'global'}
            aria-label="角色范围"
            options={(Object.keys(SCOPE_LABELS) as RoleScope[]).map((s) => ({
              value: s,
              label: `范围：${SCOPE_LABELS[s]}`,
            }))}
            onChange={(scope: RoleScope) => {
              const { deptId: _d, ...rest } = rule;
              onChange(scope === 'dept' ? { ...rest, scope, deptId: rule.deptId ?? '' } : { ...rest, scope });
            }}
          />
          {rule.scope === 'dept' ? (
            <DeptPickerSelect
              value={rule.deptId || undefined}
              onChange={(deptId) => onChange({ ...rule, deptId })}
            />
          ) : null}
        </Space>
      );
    case 'deptHead':
    case 'leaderInCharge':
      return (
        <Space>
          <Typography.Text>向上</Typography.Text>
          <InputNumber
            min={0}
            max={5}
            value={rule.levels ?? 0}
            onChange={(levels) => onChange({ ...rule, levels: levels ?? 0 })}
          />
          <Typography.Text>级（0 为申请人所在部门）</Typography.Text>
        </Space>
      );
    case 'applicantChoice':
    case 'formField':
      return (
        <FieldSelect value={rule.field} fields={fields} onChange={(field) => onChange({ ...rule, field })} />
      );
    case 'byField':
      if (nested) return null;
      return (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Select
            style={{ width: '100%' }}
            placeholder="按哪个字段的取值"
            value={rule.field || undefined}
            options={fields.filter((f) => f.options).map((f) => ({ value: f.path, label: f.title }))}
            onChange={(field: string) => onChange({ ...rule, field, cases: {} })}
          />
          {rule.field ? <ByFieldCases rule={rule} fields={fields} onChange={onChange} /> : null}
        </Space>
      );
    default:
      return null;
  }
}

import { Button, Card, Select, Space } from 'antd';
import type { AssigneeRule, AssigneeRuleType } from '@flowhall/schema';
import { ASSIGNEE_RULE_TYPES } from '@flowhall/schema';
import { RULE_LABELS } from '../shared/labels';
import type { RuleField } from '../shared/rule-fields';
import { AssigneeRuleFields, emptyRule } from './assignee-rule-fields';

/** The node's assignee rules: their people are merged (DESIGN.md §4). */
export function AssigneeEditor({
  value,
  fields,
  onChange,
}: {
  value: AssigneeRule[];
  fields: RuleField[];
  onChange: (rules: AssigneeRule[]) => void;
}) {
  const replace = (i: number, rule: AssigneeRule) => onChange(value.map((r, j) => (j === i ? rule : r)));
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="assignee-editor">
      {value.map((rule, i) => (
        <Card
          key={i}
          size="small"
          title={
            <Select
              size="small"
              variant="borderless"
              value={rule.type}
              style={{ width: 200 }}
              aria-label="办理人规则类型"
              options={ASSIGNEE_RULE_TYPES.map((t) => ({ value: t, label: RULE_LABELS[t] }))}
              onChange={(t: AssigneeRuleType) => replace(i, emptyRule(t))}
            />
          }
          extra={
            <Button size="small" type="text" danger onClick={() => onChange(value.filter((_, j) => j !== i))}>
              删除
            </Button>
          }
        >
          <AssigneeRuleFields rule={rule} fields={fields} onChange={(r) => replace(i, r)} />
        </Card>
      ))}
      <Button size="small" onClick={() => onChange([...value, emptyRule('role')])}>
        添加办理人规则
      </Button>
    </Space>
  );
}

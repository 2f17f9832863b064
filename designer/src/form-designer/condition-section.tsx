import { Form } from 'antd';
import type { FormFieldSchema } from '@flowhall/schema';
import { RuleBuilder } from '../shared/rule-builder';
import type { RuleField } from '../shared/rule-fields';
import { hasCustomCondition, readCondition, setVisibleCondition, writeCondition } from './field-conditions';

/** "Show only when" and "required only when", as rules over the other fields. */
export function ConditionSection({
  field,
  path,
  fields,
  onChange,
}: {
  field: FormFieldSchema;
  path: string | undefined;
  fields: RuleField[];
  onChange: (next: FormFieldSchema) => void;
}) {
  const others = fields.filter((f) => f.path !== path);
  return (
    <>
      <Form.Item
        label="显示条件"
        extra={
          hasCustomCondition(field, 'visible')
            ? '已有模板预置的显示规则；在此设置将替换它。'
            : '不设置则始终显示'
        }
      >
        <RuleBuilder
          value={readCondition(field, 'visible')}
          fields={others}
          emptyText="始终显示"
          onChange={(c) => onChange(setVisibleCondition(field, c))}
        />
      </Form.Item>
      {field.type !== 'void' ? (
        <Form.Item label="必填条件" extra="满足条件时必填">
          <RuleBuilder
            value={readCondition(field, 'required')}
            fields={others}
            emptyText={field.required ? '始终必填' : '不必填'}
            onChange={(c) => {
              const { required: _static, ...rest } = field;
              onChange(writeCondition(c ? rest : field, 'required', c));
            }}
          />
        </Form.Item>
      ) : null}
    </>
  );
}

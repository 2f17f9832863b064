import { useEffect, useState } from 'react';
import { Collapse, Form, Input, InputNumber, Select, Switch, Typography } from 'antd';
import type { FormFieldSchema, JsonValue } from '@flowhall/schema';
import type { RuleField } from '../shared/rule-fields';
import { ConditionSection } from './condition-section';
import { isRequired, setRequired } from './field-conditions';
import { labelOf, withLabel } from './field-label';
import { OptionsEditor, readOptions } from './options-editor';
import { ValidationSection } from './validation-section';
import { useFormText } from './use-form-text';

export interface FieldPanelProps {
  field: FormFieldSchema;
  name: string;
  path: string | undefined;
  fields: RuleField[];
  /** Inside a grid: offer the column span. */
  inGrid: boolean;
  readOnly: boolean;
  onChange: (next: FormFieldSchema) => void;
  /** Answers an error message, or null when renamed. */
  onRename: (name: string) => string | null;
}

/** Sets or, for undefined / empty, removes a key (the schema keeps only what was set). */
function assign(field: FormFieldSchema, patch: Record<string, unknown>): FormFieldSchema {
  const next: Record<string, unknown> = { ...field };
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined || v === '') delete next[k];
    else next[k] = v;
  }
  return next as FormFieldSchema;
}

function props(field: FormFieldSchema, key: string, value: JsonValue | undefined): FormFieldSchema {
  const current = { ...(field['x-component-props'] ?? {}) };
  if (value === undefined || value === '') delete current[key];
  else current[key] = value;
  return assign(field, { 'x-component-props': Object.keys(current).length ? current : undefined });
}

/** The name field keeps its own text until it is a valid, unused name. */
function NameInput({
  name,
  onRename,
  disabled,
}: {
  name: string;
  onRename: FieldPanelProps['onRename'];
  disabled: boolean;
}) {
  const t = useFormText();
  const [text, setText] = useState(name);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setText(name);
    setError(null);
  }, [name]);
  return (
    <Form.Item
      label={t('fieldName')}
      validateStatus={error ? 'error' : ''}
      help={error ?? t('fieldNameHelp')}
    >
      <Input
        aria-label={t('fieldName')}
        disabled={disabled}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onBlur={() => setError(text === name ? null : onRename(text))}
        onPressEnter={() => setError(text === name ? null : onRename(text))}
      />
    </Form.Item>
  );
}

function DefaultInput({
  field,
  onChange,
}: {
  field: FormFieldSchema;
  onChange: (v: JsonValue | undefined) => void;
}) {
  const t = useFormText();
  const value = field.default as JsonValue | undefined;
  const options = readOptions(field.enum);
  if (options.length && field.type !== 'array') {
    const index = options.findIndex((o) => JSON.stringify(o.value) === JSON.stringify(value));
    return (
      <Select
        allowClear
        value={index >= 0 ? index : undefined}
        options={options.map((o, i) => ({ value: i, label: o.label }))}
        onChange={(i?: number) => onChange(i === undefined ? undefined : options[i].value)}
      />
    );
  }
  if (field.type === 'number')
    return (
      <InputNumber
        value={typeof value === 'number' ? value : null}
        onChange={(v) => onChange(v ?? undefined)}
      />
    );
  if (field.type === 'boolean')
    return <Switch checked={value === true} onChange={(v) => onChange(v || undefined)} />;
  if (field.type === 'string')
    return (
      <Input value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value)} />
    );
  return <Typography.Text type="secondary">{t('noDefault')}</Typography.Text>;
}

/** Everything an administrator sets on the selected field. */
export function FieldPanel({
  field,
  name,
  path,
  fields,
  inGrid,
  readOnly,
  onChange,
  onRename,
}: FieldPanelProps) {
  const t = useFormText();
  const layout = field.type === 'void';
  const hasOptions = Array.isArray(field.enum);
  const span = (field['x-decorator-props'] as { gridSpan?: number } | undefined)?.gridSpan ?? 1;
  const basics = (
    <>
      <Form.Item label={t('title')}>
        <Input
          aria-label={t('fieldTitle')}
          value={labelOf(field, '')}
          onChange={(e) => onChange(withLabel(field, e.target.value))}
        />
      </Form.Item>
      <NameInput name={name} onRename={onRename} disabled={readOnly} />
      {layout ? null : (
        <>
          <Form.Item label={t('required')}>
            <Switch
              aria-label={t('required')}
              checked={isRequired(field)}
              onChange={(on) => onChange(setRequired(field, on))}
            />
          </Form.Item>
          <Form.Item label={t('placeholder')}>
            <Input
              value={String(field['x-component-props']?.placeholder ?? '')}
              onChange={(e) => onChange(props(field, 'placeholder', e.target.value))}
            />
          </Form.Item>
          <Form.Item label={t('defaultValue')}>
            <DefaultInput field={field} onChange={(v) => onChange(assign(field, { default: v }))} />
          </Form.Item>
          <Form.Item label={t('description')}>
            <Input.TextArea
              rows={2}
              value={typeof field.description === 'string' ? field.description : ''}
              onChange={(e) => onChange(assign(field, { description: e.target.value }))}
            />
          </Form.Item>
        </>
      )}
      {inGrid ? (
        <Form.Item label={t('gridSpan')}>
          <InputNumber
            min={1}
            max={4}
            value={span}
            onChange={(v) =>
              onChange(
                assign(field, {
                  'x-decorator-props':
                    v && v > 1 ? { ...(field['x-decorator-props'] as object), gridSpan: v } : undefined,
                }),
              )
            }
          />
        </Form.Item>
      ) : null}
    </>
  );
  const items = [
    { key: 'basic', label: t('sectionBasic'), children: basics },
    ...(hasOptions
      ? [
          {
            key: 'options',
            label: t('sectionOptions'),
            children: (
              <OptionsEditor
                value={readOptions(field.enum)}
                onChange={(o) => onChange(assign(field, { enum: o }))}
              />
            ),
          },
        ]
      : []),
    ...(layout
      ? []
      : [
          {
            key: 'validation',
            label: t('sectionValidation'),
            children: <ValidationSection field={field} onPatch={(p) => onChange(assign(field, p))} />,
          },
        ]),
    {
      key: 'conditions',
      label: t('sectionConditions'),
      children: <ConditionSection field={field} path={path} fields={fields} onChange={onChange} />,
    },
  ];
  return (
    <Form layout="vertical" size="small" disabled={readOnly} data-testid="field-panel">
      <Collapse size="small" defaultActiveKey={['basic', 'options', 'conditions']} items={items} />
    </Form>
  );
}

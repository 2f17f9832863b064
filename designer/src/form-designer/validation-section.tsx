import { Form, Input, InputNumber, Select } from 'antd';
import type { FormFieldSchema } from '@flowhall/schema';

/** Formily's built-in formats the server's validator knows too. */
const FORMATS = [
  { value: 'email', label: '电子邮箱' },
  { value: 'phone', label: '手机号码' },
  { value: 'idcard', label: '身份证号' },
  { value: 'url', label: '网址' },
];

function patternError(pattern: string): string | undefined {
  if (!pattern) return undefined;
  try {
    new RegExp(pattern);
    return undefined;
  } catch {
    return '正则表达式有误';
  }
}

type Patch = (patch: Partial<FormFieldSchema>) => void;

/** Length for text, range for numbers, a pattern and a standard format. */
export function ValidationSection({ field, onPatch }: { field: FormFieldSchema; onPatch: Patch }) {
  const num = (key: string) => (typeof field[key] === 'number' ? (field[key] as number) : null);
  const isNumber = field.type === 'number';
  const isText = field.type === 'string';
  const pattern = typeof field.pattern === 'string' ? field.pattern : '';
  const format = typeof field['x-validator'] === 'string' ? field['x-validator'] : undefined;
  return (
    <>
      {isText ? (
        <Form.Item label="长度">
          <InputNumber
            min={0}
            placeholder="最少"
            value={num('minLength')}
            onChange={(v) => onPatch({ minLength: v ?? undefined })}
          />
          <span style={{ margin: '0 6px' }}>–</span>
          <InputNumber
            min={0}
            placeholder="最多"
            value={num('maxLength')}
            onChange={(v) => onPatch({ maxLength: v ?? undefined })}
          />
        </Form.Item>
      ) : null}
      {isNumber ? (
        <Form.Item label="取值范围">
          <InputNumber
            placeholder="最小"
            value={num('minimum')}
            onChange={(v) => onPatch({ minimum: v ?? undefined })}
          />
          <span style={{ margin: '0 6px' }}>–</span>
          <InputNumber
            placeholder="最大"
            value={num('maximum')}
            onChange={(v) => onPatch({ maximum: v ?? undefined })}
          />
        </Form.Item>
      ) : null}
      {isText ? (
        <>
          <Form.Item label="格式">
            <Select
              allowClear
              placeholder="不限"
              value={format}
              options={FORMATS}
              onChange={(v?: string) => onPatch({ 'x-validator': v })}
            />
          </Form.Item>
          <Form.Item
            label="正则表达式"
            validateStatus={patternError(pattern) ? 'error' : ''}
            help={patternError(pattern)}
          >
            <Input
              placeholder="例如 ^[A-Z]{2}\d{6}$"
              value={pattern}
              onChange={(e) => onPatch({ pattern: e.target.value || undefined })}
            />
          </Form.Item>
        </>
      ) : null}
    </>
  );
}

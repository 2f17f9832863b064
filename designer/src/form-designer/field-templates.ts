import type { FormFieldSchema } from '@flowhall/schema';

/**
 * The schema a palette item drops onto the canvas. Standard components get the shape the
 * baselines use (FormItem decorator, options, a repeating table's columns); a component a plugin
 * registers gets a plain field the administrator then adjusts.
 */
export interface FieldTemplate {
  /** Base of the field name; made unique on insertion. */
  name: string;
  schema: FormFieldSchema;
}

const OPTIONS = [
  { label: '选项一', value: 'option1' },
  { label: '选项二', value: 'option2' },
];

const field = (
  type: FormFieldSchema['type'],
  component: string,
  title: string,
  extra: FormFieldSchema = {},
): FormFieldSchema => ({
  type,
  title,
  'x-decorator': 'FormItem',
  'x-component': component,
  ...extra,
});

function table(title: string): FormFieldSchema {
  const column = (
    colTitle: string,
    properties: Record<string, FormFieldSchema>,
    props: Record<string, string | number> = {},
  ) => ({
    type: 'void' as const,
    'x-component': 'ArrayTable.Column',
    'x-component-props': { title: colTitle, ...props },
    properties,
  });
  return {
    type: 'array',
    title,
    'x-decorator': 'FormItem',
    'x-component': 'ArrayTable',
    items: {
      type: 'object',
      properties: {
        colIndex: column(
          '序号',
          { index: { type: 'void', 'x-component': 'ArrayTable.Index' } },
          { width: 60, align: 'center' },
        ),
        col_item: column('内容', { item: field('string', 'Input', '内容') }),
        colRemove: column(
          '操作',
          { remove: { type: 'void', 'x-component': 'ArrayTable.Remove' } },
          { width: 80 },
        ),
      },
    },
    properties: { add: { type: 'void', title: '添加行', 'x-component': 'ArrayTable.Addition' } },
  };
}

const TEMPLATES: Record<string, (title: string) => FieldTemplate> = {
  Input: (t) => ({ name: 'text', schema: field('string', 'Input', t) }),
  'Input.TextArea': (t) => ({ name: 'textarea', schema: field('string', 'Input.TextArea', t) }),
  NumberPicker: (t) => ({ name: 'number', schema: field('number', 'NumberPicker', t) }),
  Select: (t) => ({ name: 'select', schema: field('string', 'Select', t, { enum: OPTIONS }) }),
  'Radio.Group': (t) => ({ name: 'radio', schema: field('string', 'Radio.Group', t, { enum: OPTIONS }) }),
  'Checkbox.Group': (t) => ({
    name: 'checkboxes',
    schema: field('array', 'Checkbox.Group', t, { enum: OPTIONS }),
  }),
  Checkbox: (t) => ({ name: 'confirm', schema: field('boolean', 'Checkbox', t) }),
  Switch: (t) => ({ name: 'switch', schema: field('boolean', 'Switch', t) }),
  DatePicker: (t) => ({ name: 'date', schema: field('string', 'DatePicker', t, { format: 'date' }) }),
  'DatePicker.RangePicker': (t) => ({
    name: 'dateRange',
    schema: field('array', 'DatePicker.RangePicker', t),
  }),
  Upload: (t) => ({
    name: 'files',
    schema: field('array', 'Upload', t, {
      'x-component-props': { maxCount: 10, accept: 'image/*,.pdf', compressImages: true },
    }),
  }),
  Signature: (t) => ({ name: 'signature', schema: field('string', 'Signature', t) }),
  UserPicker: (t) => ({ name: 'user', schema: field('string', 'UserPicker', t) }),
  DepartmentPicker: (t) => ({ name: 'department', schema: field('string', 'DepartmentPicker', t) }),
  SealPicker: (t) => ({ name: 'seals', schema: field('array', 'SealPicker', t) }),
  ArrayTable: (t) => ({ name: 'table', schema: table(t) }),
  Card: (t) => ({
    name: 'card',
    schema: {
      type: 'void',
      'x-component': 'Card',
      'x-component-props': { title: t },
      properties: {
        grid: {
          type: 'void',
          'x-component': 'FormGrid',
          'x-component-props': { maxColumns: 2, minColumns: 1 },
          properties: {},
        },
      },
    },
  }),
  FormGrid: () => ({
    name: 'grid',
    schema: {
      type: 'void',
      'x-component': 'FormGrid',
      'x-component-props': { maxColumns: 2, minColumns: 1 },
      properties: {},
    },
  }),
  FormLayout: () => ({
    name: 'layout',
    schema: { type: 'void', 'x-component': 'FormLayout', properties: {} },
  }),
  FormTab: () => ({
    name: 'tabs',
    schema: {
      type: 'void',
      'x-component': 'FormTab',
      properties: {
        tab1: {
          type: 'void',
          'x-component': 'FormTab.TabPane',
          'x-component-props': { tab: '选项卡一' },
          properties: {},
        },
      },
    },
  }),
  FormStep: () => ({
    name: 'steps',
    schema: {
      type: 'void',
      'x-component': 'FormStep',
      'x-component-props': { formStep: '{{formStep}}' },
      properties: {
        step1: {
          type: 'void',
          'x-component': 'FormStep.StepPane',
          'x-component-props': { title: '第一步' },
          properties: {},
        },
      },
    },
  }),
  Alert: (t) => ({
    name: 'notice',
    schema: {
      type: 'void',
      'x-component': 'Alert',
      'x-component-props': { message: t, type: 'info', showIcon: true },
    },
  }),
};

/** Sub-parts added from a container's own toolbar (a tab, a step, a column). */
export const PART_TEMPLATES: Record<string, (index: number) => FieldTemplate> = {
  'FormTab.TabPane': (i) => ({
    name: `tab${i}`,
    schema: {
      type: 'void',
      'x-component': 'FormTab.TabPane',
      'x-component-props': { tab: `选项卡${i}` },
      properties: {},
    },
  }),
  'FormStep.StepPane': (i) => ({
    name: `step${i}`,
    schema: {
      type: 'void',
      'x-component': 'FormStep.StepPane',
      'x-component-props': { title: `第${i}步` },
      properties: {},
    },
  }),
  'ArrayTable.Column': (i) => ({
    name: `col_${i}`,
    schema: {
      type: 'void',
      'x-component': 'ArrayTable.Column',
      'x-component-props': { title: `列${i}` },
      properties: {},
    },
  }),
};

export function templateFor(component: string, title: string): FieldTemplate {
  const make = TEMPLATES[component];
  if (make) return make(title);
  const base = component.replace(/[^A-Za-z0-9]/g, '');
  return {
    name: base.charAt(0).toLowerCase() + base.slice(1) || 'field',
    schema: field('string', component, title),
  };
}

import type { FormFieldSchema, JsonValue } from '@flowhall/schema';
import { SEAL_TYPES } from '../seal-types';

/**
 * Small builders for the Formily schemas of the baselines. They only save typing: what they return
 * is plain JSON that administrators later edit in the form designer. Components are referenced by
 * name (see FORM_COMPONENTS); validation keywords are the ones `validateFormData` understands.
 */

type Props = { [key: string]: JsonValue };
type Fields = { [name: string]: FormFieldSchema };

/** Every component name the baselines use; the host must register each one. */
export const FORM_COMPONENTS: readonly string[] = [
  'Input',
  'Input.TextArea',
  'Select',
  'Radio.Group',
  'Checkbox',
  'Checkbox.Group',
  'DatePicker',
  'NumberPicker',
  'Switch',
  'Upload',
  'ArrayTable',
  'ArrayTable.Column',
  'ArrayTable.Addition',
  'ArrayTable.Remove',
  'ArrayTable.Index',
  'FormGrid',
  'FormLayout',
  'Card',
  'FormStep',
  // Formily's FormStep renders only its StepPane children, so the two go together.
  'FormStep.StepPane',
  'UserPicker',
  'DepartmentPicker',
  'SealPicker',
];

export interface FieldOptions {
  required?: boolean;
  description?: string;
  placeholder?: string;
  props?: Props;
  extra?: FormFieldSchema;
}

function base(
  type: FormFieldSchema['type'],
  component: string,
  title: string,
  o: FieldOptions,
): FormFieldSchema {
  const props: Props = { ...(o.placeholder ? { placeholder: o.placeholder } : {}), ...(o.props ?? {}) };
  return {
    type,
    title,
    ...(o.required ? { required: true } : {}),
    ...(o.description ? { description: o.description } : {}),
    'x-decorator': 'FormItem',
    'x-component': component,
    ...(Object.keys(props).length > 0 ? { 'x-component-props': props } : {}),
    ...(o.extra ?? {}),
  };
}

export const options = (pairs: ReadonlyArray<readonly [string, string]>): JsonValue =>
  pairs.map(([value, label]) => ({ label, value }));

export const SEAL_TYPE_OPTIONS: JsonValue = SEAL_TYPES.map((t) => ({ label: t.name, value: t.key }));

export const text = (title: string, o: FieldOptions & { maxLength?: number } = {}): FormFieldSchema =>
  base('string', 'Input', title, { ...o, extra: { maxLength: o.maxLength ?? 100, ...(o.extra ?? {}) } });

export const textArea = (title: string, o: FieldOptions & { maxLength?: number } = {}): FormFieldSchema =>
  base('string', 'Input.TextArea', title, {
    ...o,
    extra: { maxLength: o.maxLength ?? 1000, ...(o.extra ?? {}) },
  });

/** A mainland mobile number, checked by the `phone` format. */
export const mobile = (title: string, o: FieldOptions = {}): FormFieldSchema =>
  base('string', 'Input', title, {
    placeholder: '例：13800001234',
    ...o,
    extra: { 'x-validator': 'phone', ...(o.extra ?? {}) },
  });

export const select = (title: string, values: JsonValue, o: FieldOptions = {}): FormFieldSchema =>
  base('string', 'Select', title, { ...o, extra: { enum: values, ...(o.extra ?? {}) } });

export const radio = (title: string, values: JsonValue, o: FieldOptions = {}): FormFieldSchema =>
  base('string', 'Radio.Group', title, { ...o, extra: { enum: values, ...(o.extra ?? {}) } });

/** A multiple choice: an untyped field holding a list of the option values. */
export const checkboxGroup = (title: string, values: JsonValue, o: FieldOptions = {}): FormFieldSchema => {
  const field = base(undefined, 'Checkbox.Group', title, {
    ...o,
    extra: { enum: values, ...(o.extra ?? {}) },
  });
  delete field.type;
  return field;
};

/** 是 / 否 as a radio pair, stored as a boolean (conditions compare with `true`). */
export const yesNo = (title: string, o: FieldOptions = {}): FormFieldSchema =>
  base('boolean', 'Radio.Group', title, {
    required: true,
    ...o,
    extra: {
      enum: [
        { label: '是', value: true },
        { label: '否', value: false },
      ],
      default: false,
      ...(o.extra ?? {}),
    },
  });

/** A promise the applicant ticks; `required` alone lets `false` through, the rules check `true`. */
export const promise = (title: string, statement: string): FormFieldSchema =>
  base('boolean', 'Checkbox', title, {
    required: true,
    extra: { 'x-content': statement },
  });

/**
 * A date as `YYYY-MM-DD`. `defaultToday` asks the runtime to fill today's date when the form opens:
 * a JSON schema `default` cannot be dynamic, so the baseline carries the intent, not a value.
 */
export const date = (title: string, o: FieldOptions & { defaultToday?: boolean } = {}): FormFieldSchema =>
  base('string', 'DatePicker', title, {
    ...o,
    props: { ...(o.defaultToday ? { defaultToday: true } : {}), ...(o.props ?? {}) },
    extra: { format: 'date', ...(o.extra ?? {}) },
  });

export const count = (
  title: string,
  o: FieldOptions & { min?: number; max?: number } = {},
): FormFieldSchema =>
  base('number', 'NumberPicker', title, {
    ...o,
    extra: {
      minimum: o.min ?? 1,
      ...(o.max !== undefined ? { maximum: o.max } : {}),
      ...(o.extra ?? {}),
    },
  });

/** File ids; at most 10 per field (R10); the runtime compresses large photos before upload. */
export const upload = (title: string, o: FieldOptions = {}): FormFieldSchema =>
  base('array', 'Upload', title, {
    ...o,
    props: { maxCount: 10, accept: 'image/*,.pdf', compressImages: true, ...(o.props ?? {}) },
  });

/** A user id (string) picked from the org; `props.role` narrows the list. */
export const user = (title: string, o: FieldOptions = {}): FormFieldSchema =>
  base('string', 'UserPicker', title, o);

/** A department id (string) picked from the org tree. */
export const department = (title: string, o: FieldOptions = {}): FormFieldSchema =>
  base('string', 'DepartmentPicker', title, o);

/** Seals picked from the registry (R11): one row per seal with count and stamp positions. */
export const seals = (title: string, o: FieldOptions = {}): FormFieldSchema =>
  base('array', 'SealPicker', title, {
    ...o,
    extra: {
      items: {
        type: 'object',
        properties: {
          sealId: { type: 'string', title: '印章', required: true },
          sealName: { type: 'string', title: '印章名称', maxLength: 100 },
          sealType: { type: 'string', title: '印章类型', required: true, enum: SEAL_TYPE_OPTIONS },
          count: { type: 'number', title: '用印次数', minimum: 1 },
          positions: { type: 'string', title: '用章位置', maxLength: 200 },
        },
      },
      ...(o.extra ?? {}),
    },
  });

/** An opinion area of one approval step (R14): editable at its node, read-only after it. */
export const opinion = (title: string): FormFieldSchema =>
  textArea(title, { maxLength: 500, placeholder: '例：同意。', props: { rows: 2 } });

/** Shows a field only while another field has a value (Formily reaction; the server ignores it). */
export function visibleWhen(field: FormFieldSchema, dependency: string, expression: string): FormFieldSchema {
  return {
    ...field,
    'x-reactions': {
      dependencies: [dependency],
      fulfill: { state: { visible: `{{${expression}}}` } },
    },
  };
}

/** Shows a field only while the yes/no `dependency` is 是. */
export const visibleIfYes = (field: FormFieldSchema, dependency: string): FormFieldSchema =>
  visibleWhen(field, dependency, '$deps[0] === true');

/** Layout: a card of fields in a responsive grid (void: adds no data path). */
export function card(title: string, properties: Fields, columns = 2): FormFieldSchema {
  return {
    type: 'void',
    'x-component': 'Card',
    'x-component-props': { title },
    properties: {
      grid: {
        type: 'void',
        'x-component': 'FormGrid',
        'x-component-props': { maxColumns: columns, minColumns: 1 },
        properties,
      },
    },
  };
}

/** A field spanning the whole grid row. */
export const wide = (field: FormFieldSchema): FormFieldSchema => ({
  ...field,
  'x-decorator-props': { gridSpan: 2 },
});

/** A repeating table (R9): `columns` maps column title -> [field name, cell schema]. */
export function table(
  title: string,
  columns: ReadonlyArray<readonly [string, string, FormFieldSchema]>,
  o: { required?: boolean; description?: string } = {},
): FormFieldSchema {
  const cells: Fields = {
    colIndex: {
      type: 'void',
      'x-component': 'ArrayTable.Column',
      'x-component-props': { title: '序号', width: 60, align: 'center' },
      properties: { index: { type: 'void', 'x-component': 'ArrayTable.Index' } },
    },
  };
  for (const [name, columnTitle, cell] of columns) {
    cells[`col_${name}`] = {
      type: 'void',
      'x-component': 'ArrayTable.Column',
      'x-component-props': { title: columnTitle },
      properties: { [name]: cell },
    };
  }
  cells.colRemove = {
    type: 'void',
    'x-component': 'ArrayTable.Column',
    'x-component-props': { title: '操作', width: 80 },
    properties: { remove: { type: 'void', 'x-component': 'ArrayTable.Remove' } },
  };
  return {
    type: 'array',
    title,
    ...(o.required ? { required: true, minItems: 1 } : {}),
    ...(o.description ? { description: o.description } : {}),
    'x-decorator': 'FormItem',
    'x-component': 'ArrayTable',
    items: { type: 'object', properties: cells },
    properties: { add: { type: 'void', title: '添加行', 'x-component': 'ArrayTable.Addition' } },
  };
}

/** The R12 commitment every baseline starts with. */
export const CONFIDENTIALITY_STATEMENT =
  '上网信息不涉密，涉密信息不上网。我承诺，本次上传材料没有涉密信息，如有违反，愿承担相关后果和责任。';

export const confidentiality = (): FormFieldSchema => promise('保密承诺', CONFIDENTIALITY_STATEMENT);

/** R33, shared by every guide. */
export const CLASSIFIED_NOTICE = '涉密事项不得在线办理，请与保密主管部门线下联系。';

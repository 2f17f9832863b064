import type { FormFieldSchema, FormSchema } from '../form';
import { problem, type FormDataProblem } from './problems';
import { failedFormats, rulesOf } from './rules';

export interface ValidateFormDataOptions {
  /** `draft`: required fields may still be empty; `submit`: they must be filled. */
  mode: 'draft' | 'submit';
  /**
   * Field paths (as `collectFieldNames` names them) the actor may write. Present fields outside
   * it are NOT_EDITABLE; in submit mode only these fields are required.
   */
  editable?: ReadonlySet<string>;
  /** Upload values are file ids; says which ids the actor may reference. */
  isAcceptableFileId?: (id: string) => boolean;
  /** Files per upload field; 10 by default (R10). */
  maxFilesPerField?: number;
}

type Properties = { [name: string]: FormFieldSchema };
interface Field {
  schema: FormFieldSchema;
  requiredByParent: boolean;
}

const UNSAFE = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 20;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isEmpty = (value: unknown): boolean =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
const isUpload = (schema: FormFieldSchema): boolean =>
  typeof schema['x-component'] === 'string' && /Upload(\.Dragger)?$/.test(schema['x-component']);
const join = (prefix: string, name: string): string => (prefix ? `${prefix}.${name}` : name);

/** The data fields of a properties map: layout (`void`) nodes give their children to the parent. */
function fieldsOf(properties: Properties | undefined, requiredNames: unknown): Map<string, Field> {
  const required = new Set(
    Array.isArray(requiredNames) ? requiredNames.filter((n) => typeof n === 'string') : [],
  );
  const fields = new Map<string, Field>();
  for (const [name, schema] of Object.entries(properties ?? {})) {
    if (!schema || typeof schema !== 'object') continue;
    if (schema.type === 'void') {
      for (const [inner, field] of fieldsOf(schema.properties, schema.required)) fields.set(inner, field);
    } else {
      fields.set(name, { schema, requiredByParent: required.has(name) });
    }
  }
  return fields;
}

function enumValues(schema: FormFieldSchema): unknown[] | undefined {
  const raw = schema.enum;
  if (!Array.isArray(raw)) return undefined;
  return raw.map((entry) => (isPlainObject(entry) && 'value' in entry ? entry.value : entry));
}

/**
 * Checks form data against a Formily form schema: no unknown or unsafe keys at any depth, types,
 * enums, lengths, ranges, patterns and formats (including `x-validator`), repeating-table rows,
 * upload references, and which fields the actor may write. Pure; never throws on any JSON.
 */
export function validateFormData(
  form: FormSchema,
  data: unknown,
  options: ValidateFormDataOptions,
): FormDataProblem[] {
  const problems: FormDataProblem[] = [];
  const maxFiles = options.maxFilesPerField ?? 10;

  const checkObject = (
    fields: Map<string, Field>,
    value: unknown,
    path: string,
    dataPath: string,
    depth: number,
    inTable: boolean,
  ): void => {
    if (!isPlainObject(value)) {
      problems.push(problem(path, 'TYPE', '应为对象', 'must be an object'));
      return;
    }
    if (depth > MAX_DEPTH) {
      problems.push(problem(path, 'TYPE', '嵌套层级过深', 'nested too deeply'));
      return;
    }
    for (const key of Object.keys(value)) {
      const at = path ? `${path}.${key}` : key;
      if (UNSAFE.has(key) || key.startsWith('$')) {
        problems.push(problem(at, 'UNSAFE_KEY', `不允许的键 "${key}"`, `key "${key}" is not allowed`));
      } else if (!fields.has(key)) {
        problems.push(problem(at, 'UNKNOWN_FIELD', '表单中没有这个字段', 'the form has no such field'));
      }
    }
    for (const [name, field] of fields) {
      const at = path ? `${path}.${name}` : name;
      const fieldPath = join(dataPath, name);
      const present = Object.prototype.hasOwnProperty.call(value, name);
      // Permissions apply to fields as collectFieldNames names them; a table row's cells follow the table.
      const editable = inTable || !options.editable || options.editable.has(fieldPath);
      if (present && !editable) {
        problems.push(
          problem(at, 'NOT_EDITABLE', '此环节不能修改该字段', 'this field may not be changed at this step'),
        );
        continue;
      }
      const fieldValue = present ? value[name] : undefined;
      const rules = rulesOf(field.schema, field.requiredByParent);
      if (isEmpty(fieldValue)) {
        if (options.mode === 'submit' && rules.required && editable) {
          problems.push(
            problem(at, 'REQUIRED', `请填写「${field.schema.title ?? name}」`, 'this field is required'),
          );
        }
        continue;
      }
      checkValue(field.schema, fieldValue, at, fieldPath, depth + 1, inTable);
    }
  };

  const checkValue = (
    schema: FormFieldSchema,
    value: unknown,
    path: string,
    dataPath: string,
    depth: number,
    inTable: boolean,
  ): void => {
    const rules = rulesOf(schema, false);
    if (isUpload(schema)) {
      checkUpload(value, path);
      return;
    }
    switch (schema.type) {
      case 'object':
        checkObject(fieldsOf(schema.properties, schema.required), value, path, dataPath, depth, inTable);
        return;
      case 'array':
        checkArray(schema, value, path, dataPath, depth);
        return;
      case 'number':
        if (typeof value !== 'number' || !Number.isFinite(value)) {
          problems.push(problem(path, 'TYPE', '应为数字', 'must be a number'));
          return;
        }
        if (rules.minimum !== undefined && value < rules.minimum)
          problems.push(
            problem(path, 'MINIMUM', `不能小于 ${rules.minimum}`, `must be at least ${rules.minimum}`),
          );
        if (rules.exclusiveMinimum !== undefined && value <= rules.exclusiveMinimum)
          problems.push(
            problem(
              path,
              'MINIMUM',
              `应大于 ${rules.exclusiveMinimum}`,
              `must be more than ${rules.exclusiveMinimum}`,
            ),
          );
        if (rules.maximum !== undefined && value > rules.maximum)
          problems.push(
            problem(path, 'MAXIMUM', `不能大于 ${rules.maximum}`, `must be at most ${rules.maximum}`),
          );
        if (rules.exclusiveMaximum !== undefined && value >= rules.exclusiveMaximum)
          problems.push(
            problem(
              path,
              'MAXIMUM',
              `应小于 ${rules.exclusiveMaximum}`,
              `must be less than ${rules.exclusiveMaximum}`,
            ),
          );
        break;
      case 'boolean':
        if (typeof value !== 'boolean')
          problems.push(problem(path, 'TYPE', '应为是或否', 'must be true or false'));
        break;
      case 'date':
      case 'datetime':
        if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) {
          problems.push(problem(path, 'TYPE', '应为日期', 'must be a date'));
          return;
        }
        break;
      case 'string':
        if (typeof value !== 'string') {
          problems.push(problem(path, 'TYPE', '应为文本', 'must be text'));
          return;
        }
        checkText(value, rules, path);
        break;
      default:
        // Untyped fields (multi-selects, checkbox groups, date ranges) hold primitives or lists of them.
        if (!isPrimitive(value) && !(Array.isArray(value) && value.every(isPrimitive))) {
          problems.push(problem(path, 'TYPE', '取值格式有误', 'has a value of the wrong shape'));
          return;
        }
        if (typeof value === 'string') checkText(value, rules, path);
    }
    const allowed = enumValues(schema);
    if (allowed) {
      const values = Array.isArray(value) ? value : [value];
      if (values.some((v) => !allowed.some((a) => a === v))) {
        problems.push(problem(path, 'ENUM', '不是可选的值', 'is not one of the allowed options'));
      }
    }
  };

  const checkText = (value: string, rules: ReturnType<typeof rulesOf>, path: string): void => {
    // Lengths count characters as people see them (a Chinese character or an emoji is one).
    const length = [...value].length;
    if (rules.minLength !== undefined && length < rules.minLength)
      problems.push(
        problem(
          path,
          'MIN_LENGTH',
          `至少 ${rules.minLength} 个字`,
          `must be at least ${rules.minLength} characters`,
        ),
      );
    if (rules.maxLength !== undefined && length > rules.maxLength)
      problems.push(
        problem(
          path,
          'MAX_LENGTH',
          `最多 ${rules.maxLength} 个字`,
          `must be at most ${rules.maxLength} characters`,
        ),
      );
    if (rules.patterns.some((p) => !p.test(value)))
      problems.push(problem(path, 'PATTERN', '格式不正确', 'does not match the required pattern'));
    for (const format of failedFormats(value, rules.formats)) {
      problems.push(
        problem(path, 'FORMAT', `不是有效的${FORMAT_NAMES[format] ?? format}`, `is not a valid ${format}`),
      );
    }
  };

  const checkArray = (
    schema: FormFieldSchema,
    value: unknown,
    path: string,
    dataPath: string,
    depth: number,
  ): void => {
    if (!Array.isArray(value)) {
      problems.push(problem(path, 'TYPE', '应为列表', 'must be a list'));
      return;
    }
    const rules = rulesOf(schema, false);
    if (rules.minItems !== undefined && value.length < rules.minItems)
      problems.push(
        problem(path, 'MIN_LENGTH', `至少 ${rules.minItems} 行`, `needs at least ${rules.minItems} rows`),
      );
    if (value.length > (rules.maxItems ?? 500))
      problems.push(problem(path, 'TOO_MANY_ITEMS', `最多 ${rules.maxItems ?? 500} 行`, `has too many rows`));
    const items = schema.items;
    if (!items || typeof items !== 'object') {
      if (!value.every(isPrimitive))
        problems.push(problem(path, 'TYPE', '取值格式有误', 'has a value of the wrong shape'));
      return;
    }
    const rowFields =
      items.type === 'object' || items.type === 'void' || items.properties
        ? fieldsOf(items.properties, items.required)
        : undefined;
    value.forEach((row, index) => {
      const at = `${path}[${index}]`;
      if (rowFields) checkObject(rowFields, row, at, dataPath, depth + 1, true);
      else if (!isEmpty(row)) checkValue(items, row, at, dataPath, depth + 1, true);
    });
  };

  const checkUpload = (value: unknown, path: string): void => {
    if (!Array.isArray(value)) {
      problems.push(problem(path, 'TYPE', '应为文件列表', 'must be a list of files'));
      return;
    }
    if (value.length > maxFiles) {
      problems.push(
        problem(path, 'TOO_MANY_ITEMS', `最多上传 ${maxFiles} 个文件`, `at most ${maxFiles} files`),
      );
    }
    value.forEach((entry, index) => {
      const id =
        typeof entry === 'string'
          ? entry
          : isPlainObject(entry) && typeof entry.id === 'string'
            ? entry.id
            : undefined;
      if (id === undefined) {
        problems.push(problem(`${path}[${index}]`, 'TYPE', '应为文件编号', 'must be a file id'));
      } else if (!options.isAcceptableFileId || !options.isAcceptableFileId(id)) {
        problems.push(
          problem(`${path}[${index}]`, 'FILE_REFERENCE', '文件不存在或不属于您', 'no such file of yours'),
        );
      }
    });
  };

  checkObject(
    fieldsOf(form?.properties, (form as { required?: unknown } | undefined)?.required),
    data,
    '',
    '',
    0,
    false,
  );
  return problems;
}

const FORMAT_NAMES: Record<string, string> = {
  email: '电子邮箱',
  phone: '手机号码',
  mobile: '手机号码',
  idcard: '身份证号',
  url: '网址',
  integer: '整数',
  number: '数字',
  zip: '邮政编码',
  date: '日期',
};

function isPrimitive(value: unknown): boolean {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

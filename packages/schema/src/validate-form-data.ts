import type { FormSchema } from './form';
import { applyRules, wrongType } from './validate-form-data-checks';
import {
  ProblemList,
  hasOwn,
  isEmptyValue,
  isPlainObject,
  isPrimitive,
  isUnsafeKey,
  joinPath,
  type FormDataProblem,
} from './validate-form-data-problems';
import {
  isIsoDate,
  isSignatureField,
  isStaticallyInactive,
  isUploadField,
  rulesOf,
} from './validate-form-data-rules';
import { MAX_SCHEMA_DEPTH, fieldsOf, type Field } from './validate-form-data-fields';
import { evaluateCondition, fieldCondition } from './condition-eval';

export type { FormDataProblem, FormDataProblemCode } from './validate-form-data-problems';

export interface ValidateFormDataOptions {
  /** 'draft': required fields may be empty; 'submit': they must be filled. */
  mode: 'draft' | 'submit';
  /**
   * When given, only these field paths (as `collectFieldNames` returns them) may be present in
   * `data`; others give NOT_EDITABLE. A repeating table is one path (its rows and cells follow it);
   * an object is judged by its own fields. In submit mode only editable fields are required.
   */
  editable?: ReadonlySet<string>;
  /**
   * Values of upload fields are arrays of file ids; the caller says which ids are acceptable (e.g.
   * owned by the user). Without it no id is acceptable: pass `() => true` where ids cannot be checked.
   */
  isAcceptableFileId?: (id: string) => boolean;
  /** Default 10 (R10). An upload's own `x-component-props.maxCount` may lower it. */
  maxFilesPerField?: number;
}

type Schema = Record<string, unknown>;

/** Where a value sits: its data path, its permission path, and what it inherits. */
interface Place {
  path: string;
  permissionPath: string;
  /** Inside a repeating table's row: permissions were settled by the table. */
  inTable: boolean;
  inactive: boolean;
}

const isObjectField = (schema: Schema): boolean => schema.type === 'object' && !isUploadField(schema);

/**
 * Checks form data against a Formily form schema as administrators write it: unknown and unsafe
 * keys at every level, types, enums, lengths, ranges, patterns and formats (JSON-schema keywords
 * and `x-validator`), repeating-table rows, upload file references and the actor's field
 * permissions. Pure and deterministic; never throws on any JSON `data`. Empty means valid.
 */
export function validateFormData(
  form: FormSchema,
  data: unknown,
  options: ValidateFormDataOptions,
): FormDataProblem[] {
  const problems = new ProblemList();
  const { editable } = options;
  const acceptable = options.isAcceptableFileId ?? (() => false);
  const maxFilesDefault =
    typeof options.maxFilesPerField === 'number' && options.maxFilesPerField >= 0
      ? options.maxFilesPerField
      : 10;
  const submit = options.mode === 'submit';

  /*
   * Visible / required conditions the rule builder writes (ADR 0006). They read the whole form, so
   * they are judged only in submit mode: drafts and a step's patch carry just part of the data.
   * A field hidden by its condition (or its layout node's) is not required and its value is
   * ignored — not refused: Formily leaves a stale value in a saved draft that the applicant can no
   * longer see or clear, and an error on an invisible field could not be fixed.
   */
  const hiddenByCondition = (field: Field): boolean =>
    submit &&
    [...field.gates, field.schema].some((schema) => {
      const visible = fieldCondition(schema, 'visible');
      return typeof visible === 'object' && !evaluateCondition(visible, data);
    });
  /** true / false from a recognised required-condition; undefined keeps the static `required`. */
  const requiredByCondition = (field: Field): boolean | undefined => {
    const required = fieldCondition(field.schema, 'required');
    return typeof required === 'object' ? evaluateCondition(required, data) : undefined;
  };

  const mayWrite = (path: string): boolean => !editable || editable.has(path);
  const mayWriteWithin = (path: string): boolean =>
    mayWrite(path) || [...(editable ?? [])].some((p) => p.startsWith(`${path}.`));

  const checkObject = (
    fields: Map<string, Field>,
    value: Record<string, unknown>,
    at: Place,
    depth: number,
  ) => {
    for (const key of Object.keys(value)) {
      const path = joinPath(at.path, key);
      if (isUnsafeKey(key))
        problems.add(path, 'UNSAFE_KEY', `不允许的键“${key}”`, `key "${key}" is not allowed`);
      else if (!fields.has(key))
        problems.add(path, 'UNKNOWN_FIELD', '表单中没有这个字段', 'the form has no such field');
    }
    for (const [name, field] of fields) checkField(name, field, value, at, depth);
  };

  const checkField = (
    name: string,
    field: Field,
    parent: Record<string, unknown>,
    at: Place,
    depth: number,
  ) => {
    const place: Place = {
      path: joinPath(at.path, name),
      permissionPath: at.inTable ? at.permissionPath : joinPath(at.permissionPath, name),
      inTable: at.inTable,
      inactive: field.inactive,
    };
    const present = hasOwn(parent, name);
    const value = present ? parent[name] : undefined;
    const isObject = isObjectField(field.schema);
    // Tables and plain fields are one path each; an object is judged by the fields inside it.
    const writable =
      place.inTable || (isObject ? mayWriteWithin(place.permissionPath) : mayWrite(place.permissionPath));
    if (present && !writable) {
      problems.add(
        place.path,
        'NOT_EDITABLE',
        '此环节不能修改该字段',
        'this field may not be changed at this step',
      );
      return;
    }
    if (hiddenByCondition(field)) return;
    if (isEmptyValue(value)) {
      const rules = submit ? rulesOf(field.schema) : undefined;
      const required = rules && (requiredByCondition(field) ?? (field.required || rules.required));
      if (rules && writable && required && !field.inactive) {
        const title =
          typeof field.schema.title === 'string' && field.schema.title ? field.schema.title : name;
        problems.add(
          place.path,
          'REQUIRED',
          `请填写“${title}”`,
          'this field is required',
          rules.requiredMessage,
        );
      }
      // An empty object still has fields of its own that may be required.
      if (submit && isObject && value !== '' && !Array.isArray(value) && depth < MAX_SCHEMA_DEPTH)
        checkObject(fieldsOf(field.schema, field.inactive), {}, place, depth + 1);
      return;
    }
    checkValue(field.schema, value, place, depth + 1);
  };

  const checkValue = (schema: Schema, value: unknown, at: Place, depth: number): void => {
    if (depth > MAX_SCHEMA_DEPTH) {
      problems.add(at.path, 'TYPE', '嵌套层级过深', 'is nested too deeply');
      return;
    }
    const { checks } = rulesOf(schema);
    if (isSignatureField(schema)) {
      if (typeof value !== 'string')
        return wrongType(
          problems,
          at.path,
          value,
          '应为签名图片的文件编号',
          "must be the signature image's file id",
        );
      if (!acceptable(value))
        problems.add(at.path, 'FILE_REFERENCE', '文件不存在或不可使用', 'no such file, or not yours to use');
      return;
    }
    if (isUploadField(schema)) {
      checkUpload(schema, value, at.path);
      // minItems / maxItems on the field count files too.
      if (Array.isArray(value))
        applyRules(
          problems,
          at.path,
          checks.filter((c) => 'limit' in c),
          value,
        );
      return;
    }
    switch (schema.type) {
      case 'object':
        if (!isPlainObject(value))
          return wrongType(problems, at.path, value, '应为对象', 'must be an object');
        return checkObject(fieldsOf(schema, at.inactive), value, at, depth);
      case 'array':
        return checkArray(schema, value, at, depth);
      case 'number':
        if (typeof value !== 'number' || !Number.isFinite(value))
          return wrongType(problems, at.path, value, '应为数字', 'must be a number');
        break;
      case 'boolean':
        if (typeof value !== 'boolean')
          return wrongType(problems, at.path, value, '应为是或否', 'must be true or false');
        break;
      case 'date':
      case 'datetime':
        if (typeof value !== 'string' || !isIsoDate(value))
          return wrongType(problems, at.path, value, '应为日期', 'must be an ISO date (YYYY-MM-DD)');
        break;
      case 'string':
        if (typeof value !== 'string') return wrongType(problems, at.path, value, '应为文本', 'must be text');
        break;
      default:
        // Untyped fields (selects, checkbox groups, date ranges) hold a primitive or a list of them.
        if (!isPrimitive(value) && !(Array.isArray(value) && value.every(isPrimitive)))
          return wrongType(problems, at.path, value, '取值格式有误', 'has a value of the wrong shape');
    }
    applyRules(problems, at.path, checks, value);
  };

  const checkArray = (schema: Schema, value: unknown, at: Place, depth: number): void => {
    if (!Array.isArray(value)) return wrongType(problems, at.path, value, '应为列表', 'must be a list');
    const { items, additionalItems } = schema;
    const rowSchemaAt = (index: number): unknown =>
      Array.isArray(items) ? (index < items.length ? items[index] : additionalItems) : items;
    // Without an item schema the list is of options (a checkbox group): `enum` applies to each item.
    const options = items === undefined && value.every(isPrimitive);
    const checks = rulesOf(schema).checks.filter((c) => options || (c.kind !== 'enum' && c.kind !== 'const'));
    applyRules(problems, at.path, checks, value);
    value.forEach((row, index) => {
      const rowPlace: Place = { ...at, path: `${at.path}[${index}]`, inTable: true };
      const rowSchema = rowSchemaAt(index);
      if (!isPlainObject(rowSchema)) {
        if (!isPrimitive(row))
          wrongType(problems, rowPlace.path, row, '取值格式有误', 'has a value of the wrong shape');
        return;
      }
      const inactive = at.inactive || isStaticallyInactive(rowSchema);
      if (rowSchema.type === 'object' || rowSchema.type === 'void' || isPlainObject(rowSchema.properties)) {
        if (!isPlainObject(row))
          return wrongType(problems, rowPlace.path, row, '每行应为对象', 'each row must be an object');
        checkObject(fieldsOf(rowSchema, inactive), row, { ...rowPlace, inactive }, depth + 1);
      } else if (!isEmptyValue(row)) {
        checkValue(rowSchema, row, { ...rowPlace, inactive }, depth + 1);
      }
    });
  };

  const checkUpload = (schema: Schema, value: unknown, path: string): void => {
    if (!Array.isArray(value))
      return wrongType(problems, path, value, '应为文件列表', 'must be a list of files');
    const props = schema['x-component-props'];
    const maxCount = isPlainObject(props) && typeof props.maxCount === 'number' ? props.maxCount : undefined;
    const maxFiles =
      maxCount !== undefined && maxCount > 0 ? Math.min(maxCount, maxFilesDefault) : maxFilesDefault;
    if (value.length > maxFiles)
      problems.add(path, 'TOO_MANY_ITEMS', `最多上传 ${maxFiles} 个文件`, `allows at most ${maxFiles} files`);
    value.forEach((entry, index) => {
      const at = `${path}[${index}]`;
      let id: string | undefined;
      if (typeof entry === 'string') id = entry;
      else if (isPlainObject(entry)) {
        for (const key of Object.keys(entry)) {
          const keyPath = `${at}.${key}`;
          if (isUnsafeKey(key))
            problems.add(keyPath, 'UNSAFE_KEY', `不允许的键“${key}”`, `key "${key}" is not allowed`);
          else if (key !== 'id' && key !== 'name')
            problems.add(
              keyPath,
              'UNKNOWN_FIELD',
              '文件只记录 id 和 name',
              'a file has only an id and a name',
            );
        }
        if (hasOwn(entry, 'name') && typeof entry.name !== 'string')
          wrongType(problems, `${at}.name`, entry.name, '文件名应为文本', 'a file name must be text');
        if (typeof entry.id === 'string') id = entry.id;
        else wrongType(problems, `${at}.id`, entry.id, '应为文件编号', 'must be a file id');
      } else {
        return wrongType(problems, at, entry, '应为文件编号', 'must be a file id');
      }
      if (id !== undefined && !acceptable(id))
        problems.add(at, 'FILE_REFERENCE', '文件不存在或不可使用', 'no such file, or not yours to use');
    });
  };

  if (!isPlainObject(data)) {
    wrongType(problems, '', data, '表单数据应为对象', 'form data must be an object');
    return problems.items;
  }
  const root: Place = { path: '', permissionPath: '', inTable: false, inactive: false };
  checkObject(fieldsOf(form, false), data, root, 0);
  return problems.items;
}

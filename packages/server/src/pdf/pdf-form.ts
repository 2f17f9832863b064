import type { FieldPermissions, FormFieldSchema, FormSchema } from '@flowhall/schema';

/** One line of the form as printed: a label and its value, or a repeating table. */
export type FormLine =
  | { kind: 'field'; label: string; value: string }
  | { kind: 'table'; label: string; columns: string[]; rows: string[][] };

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An enum value's label when the schema lists `{ label, value }` options. */
function enumLabel(field: FormFieldSchema, value: unknown): string | undefined {
  const options = field.enum;
  if (!Array.isArray(options)) return undefined;
  for (const option of options) {
    if (isObject(option) && option.value === value && typeof option.label === 'string') return option.label;
  }
  return undefined;
}

/** A value as people read it: labels for options, 是/否, file names, lists joined with 、. */
export function displayValue(field: FormFieldSchema, value: unknown): string {
  if (value === undefined || value === null || value === '') return '';
  if (Array.isArray(value)) {
    return value
      .map((item) => displayValue(field.items ?? {}, item) || displayValue(field, item))
      .filter(Boolean)
      .join('、');
  }
  const label = enumLabel(field, value);
  if (label !== undefined) return label;
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (isObject(value)) {
    // Uploaded files and picked people carry a name; anything else prints as its fields.
    for (const key of ['name', 'displayName', 'label', 'title']) {
      if (typeof value[key] === 'string') return value[key] as string;
    }
    return Object.values(value)
      .map((v) => (typeof v === 'object' ? '' : String(v)))
      .filter(Boolean)
      .join(' ');
  }
  return String(value);
}

const columnsOf = (items: FormFieldSchema | undefined): Array<[string, FormFieldSchema]> => {
  const columns: Array<[string, FormFieldSchema]> = [];
  const walk = (properties: FormFieldSchema['properties']): void => {
    for (const [name, field] of Object.entries(properties ?? {})) {
      if (field.type === 'void') walk(field.properties);
      else columns.push([name, field]);
    }
  };
  walk(items?.properties);
  return columns;
};

/**
 * The form in schema order as label/value lines, only the fields the reader may see (the case
 * view's filtered form and field permissions); `void` layout nodes add nothing, objects nest
 * their fields under the object's title, arrays of objects become tables.
 */
export function formLines(schema: FormSchema, form: Json, permissions: FieldPermissions): FormLine[] {
  const lines: FormLine[] = [];
  const walk = (
    properties: FormSchema['properties'],
    data: Json,
    prefix: string,
    titlePrefix: string,
  ): void => {
    for (const [name, field] of Object.entries(properties ?? {})) {
      if (field.type === 'void') {
        walk(field.properties, data, prefix, titlePrefix);
        continue;
      }
      const path = prefix ? `${prefix}.${name}` : name;
      // Every field the reader may see is printed, filled or not, as on a paper form.
      if (permissions[path] === 'hidden') continue;
      const label = `${titlePrefix}${field.title ?? name}`;
      const value = data[name];
      if (field.type === 'object') {
        walk(field.properties, isObject(value) ? value : {}, path, `${label} · `);
      } else if (field.type === 'array' && field.items?.properties && Array.isArray(value)) {
        const columns = columnsOf(field.items);
        lines.push({
          kind: 'table',
          label,
          columns: columns.map(([key, column]) => column.title ?? key),
          rows: value.map((row) =>
            columns.map(([key, column]) => (isObject(row) ? displayValue(column, row[key]) : '')),
          ),
        });
      } else {
        lines.push({ kind: 'field', label, value: displayValue(field, value) });
      }
    }
  };
  walk(schema.properties, form, '', '');
  return lines;
}

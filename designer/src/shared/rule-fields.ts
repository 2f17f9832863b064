import type { FormFieldSchema, FormSchema, JsonValue } from '@flowhall/schema';
import { listDataFields, nodeAt } from '../schema-ops';

/** A form field as the rule builder and the permission table offer it. */
export interface RuleField {
  path: string;
  title: string;
  type?: string;
  component?: string;
  options?: Array<{ label: string; value: JsonValue }>;
}

function optionsOf(field: FormFieldSchema): RuleField['options'] {
  const source = field.enum ?? (field.type === 'boolean' ? [true, false] : undefined);
  if (!Array.isArray(source)) return undefined;
  return source.map((o) => {
    if (o !== null && typeof o === 'object' && !Array.isArray(o) && 'value' in o) {
      return { label: String(o.label ?? o.value), value: o.value as JsonValue };
    }
    return { label: o === true ? '是' : o === false ? '否' : String(o), value: o as JsonValue };
  });
}

/** The form's data fields with their titles and fixed options, in form order. */
export function ruleFields(form: FormSchema): RuleField[] {
  return listDataFields(form).map((info) => {
    const field = nodeAt(form, info.address) as FormFieldSchema;
    return {
      path: info.path!,
      title: info.title,
      type: info.type,
      component: info.component,
      options: optionsOf(field),
    };
  });
}

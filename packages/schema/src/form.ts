import type { JsonValue } from './json';

/**
 * The subset of a Formily JSON schema (ISchema) the platform reads outside the browser. The rest of
 * the schema (components, decorators, reactions) is carried along untouched.
 */
export interface FormFieldSchema {
  type?: 'string' | 'number' | 'boolean' | 'object' | 'array' | 'void' | 'date' | 'datetime';
  title?: string;
  required?: boolean;
  'x-component'?: string;
  'x-component-props'?: { [key: string]: JsonValue };
  properties?: { [name: string]: FormFieldSchema };
  items?: FormFieldSchema;
  [extra: string]: JsonValue | FormFieldSchema | { [name: string]: FormFieldSchema } | undefined;
}

export interface FormSchema {
  type: 'object';
  properties?: { [name: string]: FormFieldSchema };
  [extra: string]: JsonValue | { [name: string]: FormFieldSchema } | undefined;
}

/**
 * Data paths of the form's fields, in declaration order. Formily `void` nodes (grid, card, tabs)
 * are layout only and add no path segment, so their children are listed at the parent's level;
 * objects add a segment (`applicant.phone`); arrays (repeating tables) are one field.
 */
export function collectFieldNames(form: FormSchema | undefined): string[] {
  const names: string[] = [];
  const walk = (properties: { [name: string]: FormFieldSchema } | undefined, prefix: string): void => {
    if (!properties) return;
    for (const [name, field] of Object.entries(properties)) {
      if (field.type === 'void') {
        walk(field.properties, prefix);
        continue;
      }
      const path = prefix ? `${prefix}.${name}` : name;
      names.push(path);
      if (field.type === 'object') walk(field.properties, path);
    }
  };
  walk(form?.properties, '');
  return names;
}

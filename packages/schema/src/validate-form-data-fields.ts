import { isPlainObject, isUnsafeKey } from './validate-form-data-problems';
import { isStaticallyInactive } from './validate-form-data-rules';

type Schema = Record<string, unknown>;

/** A data field of one object level: `void` layout nodes give their children to the level above. */
export interface Field {
  schema: Schema;
  required: boolean;
  /** Hidden or read-only in the schema itself (or inside such a layout node). */
  inactive: boolean;
  /** Layout nodes between the level and the field: their visibility conditions hide it too. */
  gates: Schema[];
}

export const MAX_SCHEMA_DEPTH = 32;

/** Names a parent marks required JSON-schema style: `required: ['a', 'b']` (or one name). */
function requiredNames(node: Schema): Set<string> {
  const raw = node.required;
  if (typeof raw === 'string') return new Set([raw]);
  return new Set(Array.isArray(raw) ? raw.filter((n): n is string => typeof n === 'string') : []);
}

/** The data fields of an object node (the form, an object field, a table row's schema). */
export function fieldsOf(
  node: unknown,
  inactive: boolean,
  inherited = new Set<string>(),
  depth = 0,
  gates: Schema[] = [],
): Map<string, Field> {
  const fields = new Map<string, Field>();
  if (!isPlainObject(node) || !isPlainObject(node.properties) || depth > MAX_SCHEMA_DEPTH) return fields;
  const required = new Set([...inherited, ...requiredNames(node)]);
  for (const [name, child] of Object.entries(node.properties)) {
    if (!isPlainObject(child) || isUnsafeKey(name)) continue;
    const childInactive = inactive || isStaticallyInactive(child);
    if (child.type === 'void') {
      for (const [inner, field] of fieldsOf(child, childInactive, required, depth + 1, [...gates, child]))
        fields.set(inner, field);
    } else {
      fields.set(name, {
        schema: child,
        required: child.required === true || required.has(name),
        inactive: childInactive,
        gates,
      });
    }
  }
  return fields;
}

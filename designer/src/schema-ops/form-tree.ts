import type { FormFieldSchema, FormSchema } from '@flowhall/schema';

/**
 * Addresses in a Formily schema: the property keys from the root down, through layout (void)
 * nodes and through a repeating table's `items`. Data paths (what permissions and conditions
 * name) skip void nodes; see `dataPathOf`.
 */
export type SchemaAddress = readonly string[];

export type Properties = { [name: string]: FormFieldSchema };

/** A field's children: its own properties, or a repeating table's row properties. */
export function childrenOf(node: FormFieldSchema | FormSchema): Properties | undefined {
  // A repeating table's own `properties` hold its "add row" button; its fields are the row's.
  const items = (node as FormFieldSchema).items;
  if (node.type === 'array' && items && !Array.isArray(items)) return items.properties ?? {};
  return node.properties as Properties | undefined;
}

/** The node at `address`, or undefined; the empty address is the root. */
export function nodeAt(form: FormSchema, address: SchemaAddress): FormFieldSchema | FormSchema | undefined {
  let node: FormFieldSchema | FormSchema | undefined = form;
  for (const key of address) {
    node = node ? childrenOf(node)?.[key] : undefined;
  }
  return node;
}

/** May fields be dropped into this node? Layout containers, objects and repeating tables. */
export function isContainer(node: FormFieldSchema | FormSchema): boolean {
  if (node.type === 'object') return true;
  // Only Formily's array layouts show their row fields; a picker storing a list (SealPicker,
  // Upload) keeps its row shape to itself.
  if (node.type === 'array')
    return (
      !!(node as FormFieldSchema).items && /^Array(Table|Cards|Items)$/.test(String(node['x-component']))
    );
  return node.type === 'void' && !String(node['x-component'] ?? '').endsWith('.Index');
}

/** The data path of the field at `address` (void nodes add no segment; arrays end the path). */
export function dataPathOf(form: FormSchema, address: SchemaAddress): string | undefined {
  const segments: string[] = [];
  let node: FormFieldSchema | FormSchema = form;
  for (const key of address) {
    const next: FormFieldSchema | undefined = childrenOf(node)?.[key];
    if (!next) return undefined;
    if (node.type === 'array') return undefined; // a column inside a repeating table: not a form-level path
    if (next.type !== 'void') segments.push(key);
    node = next;
  }
  return segments.length ? segments.join('.') : undefined;
}

export interface FieldInfo {
  address: string[];
  /** Data path, or undefined for layout nodes and table columns. */
  path?: string;
  key: string;
  title: string;
  component?: string;
  type?: string;
}

/** Every node of the schema, depth first in declaration order. */
export function listNodes(form: FormSchema): FieldInfo[] {
  const out: FieldInfo[] = [];
  const walk = (node: FormFieldSchema | FormSchema, address: string[]): void => {
    for (const [key, child] of Object.entries(childrenOf(node) ?? {})) {
      const childAddress = [...address, key];
      out.push({
        address: childAddress,
        path: dataPathOf(form, childAddress),
        key,
        title: typeof child.title === 'string' ? child.title : (titleFromProps(child) ?? key),
        component: child['x-component'],
        type: child.type,
      });
      walk(child, childAddress);
    }
  };
  walk(form, []);
  return out;
}

function titleFromProps(node: FormFieldSchema): string | undefined {
  const title = node['x-component-props']?.title;
  return typeof title === 'string' ? title : undefined;
}

/** The form fields with data paths (what field permissions and conditions can name). */
export function listDataFields(form: FormSchema): FieldInfo[] {
  return listNodes(form).filter((f) => f.path !== undefined);
}

/** Every property key used anywhere in the schema (field names are kept unique across the form). */
export function allKeys(form: FormSchema): Set<string> {
  return new Set(listNodes(form).map((n) => n.key));
}

/** A copy of the tree with the node at `address` replaced by `update(node)` (structural sharing). */
export function updateAt<T extends FormSchema | FormFieldSchema>(
  root: T,
  address: SchemaAddress,
  update: (node: FormFieldSchema | FormSchema) => FormFieldSchema | FormSchema,
): T {
  if (address.length === 0) return update(root) as T;
  const [head, ...rest] = address;
  const children = childrenOf(root);
  const child = children?.[head];
  if (!children || !child) return root;
  return withChildren(root, { ...children, [head]: updateAt(child, rest, update) }) as T;
}

/** A copy of `node` with its children (properties or table row properties) replaced. */
export function withChildren<T extends FormSchema | FormFieldSchema>(node: T, children: Properties): T {
  const items = (node as FormFieldSchema).items;
  if (node.type === 'array' && items && !Array.isArray(items)) {
    return { ...node, items: { ...items, properties: children } };
  }
  return { ...node, properties: children };
}

/** Inserts `[key, value]` into an ordered property map at `index` (end when out of range). */
export function insertProperty(
  props: Properties,
  key: string,
  value: FormFieldSchema,
  index?: number,
): Properties {
  const entries = Object.entries(props).filter(([k]) => k !== key);
  const at = index === undefined || index < 0 || index > entries.length ? entries.length : index;
  entries.splice(at, 0, [key, value]);
  return Object.fromEntries(entries);
}

const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Field names become data keys and JSON Logic paths: letters, digits and underscores. */
export function isValidFieldName(name: string): boolean {
  return FIELD_NAME.test(name);
}

/** `base`, or `base2`, `base3`… whichever is not yet used in the form. */
export function uniqueFieldName(form: FormSchema, base: string): string {
  const used = allKeys(form);
  const clean = isValidFieldName(base) ? base : 'field';
  if (!used.has(clean)) return clean;
  let n = 2;
  while (used.has(`${clean}${n}`)) n += 1;
  return `${clean}${n}`;
}

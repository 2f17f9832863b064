/**
 * Field permissions (editable | readonly | hidden per data path, as the server computes them for
 * the reader's node) turned into a schema Formily renders: hidden fields are removed (not just
 * invisible, so an `x-reactions` visibility rule cannot bring them back), read-only ones render
 * read-pretty, and layout containers left empty disappear with them. Pure, for tests and reuse.
 */
export type FieldPermission = 'editable' | 'readonly' | 'hidden';
export type FieldPermissionMap = { [path: string]: FieldPermission };

export interface SchemaNode {
  type?: string;
  properties?: { [name: string]: SchemaNode };
  items?: unknown;
  'x-component'?: string;
  'x-component-props'?: { [key: string]: unknown };
  [key: string]: unknown;
}

export interface PermissionOptions {
  /** The permission of a field the map does not name (the server names every field). */
  fallback?: FieldPermission;
  /** Show everything read-only (the print view, a finished case). */
  readPretty?: boolean;
  /**
   * Replace FormStep by its panes shown one after another as cards: a reader wants the whole
   * form at once; steps are for filling it in.
   */
  flattenSteps?: boolean;
}

export function applyFieldPermissions(
  schema: SchemaNode,
  permissions: FieldPermissionMap,
  options: PermissionOptions = {},
): SchemaNode {
  const fallback = options.fallback ?? 'editable';
  const walk = (
    properties: { [name: string]: SchemaNode } | undefined,
    prefix: string,
    inherited: FieldPermission | undefined,
  ): { [name: string]: SchemaNode } | undefined => {
    if (!properties) return undefined;
    const out: { [name: string]: SchemaNode } = {};
    for (const [name, field] of Object.entries(properties)) {
      const next =
        field.type === 'void'
          ? layoutNode(field, prefix, inherited)
          : dataNode(field, name, prefix, inherited);
      if (next) out[name] = next;
    }
    return out;
  };
  const layoutNode = (field: SchemaNode, prefix: string, inherited: FieldPermission | undefined) => {
    if (!field.properties) return { ...field };
    const children = walk(field.properties, prefix, inherited) ?? {};
    // A card or step whose every field is hidden from this reader is noise: drop it.
    if (Object.keys(children).length === 0 && hasDataFields(field)) return undefined;
    return flatten({ ...field, properties: children }, options.flattenSteps === true);
  };
  const dataNode = (
    field: SchemaNode,
    name: string,
    prefix: string,
    inherited: FieldPermission | undefined,
  ) => {
    const path = prefix ? `${prefix}.${name}` : name;
    const permission = permissions[path] ?? inherited ?? fallback;
    if (permission === 'hidden') return undefined;
    const pattern = options.readPretty || permission === 'readonly' ? 'readPretty' : 'editable';
    const next: SchemaNode = { ...field, 'x-pattern': pattern };
    // Help text guides the one filling the field in; next to a read-only value it is noise.
    if (pattern === 'readPretty') delete next.description;
    if (field.type === 'object' && field.properties) {
      next.properties = walk(field.properties, path, permission);
    }
    if (pattern === 'readPretty' && field.type === 'array') return withoutEditColumns(next);
    return next;
  };
  return { ...schema, properties: walk(schema.properties, '', undefined) };
}

const EDIT_ONLY = new Set([
  'ArrayTable.Remove',
  'ArrayTable.MoveUp',
  'ArrayTable.MoveDown',
  'ArrayTable.SortHandle',
]);

/** A read-only repeating table without its 操作 column (remove / move buttons render nothing there). */
function withoutEditColumns(field: SchemaNode): SchemaNode {
  const items = field.items as SchemaNode | undefined;
  if (!items || typeof items !== 'object' || Array.isArray(items) || !items.properties) return field;
  const columns = Object.entries(items.properties).filter(([, column]) => {
    const children = Object.values(column.properties ?? {});
    return !(children.length > 0 && children.every((c) => EDIT_ONLY.has(c['x-component'] ?? '')));
  });
  return { ...field, items: { ...items, properties: Object.fromEntries(columns) } };
}

/** Whether a layout subtree holds any data field (an empty Alert or divider holds none). */
function hasDataFields(node: SchemaNode): boolean {
  return Object.values(node.properties ?? {}).some((child) =>
    child.type === 'void' ? hasDataFields(child) : true,
  );
}

function flatten(node: SchemaNode, enabled: boolean): SchemaNode {
  if (!enabled) return node;
  if (node['x-component'] === 'FormStep') {
    const rest: SchemaNode = { ...node, 'x-component': 'FormLayout' };
    delete rest['x-component-props'];
    return rest;
  }
  if (node['x-component'] === 'FormStep.StepPane') {
    const title = node['x-component-props']?.title;
    return { ...node, 'x-component': 'Card', 'x-component-props': { title, size: 'small' } };
  }
  return node;
}

/** The data paths a reader may write: what an action's `formPatch` may carry. */
export function editablePaths(permissions: FieldPermissionMap): string[] {
  return Object.entries(permissions)
    .filter(([, permission]) => permission === 'editable')
    .map(([path]) => path);
}

/** Whether a schema uses FormStep anywhere (the apply page then shows 上一步 / 下一步). */
export function hasSteps(schema: SchemaNode): boolean {
  const visit = (node: SchemaNode): boolean =>
    node['x-component'] === 'FormStep' || Object.values(node.properties ?? {}).some(visit);
  return visit(schema);
}

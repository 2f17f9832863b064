import type { FormFieldSchema } from '@flowhall/schema';
import {
  allKeys,
  childrenOf,
  dataPathOf,
  insertProperty,
  isContainer,
  isValidFieldName,
  nodeAt,
  uniqueFieldName,
  updateAt,
  withChildren,
  type SchemaAddress,
} from './form-tree';
import { removeFieldReferences, renameFieldReferences, type DesignDoc } from './references';

/**
 * Edits of the form schema that keep the flow consistent with it. Every operation is pure and
 * returns either the new document with a list of what else changed, or an error code the panel
 * shows next to the input (an expected outcome, not an exception).
 */
export type FormOpError = 'NOT_FOUND' | 'NOT_A_CONTAINER' | 'INVALID_NAME' | 'NAME_TAKEN' | 'INTO_ITSELF';

export type FormOpResult<D extends DesignDoc> =
  | { ok: true; doc: D; address: string[]; changes: string[] }
  | { ok: false; error: FormOpError; message: string };

const fail = (error: FormOpError, message: string) => ({ ok: false as const, error, message });

/** Adds `field` under the container at `parent`; its key is made unique from `baseName`. */
export function addField<D extends DesignDoc>(
  doc: D,
  parent: SchemaAddress,
  baseName: string,
  field: FormFieldSchema,
  index?: number,
): FormOpResult<D> {
  const container = nodeAt(doc.form, parent);
  if (!container) return fail('NOT_FOUND', '找不到目标容器');
  if (parent.length > 0 && !isContainer(container)) return fail('NOT_A_CONTAINER', '该组件不能放入子字段');
  const key = uniqueFieldName(doc.form, baseName);
  // A copied field's children need fresh names too, or the form would hold the same data key twice.
  const fresh = renameDescendants(field, new Set([...allKeys(doc.form), key]));
  const form = updateAt(doc.form, parent, (node) =>
    withChildren(node, insertProperty(childrenOf(node) ?? {}, key, fresh, index)),
  );
  return { ok: true, doc: { ...doc, form }, address: [...parent, key], changes: [] };
}

function renameDescendants(field: FormFieldSchema, used: Set<string>): FormFieldSchema {
  const children = childrenOf(field);
  if (!children) return field;
  const next: { [k: string]: FormFieldSchema } = {};
  for (const [key, child] of Object.entries(children)) {
    let name = key;
    for (let n = 2; used.has(name); n += 1) name = `${key}${n}`;
    used.add(name);
    next[name] = renameDescendants(child, used);
  }
  return withChildren(field, next);
}

/** Moves the node at `from` into the container at `toParent` at `index` (reordering included). */
export function moveField<D extends DesignDoc>(
  doc: D,
  from: SchemaAddress,
  toParent: SchemaAddress,
  index?: number,
): FormOpResult<D> {
  const field = nodeAt(doc.form, from);
  if (!field || from.length === 0) return fail('NOT_FOUND', '找不到要移动的字段');
  if (toParent.length >= from.length && from.every((k, i) => toParent[i] === k)) {
    return fail('INTO_ITSELF', '不能把字段移入它自己');
  }
  const target = nodeAt(doc.form, toParent);
  if (!target) return fail('NOT_FOUND', '找不到目标容器');
  if (toParent.length > 0 && !isContainer(target)) return fail('NOT_A_CONTAINER', '该组件不能放入子字段');
  const key = from[from.length - 1];
  const oldPath = dataPathOf(doc.form, from);
  const without = updateAt(doc.form, from.slice(0, -1), (node) => {
    const { [key]: _removed, ...rest } = childrenOf(node) ?? {};
    return withChildren(node, rest);
  });
  const form = updateAt(without, toParent, (node) =>
    withChildren(node, insertProperty(childrenOf(node) ?? {}, key, field as FormFieldSchema, index)),
  );
  const address = [...toParent, key];
  const moved = { ...doc, form };
  const newPath = dataPathOf(form, address);
  // Moving in or out of an object group changes the data path; a layout move does not.
  if (oldPath && newPath && oldPath !== newPath) {
    const result = renameFieldReferences(moved, oldPath, newPath);
    return { ok: true, doc: result.doc, address, changes: result.changes };
  }
  if (oldPath && !newPath) {
    const result = removeFieldReferences(moved, oldPath);
    return { ok: true, doc: result.doc, address, changes: result.changes };
  }
  return { ok: true, doc: moved, address, changes: [] };
}

/** Deletes the node at `address` and every reference to its data paths. */
export function deleteField<D extends DesignDoc>(doc: D, address: SchemaAddress): FormOpResult<D> {
  if (address.length === 0 || !nodeAt(doc.form, address)) return fail('NOT_FOUND', '找不到要删除的字段');
  const key = address[address.length - 1];
  // Paths of the node and everything below it (a layout node has none itself, only its children).
  const path = dataPathOf(doc.form, address);
  const paths = path ? [path] : childPaths(doc, address);
  const form = updateAt(doc.form, address.slice(0, -1), (node) => {
    const { [key]: _removed, ...rest } = childrenOf(node) ?? {};
    return withChildren(node, rest);
  });
  let next: D = { ...doc, form };
  const changes: string[] = [];
  for (const p of paths) {
    const result = removeFieldReferences(next, p);
    next = result.doc;
    changes.push(...result.changes);
  }
  return { ok: true, doc: next, address: address.slice(0, -1), changes };
}

function childPaths(doc: DesignDoc, address: SchemaAddress): string[] {
  const node = nodeAt(doc.form, address);
  const out: string[] = [];
  for (const key of Object.keys((node && childrenOf(node)) ?? {})) {
    const child = [...address, key];
    const p = dataPathOf(doc.form, child);
    if (p) out.push(p);
    else out.push(...childPaths(doc, child));
  }
  return out;
}

/** Renames the key of the node at `address`; references follow the new data path. */
export function renameField<D extends DesignDoc>(
  doc: D,
  address: SchemaAddress,
  newKey: string,
): FormOpResult<D> {
  const field = nodeAt(doc.form, address);
  if (!field || address.length === 0) return fail('NOT_FOUND', '找不到要改名的字段');
  const oldKey = address[address.length - 1];
  if (newKey === oldKey) return { ok: true, doc, address: [...address], changes: [] };
  if (!isValidFieldName(newKey))
    return fail('INVALID_NAME', '字段名只能包含字母、数字和下划线，且不能以数字开头');
  if (allKeys(doc.form).has(newKey)) return fail('NAME_TAKEN', `字段名 ${newKey} 已被使用`);
  const oldPath = dataPathOf(doc.form, address);
  const parent = address.slice(0, -1);
  const form = updateAt(doc.form, parent, (node) => {
    const entries = Object.entries(childrenOf(node) ?? {}).map(([k, v]) =>
      k === oldKey ? [newKey, v] : [k, v],
    );
    return withChildren(node, Object.fromEntries(entries));
  });
  const renamed = { ...doc, form };
  const address2 = [...parent, newKey];
  const newPath = dataPathOf(form, address2);
  if (!oldPath || !newPath) return { ok: true, doc: renamed, address: address2, changes: [] };
  const result = renameFieldReferences(renamed, oldPath, newPath);
  return { ok: true, doc: result.doc, address: address2, changes: result.changes };
}

/** Copies the node at `address` right after itself, with fresh names. */
export function copyField<D extends DesignDoc>(doc: D, address: SchemaAddress): FormOpResult<D> {
  const field = nodeAt(doc.form, address);
  if (!field || address.length === 0) return fail('NOT_FOUND', '找不到要复制的字段');
  const parent = address.slice(0, -1);
  const siblings = Object.keys(childrenOf(nodeAt(doc.form, parent)!) ?? {});
  const key = address[address.length - 1];
  const copy = JSON.parse(JSON.stringify(field)) as FormFieldSchema;
  return addField(doc, parent, key, copy, siblings.indexOf(key) + 1);
}

/** Replaces the schema of the node at `address` (property panel edits; the key is unchanged). */
export function updateField<D extends DesignDoc>(
  doc: D,
  address: SchemaAddress,
  update: (field: FormFieldSchema) => FormFieldSchema,
): FormOpResult<D> {
  if (address.length === 0 || !nodeAt(doc.form, address)) return fail('NOT_FOUND', '找不到字段');
  const form = updateAt(doc.form, address, (node) => update(node as FormFieldSchema));
  return { ok: true, doc: { ...doc, form }, address: [...address], changes: [] };
}

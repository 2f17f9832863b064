import type { FlowGraph, FormSchema } from '@flowhall/schema';
import { nodeName } from '@flowhall/schema';
import { listNodes, nodeAt } from './form-tree';

/**
 * What a draft changes against a published version, for the "compare" view: fields and nodes
 * added, removed or changed (edges count as a change of their source node). Layout (positions,
 * label placement) is not a change.
 */
export interface ChangeEntry {
  id: string;
  title: string;
}

export interface DefinitionChanges {
  fields: { added: ChangeEntry[]; removed: ChangeEntry[]; changed: ChangeEntry[] };
  nodes: { added: ChangeEntry[]; removed: ChangeEntry[]; changed: ChangeEntry[] };
  /** Name, category, guide and the other hall metadata that differ. */
  meta: string[];
}

const META_KEYS = ['name', 'category', 'department', 'audience', 'guide', 'settings'] as const;

/** A definition, or anything shaped like one (tests pass just form, flow and a name). */
export type Comparable = { form: FormSchema; flow: FlowGraph } & {
  [K in (typeof META_KEYS)[number]]?: unknown;
};

/** A field without its children (they are compared on their own) as a stable string. */
function fieldSignature(field: Record<string, unknown>): string {
  const { properties: _p, items, ...own } = field;
  const itemsOwn =
    items && typeof items === 'object'
      ? { ...(items as Record<string, unknown>), properties: undefined }
      : undefined;
  return JSON.stringify({ ...own, items: itemsOwn });
}

function nodeSignature(flow: FlowGraph, id: string): string {
  const node = flow.nodes.find((n) => n.id === id)!;
  const outgoing = flow.edges
    .filter((e) => e.sourceNodeId === id)
    .map((e) => ({
      to: e.targetNodeId,
      p: e.properties ?? {},
      t: typeof e.text === 'string' ? e.text : e.text?.value,
    }))
    .sort((a, b) => a.to.localeCompare(b.to));
  return JSON.stringify({ type: node.type, properties: node.properties, outgoing });
}

function diff<T>(
  before: Map<string, T>,
  after: Map<string, T>,
  same: (a: T, b: T) => boolean,
  title: (t: T, id: string) => string,
) {
  const added: ChangeEntry[] = [];
  const removed: ChangeEntry[] = [];
  const changed: ChangeEntry[] = [];
  for (const [id, item] of after) {
    const old = before.get(id);
    if (old === undefined) added.push({ id, title: title(item, id) });
    else if (!same(old, item)) changed.push({ id, title: title(item, id) });
  }
  for (const [id, item] of before) if (!after.has(id)) removed.push({ id, title: title(item, id) });
  return { added, removed, changed };
}

function formIndex(form: FormSchema): Map<string, { title: string; sig: string }> {
  const index = new Map<string, { title: string; sig: string }>();
  for (const info of listNodes(form)) {
    const node = nodeAt(form, info.address) as unknown as Record<string, unknown>;
    index.set(info.address.join('/'), { title: info.title, sig: fieldSignature(node) });
  }
  return index;
}

export function compareDefinitions(before: Comparable, after: Comparable): DefinitionChanges {
  const fields = diff(
    formIndex(before.form),
    formIndex(after.form),
    (a, b) => a.sig === b.sig,
    (f) => f.title,
  );
  const beforeNodes = new Map(before.flow.nodes.map((n) => [n.id, n]));
  const afterNodes = new Map(after.flow.nodes.map((n) => [n.id, n]));
  const nodes = diff(
    beforeNodes,
    afterNodes,
    (a, b) => nodeSignature(before.flow, a.id) === nodeSignature(after.flow, b.id),
    (n) => nodeName(n),
  );
  const meta = META_KEYS.filter(
    (k) => JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null),
  );
  return { fields, nodes, meta: [...meta] };
}

/** True when nothing but layout differs. */
export function isUnchanged(changes: DefinitionChanges): boolean {
  const none = (g: DefinitionChanges['fields']) => !g.added.length && !g.removed.length && !g.changed.length;
  return none(changes.fields) && none(changes.nodes) && changes.meta.length === 0;
}

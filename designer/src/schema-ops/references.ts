import type {
  AssigneeRule,
  FlowGraph,
  FlowNode,
  FormFieldSchema,
  FormSchema,
  JsonValue,
} from '@flowhall/schema';
import { nodeName } from '@flowhall/schema';
import { childrenOf, withChildren } from './form-tree';

/**
 * Keeps every place that names a form field consistent when the field is renamed or deleted:
 * Formily reactions, node field permissions, edge conditions (JSON Logic `var` paths) and
 * field-based assignee rules. Each operation reports what it changed, in Chinese, for the panel.
 */
export interface DesignDoc {
  form: FormSchema;
  flow: FlowGraph;
}

export interface RefResult<D extends DesignDoc> {
  doc: D;
  changes: string[];
}

/** `path` itself or a path below it (`a` matches `a` and `a.b`, not `ab`). */
const covers = (path: string, candidate: string) => candidate === path || candidate.startsWith(`${path}.`);
const moved = (from: string, to: string, candidate: string) => to + candidate.slice(from.length);

// ---- JSON Logic -------------------------------------------------------------------------------

type Mapper = (path: string) => string | null | undefined;

/** Applies `map` to every `form.*` variable; a `null` answer marks the rule as broken. */
function mapLogic(rule: JsonValue, map: Mapper): { rule: JsonValue; broken: boolean; changed: boolean } {
  let broken = false;
  let changed = false;
  const visit = (v: JsonValue): JsonValue => {
    if (Array.isArray(v)) return v.map(visit);
    if (v === null || typeof v !== 'object') return v;
    const keys = Object.keys(v);
    if (keys.length === 1 && keys[0] === 'var') {
      const arg = v.var;
      const name = Array.isArray(arg) ? arg[0] : arg;
      if (typeof name === 'string' && name.startsWith('form.')) {
        const next = map(name.slice(5));
        if (next === null) broken = true;
        else if (next !== undefined) {
          changed = true;
          const renamed = `form.${next}`;
          return { var: Array.isArray(arg) ? [renamed, ...arg.slice(1)] : renamed };
        }
      }
      return v;
    }
    return Object.fromEntries(keys.map((k) => [k, visit(v[k])]));
  };
  return { rule: visit(rule), broken, changed };
}

// ---- assignee rules ----------------------------------------------------------------------------

function mapRule(rule: AssigneeRule, map: Mapper): AssigneeRule | null {
  if (rule.type === 'applicantChoice' || rule.type === 'formField') {
    const next = map(rule.field);
    if (next === null) return null;
    return next === undefined ? rule : { ...rule, field: next };
  }
  if (rule.type === 'byField') {
    const next = map(rule.field);
    if (next === null) return null;
    const cases: { [value: string]: AssigneeRule } = {};
    for (const [value, inner] of Object.entries(rule.cases)) {
      const mapped = mapRule(inner, map);
      if (mapped === null) return null;
      cases[value] = mapped;
    }
    const fallback = rule.default ? mapRule(rule.default, map) : undefined;
    if (fallback === null) return null;
    return { ...rule, field: next ?? rule.field, cases, ...(fallback ? { default: fallback } : {}) };
  }
  return rule;
}

// ---- the whole document ------------------------------------------------------------------------

function mapNode(node: FlowNode, map: Mapper, changes: string[]): FlowNode {
  const props = { ...node.properties } as Record<string, unknown> & FlowNode['properties'];
  const label = nodeName(node);
  if (props.fieldPermissions) {
    const next: Record<string, (typeof props.fieldPermissions)[string]> = {};
    for (const [field, permission] of Object.entries(props.fieldPermissions)) {
      const mapped = map(field);
      if (mapped === null) changes.push(`环节「${label}」的字段权限中删除了 ${field}`);
      else next[mapped ?? field] = permission;
    }
    props.fieldPermissions = next;
  }
  const assignees = props.assignees as AssigneeRule[] | undefined;
  if (Array.isArray(assignees)) {
    const kept: AssigneeRule[] = [];
    for (const rule of assignees) {
      const mapped = mapRule(rule, map);
      if (mapped === null) changes.push(`环节「${label}」删除了引用该字段的办理人规则（${rule.type}）`);
      else kept.push(mapped);
    }
    props.assignees = kept;
  }
  return { ...node, properties: props } as FlowNode;
}

function mapReactions(
  field: FormFieldSchema,
  map: Mapper,
  title: string,
  changes: string[],
): FormFieldSchema {
  const reactions = field['x-reactions'];
  if (reactions === undefined) return field;
  const list = (Array.isArray(reactions) ? reactions : [reactions]) as Array<{ [k: string]: JsonValue }>;
  const kept: Array<{ [k: string]: JsonValue }> = [];
  for (const reaction of list) {
    const deps = reaction?.dependencies;
    if (!Array.isArray(deps)) {
      kept.push(reaction);
      continue;
    }
    const mapped = deps.map((d) => (typeof d === 'string' ? map(d) : undefined));
    if (mapped.some((m) => m === null)) {
      changes.push(`字段「${title}」的显示/必填条件引用了被删除的字段，已移除该条件`);
      continue;
    }
    kept.push({ ...reaction, dependencies: deps.map((d, i) => mapped[i] ?? d) });
  }
  const next = { ...field };
  if (kept.length === 0) delete next['x-reactions'];
  else next['x-reactions'] = (Array.isArray(reactions) ? kept : kept[0]) as JsonValue;
  return next;
}

function mapForm<T extends FormSchema | FormFieldSchema>(node: T, map: Mapper, changes: string[]): T {
  const children = childrenOf(node);
  if (!children) return node;
  const next: { [k: string]: FormFieldSchema } = {};
  for (const [key, child] of Object.entries(children)) {
    const title = typeof child.title === 'string' ? child.title : key;
    next[key] = mapForm(mapReactions(child, map, title, changes), map, changes);
  }
  return withChildren(node, next);
}

/** Applies a field-path mapping to the whole document. */
function mapDocument<D extends DesignDoc>(doc: D, map: Mapper): RefResult<D> {
  const changes: string[] = [];
  const form = mapForm(doc.form, map, changes);
  const nodes = doc.flow.nodes.map((n) => mapNode(n, map, changes));
  const edges = doc.flow.edges.map((edge) => {
    const condition = edge.properties?.condition;
    if (condition === undefined) return edge;
    const result = mapLogic(condition, map);
    if (result.broken) {
      const { condition: _dropped, ...rest } = edge.properties ?? {};
      changes.push(`连线 ${edge.id} 的条件引用了被删除的字段，已清空，请重新设置`);
      return { ...edge, properties: rest };
    }
    return result.changed ? { ...edge, properties: { ...edge.properties, condition: result.rule } } : edge;
  });
  return { doc: { ...doc, form, flow: { ...doc.flow, nodes, edges } }, changes };
}

/** Renames data path `from` (and the paths below it) to `to` everywhere it is referenced. */
export function renameFieldReferences<D extends DesignDoc>(doc: D, from: string, to: string): RefResult<D> {
  if (from === to) return { doc, changes: [] };
  let count = 0;
  const result = mapDocument(doc, (path) => {
    if (!covers(from, path)) return undefined;
    count += 1;
    return moved(from, to, path);
  });
  if (count > 0) result.changes.unshift(`${count} 处引用已从 ${from} 改为 ${to}`);
  return result;
}

/** Removes every reference to data path `path` (and the paths below it). */
export function removeFieldReferences<D extends DesignDoc>(doc: D, path: string): RefResult<D> {
  return mapDocument(doc, (candidate) => (covers(path, candidate) ? null : undefined));
}

/**
 * Formily resolves `x-component: 'ArrayTable.Column'` by walking the components object
 * (`components.ArrayTable.Column`), not by a flat key. The registry stores flat names, so the
 * renderer nests them here. A dotted child is read from a wrapper object, never written onto the
 * parent component itself: that would change a shared import (e.g. antd's `Input`) for every app on
 * the page.
 */
export type ComponentLike = object;

export function nestComponentMap<C extends ComponentLike>(
  entries: ReadonlyArray<{ name: string; component: C }>,
): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  // Parents first, so a child finds its parent already placed.
  const sorted = [...entries].sort((a, b) => a.name.split('.').length - b.name.split('.').length);
  for (const { name, component } of sorted) {
    // Already reachable as a static of its parent (antd's Input.TextArea): nothing to wrap.
    if (lookup(root, name) === component) continue;
    const segments = name.split('.');
    const last = segments.pop() as string;
    let parent = root;
    for (const segment of segments) {
      parent = ensureNode(parent, segment);
    }
    const existing = parent[last];
    if (existing && typeof existing === 'object' && isNamespace(existing)) {
      // A child was registered before its parent: keep the children, add the component.
      parent[last] = withStatics(component, existing);
    } else {
      parent[last] = component;
    }
  }
  return root;
}

/** What Formily will find for `name`: the same walk over nested members. */
export function lookup(root: Record<string, unknown>, name: string): unknown {
  let current: unknown = root;
  for (const segment of name.split('.')) {
    if (current === null || current === undefined) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

const NAMESPACE = Symbol('flowhall.namespace');

function isNamespace(value: object): boolean {
  return (value as Record<symbol, unknown>)[NAMESPACE] === true;
}

function ensureNode(parent: Record<string, unknown>, segment: string): Record<string, unknown> {
  const current = parent[segment];
  if (current === undefined) {
    const namespace: Record<string | symbol, unknown> = { [NAMESPACE]: true };
    parent[segment] = namespace;
    return namespace as Record<string, unknown>;
  }
  if (isNamespace(current as object)) return current as Record<string, unknown>;
  // A component that will receive children: give it a wrapper whose statics we own.
  const wrapper = withStatics(current as object, {});
  parent[segment] = wrapper;
  return wrapper as Record<string, unknown>;
}

/**
 * A stand-in for `component` that carries its own static members. Function components are
 * wrapped in a new function (React calls it like the original); objects (memo, forwardRef) are
 * shallow-copied with their prototype so React still recognises their `$$typeof`.
 */
function withStatics(component: object, statics: object): object {
  const own = Object.fromEntries(Object.entries(statics));
  if (typeof component === 'function') {
    const original = component as (...args: unknown[]) => unknown;
    const isClass = Boolean(
      (original as { prototype?: { isReactComponent?: unknown } }).prototype?.isReactComponent,
    );
    if (isClass)
      return Object.assign(
        class extends (original as unknown as new (...a: unknown[]) => object) {},
        original,
        own,
      );
    const wrapper = function (this: unknown, ...args: unknown[]) {
      return original.apply(this, args);
    };
    return Object.assign(wrapper, original, own);
  }
  return Object.assign(
    Object.create(Object.getPrototypeOf(component) as object | null) as object,
    component,
    own,
  );
}

import type { FormSchema } from '@flowhall/schema';
import { childrenOf, nodeAt } from '../schema-ops';

/**
 * The canvas's drag-and-drop ids, as strings dnd-kit can carry: `new:<component>` for palette
 * items, `move:<address>` for fields on the canvas; drop targets are `before:<address>` (insert
 * before that field) and `into:<address>` (append to that container; the root's address is empty).
 */
export const newId = (component: string) => `new:${component}`;
export const moveId = (address: readonly string[]) => `move:${address.join('/')}`;
export const beforeId = (address: readonly string[]) => `before:${address.join('/')}`;
export const intoId = (address: readonly string[]) => `into:${address.join('/')}`;

const split = (text: string) => (text ? text.split('/') : []);

export type DragSource = { kind: 'new'; component: string } | { kind: 'move'; address: string[] };

export function parseSource(id: string): DragSource | undefined {
  if (id.startsWith('new:')) return { kind: 'new', component: id.slice(4) };
  if (id.startsWith('move:')) return { kind: 'move', address: split(id.slice(5)) };
  return undefined;
}

/** The container and position a drop target stands for. */
export function parseTarget(form: FormSchema, id: string): { parent: string[]; index?: number } | undefined {
  if (id.startsWith('into:')) return { parent: split(id.slice(5)) };
  if (!id.startsWith('before:')) return undefined;
  const address = split(id.slice(7));
  const parent = address.slice(0, -1);
  const container = nodeAt(form, parent);
  const keys = Object.keys((container && childrenOf(container)) ?? {});
  return { parent, index: keys.indexOf(address[address.length - 1]) };
}

/** Within one container, inserting after removing the dragged field shifts later positions by one. */
export function adjustIndex(
  from: readonly string[],
  parent: readonly string[],
  index: number | undefined,
  form: FormSchema,
) {
  if (index === undefined) return undefined;
  const sameParent = from.length === parent.length + 1 && parent.every((k, i) => from[i] === k);
  if (!sameParent) return index;
  const keys = Object.keys(childrenOf(nodeAt(form, parent)!) ?? {});
  return keys.indexOf(from[from.length - 1]) < index ? index - 1 : index;
}

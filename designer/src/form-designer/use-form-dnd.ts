import {
  PointerSensor,
  pointerWithin,
  useSensor,
  useSensors,
  type CollisionDetection,
  type DragEndEvent,
} from '@dnd-kit/core';
import type { FormSchema } from '@flowhall/schema';
import { adjustIndex, parseSource, parseTarget } from './dnd-ids';

/** Of all drop targets under the pointer, the innermost (smallest) one: nested containers nest. */
export const innermost: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  const area = (id: string | number) => {
    const rect = args.droppableRects.get(id);
    return rect ? rect.width * rect.height : Infinity;
  };
  return [...hits].sort((a, b) => area(a.id) - area(b.id)).slice(0, 1);
};

export interface DropIntent {
  source: { kind: 'new'; component: string } | { kind: 'move'; address: string[] };
  parent: string[];
  index?: number;
}

/** Sensors that let a click through (a palette click adds, a drag moves) and the drop decoder. */
export function useFormDnd(form: FormSchema, onDrop: (intent: DropIntent) => void) {
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }));
  const onDragEnd = (event: DragEndEvent) => {
    if (!event.over) return;
    const source = parseSource(String(event.active.id));
    const target = parseTarget(form, String(event.over.id));
    if (!source || !target) return;
    const index =
      source.kind === 'move' ? adjustIndex(source.address, target.parent, target.index, form) : target.index;
    onDrop({ source, parent: target.parent, index });
  };
  return { sensors, onDragEnd, collisionDetection: innermost };
}

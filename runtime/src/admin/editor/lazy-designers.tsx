import { lazy } from 'react';

/*
 * The designers (LogicFlow, dnd-kit, the rule builder) load only when an administrator opens a
 * definition: neither the hall nor the list of definitions pays for them.
 */
export const LazyFormDesigner = lazy(() =>
  import('@flowhall/designer/form-designer').then((m) => ({ default: m.FormDesigner })),
);
export const LazyFlowDesigner = lazy(() =>
  import('@flowhall/designer/flow-designer').then((m) => ({ default: m.FlowDesigner })),
);

import type { CaseState } from '@flowhall/engine';
import type { ProcessDefinition } from '@flowhall/schema';

const WORK_NODES = new Set(['approval', 'handle']);

/**
 * Share of the approval and handling steps done: a rough but monotone progress bar (R21). The
 * case view shows it, and every transition stores it on the case row for the lists.
 */
export function progressOf(definition: ProcessDefinition, state: CaseState): number {
  if (state.status === 'approved' || state.status === 'rejected') return 100;
  const work = definition.flow.nodes.filter((n) => WORK_NODES.has(n.type)).map((n) => n.id);
  if (work.length === 0) return state.status === 'draft' ? 0 : 50;
  const done = new Set(
    state.path.filter((p) => p.outcome === 'passed' || p.outcome === 'skipped').map((p) => p.nodeId),
  );
  return Math.min(99, Math.round((work.filter((id) => done.has(id)).length / work.length) * 100));
}

import type { CaseState, Task } from './state';

/** Tasks someone can act on now. */
export function pendingTasks(state: CaseState, assignee?: string): Task[] {
  return state.tasks.filter(
    (t) => t.status === 'pending' && (assignee === undefined || t.assignee === assignee),
  );
}

/** Nodes the case has passed, in order, each once: the legal targets of `return` with anyVisited. */
export function passedNodes(state: CaseState): string[] {
  const seen: string[] = [];
  for (const p of state.path) if (p.outcome === 'passed' && !seen.includes(p.nodeId)) seen.push(p.nodeId);
  return seen;
}

/** Node ids with open tasks: the case's current step(s). */
export function currentNodes(state: CaseState): string[] {
  return state.active.map((a) => a.nodeId);
}

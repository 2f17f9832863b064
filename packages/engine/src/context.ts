import type { FlowNode, GraphIndex, ProcessDefinition } from '@flowhall/schema';
import type { Effect, NotifyReason } from './effects';
import { refuse } from './errors';
import type { OrgDirectory } from './org-directory';
import type { CaseState, Instant, Task, TraceEntry } from './state';

/**
 * Everything one command works on. `state` is a private deep copy, so helpers mutate it freely;
 * the caller's state is never touched, which is what makes a refused command a true no-op.
 */
export interface Ctx {
  def: ProcessDefinition;
  graph: GraphIndex;
  org: OrgDirectory;
  state: CaseState;
  effects: Effect[];
  at: Instant;
  /** Guards against definitions whose skipped nodes form a loop. */
  steps: number;
}

export function nodeOf(ctx: Ctx, nodeId: string): FlowNode {
  const node = ctx.graph.nodes.get(nodeId);
  if (!node)
    refuse('DEFINITION_MISMATCH', `node "${nodeId}" is not in definition ${ctx.def.key}@${ctx.def.version}`);
  return node;
}

export function nextTaskId(ctx: Ctx): string {
  ctx.state.seq += 1;
  return `${ctx.state.caseId}/t${ctx.state.seq}`;
}

export function trace(ctx: Ctx, entry: Omit<TraceEntry, 'at'>): void {
  ctx.state.trace.push({ at: ctx.at, ...entry });
}

export function notify(
  ctx: Ctx,
  to: string[],
  reason: NotifyReason,
  extra: { nodeId?: string; taskId?: string; opinion?: string } = {},
): void {
  if (to.length === 0) return;
  ctx.effects.push({ type: 'notify', to: [...to], reason, caseId: ctx.state.caseId, ...extra });
}

export function snapshot(task: Task): Task {
  return { ...task, waitingFor: [...task.waitingFor] };
}

export function isOpen(task: Task): boolean {
  return task.status === 'pending' || task.status === 'queued';
}

/** Cancels every open task of the case (or of one node round) and reports each to the server. */
export function cancelOpenTasks(
  ctx: Ctx,
  reason: Task['canceledReason'],
  scope?: { nodeId: string; round: number },
): Task[] {
  const canceled: Task[] = [];
  for (const task of ctx.state.tasks) {
    if (!isOpen(task)) continue;
    if (scope && (task.nodeId !== scope.nodeId || task.round !== scope.round)) continue;
    task.status = 'canceled';
    task.canceledReason = reason;
    task.doneAt = ctx.at;
    canceled.push(task);
    ctx.effects.push({ type: 'cancelTask', task: snapshot(task) });
  }
  return canceled;
}

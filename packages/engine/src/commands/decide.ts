import type { ApprovalNode, HandleNode } from '@flowhall/schema';
import { cancelOpenTasks, isOpen, snapshot, trace, type Ctx } from '../context';
import { refuse } from '../errors';
import { finishCase, leaveNode } from '../navigate';
import { settlePath } from '../path';
import type { Task, TaskAction } from '../state';
import { hasOpenTasks, promoteQueued, removeActivation, roundTasks } from '../tasks';

export interface Decision {
  action: TaskAction;
  actor: string;
  opinion?: string | undefined;
  route?: string | undefined;
  /** The system deciding on timeout skips the route requirement: there is nobody to choose. */
  bySystem?: boolean;
}

/** Checks a route against the node's named routes (R15): required when the node has any. */
export function checkRoute(node: ApprovalNode | HandleNode, route: string | undefined): void {
  if (node.type !== 'approval') return;
  const routes = node.properties.routes ?? [];
  if (routes.length === 0) {
    if (route !== undefined)
      refuse('UNKNOWN_ROUTE', `"${node.id}" has no routes to choose from`, { nodeId: node.id, route });
    return;
  }
  if (route === undefined)
    refuse('ROUTE_REQUIRED', `"${node.id}" needs one of its routes chosen`, {
      nodeId: node.id,
      routes: routes.map((r) => r.key),
    });
  if (!routes.some((r) => r.key === route))
    refuse('UNKNOWN_ROUTE', `"${route}" is not a route of "${node.id}"`, { nodeId: node.id, route });
}

/** Closes one task with a positive action (approve, forward, finalApprove, complete, addSigner after). */
export function markDone(ctx: Ctx, task: Task, d: Decision): void {
  task.status = 'done';
  task.action = d.action;
  task.doneAt = ctx.at;
  if (d.opinion !== undefined) task.opinion = d.opinion;
  if (d.route !== undefined) task.route = d.route;
  if (d.actor !== task.assignee) task.actedBy = d.actor;
  ctx.effects.push({ type: 'updateTask', task: snapshot(task) });
  trace(ctx, {
    actor: d.actor,
    action: d.action,
    nodeId: task.nodeId,
    taskId: task.id,
    ...(d.opinion ? { opinion: d.opinion } : {}),
    ...(d.route ? { details: { route: d.route } } : {}),
  });
}

/**
 * A positive decision on a task, then the node's rule: or-sign (`any`) completes on the first
 * decision of an original assignee and cancels the others; countersign and sequential complete when
 * nothing is left open. Added signers always have to decide.
 */
export function decide(ctx: Ctx, task: Task, node: ApprovalNode | HandleNode, d: Decision): void {
  markDone(ctx, task, d);
  ctx.state.decision = {
    nodeId: node.id,
    action: d.action,
    by: d.actor,
    ...(d.route !== undefined ? { route: d.route } : {}),
  };
  if (node.type === 'approval' && node.properties.autoStamp && d.action !== 'addSigner') {
    ctx.effects.push({
      type: 'stamp',
      caseId: ctx.state.caseId,
      nodeId: node.id,
      taskId: task.id,
      userId: task.assignee,
      deptId: ctx.org.deptOf(task.assignee) ?? null,
    });
  }
  const anyMode = node.type === 'handle' || (node.properties.mode ?? 'any') === 'any';
  if (anyMode && !task.addedBy) {
    for (const other of roundTasks(ctx, task.nodeId, task.round)) {
      if (other.id === task.id || !isOpen(other) || other.addedBy === task.id) continue;
      other.status = 'canceled';
      other.canceledReason = 'decided';
      other.doneAt = ctx.at;
      ctx.effects.push({ type: 'cancelTask', task: snapshot(other) });
    }
  }
  promoteQueued(ctx, task.nodeId, task.round);
  completeIfDone(ctx, task.nodeId, task.round);
}

/** Leaves the node when its round has no open task left. */
export function completeIfDone(ctx: Ctx, nodeId: string, round: number): void {
  if (hasOpenTasks(ctx, nodeId, round)) return;
  removeActivation(ctx, nodeId, round);
  settlePath(ctx, nodeId, round, 'passed');
  leaveNode(ctx, nodeId);
}

/** Reject ends the whole case (countersign included: one reject is enough). */
export function rejectTask(ctx: Ctx, task: Task, d: Decision): void {
  task.status = 'done';
  task.action = 'reject';
  task.doneAt = ctx.at;
  if (d.opinion !== undefined) task.opinion = d.opinion;
  if (d.actor !== task.assignee) task.actedBy = d.actor;
  ctx.effects.push({ type: 'updateTask', task: snapshot(task) });
  trace(ctx, {
    actor: d.actor,
    action: 'reject',
    nodeId: task.nodeId,
    taskId: task.id,
    ...(d.opinion ? { opinion: d.opinion } : {}),
  });
  ctx.state.decision = { nodeId: task.nodeId, action: 'reject', by: d.actor };
  settlePath(ctx, task.nodeId, task.round, 'rejected');
  cancelOpenTasks(ctx, 'rejected');
  finishCase(ctx, 'rejected', {
    nodeId: task.nodeId,
    taskId: task.id,
    ...(d.opinion ? { opinion: d.opinion } : {}),
  });
}

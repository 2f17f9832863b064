import type { ApprovalNode, HandleNode, ReturnTarget } from '@flowhall/schema';
import type { ReturnCommand } from '../commands';
import { cancelOpenTasks, nodeOf, notify, snapshot, trace, type Ctx } from '../context';
import { refuse } from '../errors';
import { enterNode } from '../navigate';
import { settlePath } from '../path';
import type { Task } from '../state';

const DEFAULT_RETURN_TO: ReturnTarget[] = ['applicant', 'previous'];

/**
 * Sends the case back. To the applicant: the case waits as `returned` and resubmit comes straight
 * back here. To a node: only one the case has passed, and that node decides again. Either way every
 * open task is canceled: a return rewinds the whole case, parallel branches included.
 */
export function returnTask(ctx: Ctx, task: Task, node: ApprovalNode | HandleNode, cmd: ReturnCommand): void {
  const target = resolveTarget(ctx, task, node, cmd.to ?? 'applicant');
  task.status = 'done';
  task.action = 'return';
  task.doneAt = ctx.at;
  if (cmd.opinion !== undefined) task.opinion = cmd.opinion;
  if (cmd.actor !== task.assignee) task.actedBy = cmd.actor;
  ctx.effects.push({ type: 'updateTask', task: snapshot(task) });
  trace(ctx, {
    actor: cmd.actor,
    action: 'return',
    nodeId: node.id,
    taskId: task.id,
    ...(cmd.opinion ? { opinion: cmd.opinion } : {}),
    details: { to: target ?? 'applicant' },
  });
  ctx.state.decision = { nodeId: node.id, action: 'return', by: cmd.actor };
  settlePath(ctx, node.id, task.round, 'returned');
  cancelOpenTasks(ctx, 'returned');
  const wereActive = [node.id, ...ctx.state.active.map((a) => a.nodeId).filter((id) => id !== node.id)];
  for (const a of ctx.state.active) if (a.nodeId !== node.id) settlePath(ctx, a.nodeId, a.round, 'returned');
  ctx.state.active = [];
  delete ctx.state.forwardedTo;
  const why = { nodeId: node.id, taskId: task.id, ...(cmd.opinion ? { opinion: cmd.opinion } : {}) };
  if (target === undefined) {
    // Joins are kept and every step open at the return is re-entered on resubmit, so a return from
    // inside a parallel region resumes all its branches instead of leaving a join waiting for ever.
    ctx.state.status = 'returned';
    ctx.state.returnedFrom = node.id;
    ctx.state.resumeAt = [...new Set(wereActive)];
    notify(ctx, [ctx.state.applicant.id], 'returned', why);
    return;
  }
  ctx.state.joins = {};
  // The target decides again, so an early end it may have chosen no longer stands.
  ctx.state.finalApproved = false;
  enterNode(ctx, target);
}

/** The node to re-enter, or undefined for the applicant. */
function resolveTarget(
  ctx: Ctx,
  task: Task,
  node: ApprovalNode | HandleNode,
  to: NonNullable<ReturnCommand['to']>,
): string | undefined {
  const allowed = node.properties.returnTo ?? DEFAULT_RETURN_TO;
  const allows = (kind: 'applicant' | 'previous' | 'anyVisited') => allowed.includes(kind);
  if (to === 'applicant') {
    if (!allows('applicant'))
      refuse('RETURN_TARGET_NOT_ALLOWED', `"${node.id}" may not return to the applicant`, {
        nodeId: node.id,
      });
    return undefined;
  }
  if (to === 'previous') {
    if (!allows('previous'))
      refuse('RETURN_TARGET_NOT_ALLOWED', `"${node.id}" may not return to the previous node`, {
        nodeId: node.id,
      });
    return previousNode(ctx, task);
  }
  if (!to || typeof to.nodeId !== 'string')
    refuse('INVALID_COMMAND', 'return "to" must be applicant, previous or { nodeId }');
  const named = allowed.some((t) => typeof t === 'object' && t.nodeId === to.nodeId);
  if (!allows('anyVisited') && !named) {
    refuse('RETURN_TARGET_NOT_ALLOWED', `"${node.id}" may not return to "${to.nodeId}"`, {
      nodeId: node.id,
      target: to.nodeId,
    });
  }
  if (!ctx.graph.nodes.has(to.nodeId) || !passed(ctx, to.nodeId)) {
    refuse('RETURN_TARGET_NOT_PASSED', `the case has not passed "${to.nodeId}"`, { target: to.nodeId });
  }
  const target = nodeOf(ctx, to.nodeId);
  if (target.type === 'start') return undefined;
  if (target.type !== 'approval' && target.type !== 'handle') {
    refuse(
      'RETURN_TARGET_NOT_ALLOWED',
      `"${to.nodeId}" is a ${target.type} node; only people's steps can take a case back`,
      { target: to.nodeId },
    );
  }
  return to.nodeId;
}

function passed(ctx: Ctx, nodeId: string): boolean {
  return ctx.state.path.some((p) => p.nodeId === nodeId && p.outcome === 'passed');
}

/** The last people's step passed before this one; the applicant when there is none. */
function previousNode(ctx: Ctx, task: Task): string | undefined {
  for (let i = ctx.state.path.length - 1; i >= 0; i -= 1) {
    const entry = ctx.state.path[i];
    if (!entry || entry.outcome !== 'passed' || entry.nodeId === task.nodeId) continue;
    const type = ctx.graph.nodes.get(entry.nodeId)?.type;
    if (type === 'start') return undefined;
    if (type === 'approval' || type === 'handle') return entry.nodeId;
  }
  return undefined;
}

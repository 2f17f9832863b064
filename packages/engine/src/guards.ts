import {
  DEFAULT_APPROVAL_ACTIONS,
  DEFAULT_OPINION_REQUIRED,
  fieldsNotEditable,
  type ApprovalNode,
  type HandleNode,
} from '@flowhall/schema';
import type { FormPatch, TaskCommandType } from './commands';
import { nodeOf, type Ctx } from './context';
import { refuse } from './errors';
import type { CaseState, Task } from './state';

export function assertRunning(state: CaseState): void {
  if (state.status === 'approved' || state.status === 'rejected' || state.status === 'withdrawn') {
    refuse('CASE_FINISHED', `the case is already ${state.status}`, { status: state.status });
  }
  if (state.status !== 'running')
    refuse('CASE_NOT_RUNNING', `the case is ${state.status}, not running`, { status: state.status });
}

export function assertApplicant(state: CaseState, actor: string): void {
  if (actor !== state.applicant.id) refuse('NOT_APPLICANT', 'only the applicant may do this', { actor });
}

/** May `actor` act on `task`? Its assignee, or someone the org says is a delegate of the assignee. */
export function mayActOn(ctx: Ctx, task: Task, actor: string): boolean {
  if (actor === task.assignee) return true;
  return (ctx.org.delegatesOf?.(task.assignee, ctx.at) ?? []).includes(actor);
}

/** The checks every task command shares: the task exists, is pending, is the actor's, the node allows the action. */
export function loadTask(
  ctx: Ctx,
  cmd: { type: TaskCommandType; taskId: string; actor: string; opinion?: string },
): { task: Task; node: ApprovalNode | HandleNode } {
  assertRunning(ctx.state);
  const task = ctx.state.tasks.find((t) => t.id === cmd.taskId);
  if (!task)
    refuse('TASK_NOT_FOUND', `task "${cmd.taskId}" is not part of this case`, { taskId: cmd.taskId });
  if (task.status !== 'pending') {
    refuse(
      'TASK_NOT_PENDING',
      `task "${task.id}" is ${task.status}${task.action ? ` (${task.action})` : ''}`,
      { taskId: task.id, status: task.status },
    );
  }
  if (!mayActOn(ctx, task, cmd.actor))
    refuse('NOT_ASSIGNEE', `${cmd.actor} is not the assignee of task "${task.id}"`, {
      taskId: task.id,
      actor: cmd.actor,
    });
  const node = nodeOf(ctx, task.nodeId);
  if (node.type !== 'approval' && node.type !== 'handle')
    refuse('DEFINITION_MISMATCH', `task "${task.id}" points at a ${node.type} node`);
  assertActionAllowed(node, cmd.type);
  assertOpinion(node, cmd.type, cmd.opinion);
  return { task, node };
}

function assertActionAllowed(node: ApprovalNode | HandleNode, action: TaskCommandType): void {
  const allowed: readonly string[] =
    node.type === 'handle'
      ? ['complete', 'return']
      : [...(node.properties.actions ?? DEFAULT_APPROVAL_ACTIONS)];
  if (!allowed.includes(action)) {
    refuse('ACTION_NOT_ALLOWED', `"${action}" is not allowed at "${node.id}"`, {
      nodeId: node.id,
      action,
      allowed: [...allowed],
    });
  }
}

function assertOpinion(
  node: ApprovalNode | HandleNode,
  action: TaskCommandType,
  opinion: string | undefined,
): void {
  const required: readonly string[] =
    node.type === 'handle'
      ? (node.properties.opinionRequired ?? ['return'])
      : (node.properties.opinionRequired ?? DEFAULT_OPINION_REQUIRED);
  if (required.includes(action) && !(typeof opinion === 'string' && opinion.trim())) {
    refuse('OPINION_REQUIRED', `"${action}" at "${node.id}" needs an opinion`, { nodeId: node.id, action });
  }
}

/** Writes form values after checking the node's field permissions; refuses rather than silently dropping. */
export function applyFormPatch(ctx: Ctx, nodeId: string, patch: FormPatch | undefined): void {
  if (!patch || Object.keys(patch).length === 0) return;
  const refused = fieldsNotEditable(ctx.def, nodeId, patch);
  if (refused.length > 0)
    refuse('FIELD_NOT_EDITABLE', `fields not editable at "${nodeId}": ${refused.join(', ')}`, {
      nodeId,
      fields: refused,
    });
  Object.assign(ctx.state.form, patch);
}

import type { ResubmitCommand, SubmitCommand, UrgeCommand, WithdrawCommand } from '../commands';
import { cancelOpenTasks, notify, snapshot, trace, type Ctx } from '../context';
import { refuse } from '../errors';
import { assertApplicant, assertRunning, applyFormPatch } from '../guards';
import { enterNode, finishCase } from '../navigate';
import { hoursBetween } from '../time';

/** Urging the same task again within this many hours is refused (R22). */
export const URGE_INTERVAL_HOURS = 1;

export function startNodeId(ctx: Ctx): string {
  const start = ctx.def.flow.nodes.find((n) => n.type === 'start');
  if (!start) return refuse('INVALID_DEFINITION', 'the definition has no start node');
  return start.id;
}

/** A draft becomes a running case: the serial number is drawn and the flow starts. */
export function submit(ctx: Ctx, cmd: SubmitCommand): void {
  assertApplicant(ctx.state, cmd.actor);
  if (ctx.state.status !== 'draft')
    refuse('CASE_NOT_DRAFT', `the case is ${ctx.state.status}; only a draft can be submitted`, {
      status: ctx.state.status,
    });
  const startId = startNodeId(ctx);
  applyFormPatch(ctx, startId, cmd.formPatch);
  ctx.state.status = 'running';
  ctx.state.submittedAt = ctx.at;
  ctx.effects.push({ type: 'drawSerialNumber', caseId: ctx.state.caseId, definitionKey: ctx.def.key });
  trace(ctx, { actor: cmd.actor, action: 'submit', nodeId: startId });
  enterNode(ctx, startId);
}

/** A returned case goes straight back to the step(s) that were open when it was returned. */
export function resubmit(ctx: Ctx, cmd: ResubmitCommand): void {
  assertApplicant(ctx.state, cmd.actor);
  const s = ctx.state;
  if (s.status !== 'returned') {
    if (s.status === 'approved' || s.status === 'rejected' || s.status === 'withdrawn')
      refuse('CASE_FINISHED', `the case is already ${s.status}`);
    refuse('CASE_NOT_RETURNED', `the case is ${s.status}; only a returned case can be resubmitted`, {
      status: s.status,
    });
  }
  const startId = startNodeId(ctx);
  applyFormPatch(ctx, startId, cmd.formPatch);
  const resume = s.resumeAt && s.resumeAt.length > 0 ? s.resumeAt : s.returnedFrom ? [s.returnedFrom] : [];
  s.status = 'running';
  delete s.returnedFrom;
  delete s.resumeAt;
  trace(ctx, { actor: cmd.actor, action: 'resubmit', nodeId: startId });
  if (resume.length === 0) enterNode(ctx, startId);
  for (const nodeId of resume) enterNode(ctx, nodeId);
}

/** The applicant stops the case for good, any time before it is approved or rejected (R23). */
export function withdraw(ctx: Ctx, cmd: WithdrawCommand): void {
  assertApplicant(ctx.state, cmd.actor);
  const status = ctx.state.status;
  if (status === 'approved' || status === 'rejected' || status === 'withdrawn')
    refuse('CASE_FINISHED', `the case is already ${status}`, { status });
  if (status !== 'running' && status !== 'returned')
    refuse('CASE_NOT_RUNNING', 'a draft is deleted, not withdrawn', { status });
  const canceled = cancelOpenTasks(ctx, 'withdrawn');
  trace(ctx, { actor: cmd.actor, action: 'withdraw', ...(cmd.reason ? { opinion: cmd.reason } : {}) });
  notify(
    ctx,
    [...new Set(canceled.filter((t) => t.status === 'canceled').map((t) => t.assignee))],
    'withdrawn',
    cmd.reason ? { opinion: cmd.reason } : {},
  );
  delete ctx.state.returnedFrom;
  delete ctx.state.resumeAt;
  finishCase(ctx, 'withdrawn');
}

/** Marks the pending tasks the applicant picked and notifies their assignees (R22). */
export function urge(ctx: Ctx, cmd: UrgeCommand): void {
  assertApplicant(ctx.state, cmd.actor);
  assertRunning(ctx.state);
  const ids = Array.isArray(cmd.taskIds) ? [...new Set(cmd.taskIds)] : [];
  if (ids.length === 0) refuse('INVALID_COMMAND', 'urge needs the tasks to urge');
  const tasks = ids.map((id) => {
    const task = ctx.state.tasks.find((t) => t.id === id);
    if (!task) return refuse('TASK_NOT_FOUND', `task "${id}" is not part of this case`, { taskId: id });
    if (task.status !== 'pending')
      return refuse('TASK_NOT_PENDING', `task "${id}" is ${task.status}; only pending tasks can be urged`, {
        taskId: id,
      });
    if (task.urgedAt && hoursBetween(task.urgedAt, ctx.at) < URGE_INTERVAL_HOURS) {
      return refuse('URGE_TOO_SOON', `task "${id}" was urged at ${task.urgedAt}; once an hour at most`, {
        taskId: id,
        urgedAt: task.urgedAt,
      });
    }
    return task;
  });
  for (const task of tasks) {
    task.urgedAt = ctx.at;
    ctx.effects.push({ type: 'updateTask', task: snapshot(task) });
    notify(ctx, [task.assignee], 'urged', { nodeId: task.nodeId, taskId: task.id });
  }
  trace(ctx, { actor: cmd.actor, action: 'urge', details: { taskIds: ids } });
}

import type { ApprovalNode, HandleNode } from '@flowhall/schema';
import { isOpen, nextTaskId, notify, snapshot, type Ctx } from './context';
import { pathEntry } from './path';
import type { Activation, Task } from './state';
import { addHours } from './time';

/** Opens a round of a node: one task per person; in sequential mode only the first is pending. */
export function createTasksFor(ctx: Ctx, node: ApprovalNode | HandleNode, people: string[]): void {
  const s = ctx.state;
  const round = (s.rounds[node.id] ?? 0) + 1;
  s.rounds[node.id] = round;
  const hours = node.properties.timeLimitHours;
  const dueAt = typeof hours === 'number' && hours > 0 ? addHours(ctx.at, hours) : undefined;
  const activation: Activation = { nodeId: node.id, round, enteredAt: ctx.at, ...(dueAt ? { dueAt } : {}) };
  s.active.push(activation);
  pathEntry(ctx, node.id, 'entered');
  const sequential = node.type === 'approval' && node.properties.mode === 'sequential';
  let previous: string | undefined;
  for (const assignee of people) {
    const task = newTask(ctx, {
      nodeId: node.id,
      round,
      kind: node.type === 'approval' ? 'approval' : 'handle',
      assignee,
      dueAt,
    });
    if (sequential && previous) {
      task.status = 'queued';
      task.waitingFor = [previous];
    }
    previous = task.id;
    addTask(ctx, task);
  }
}

export function newTask(
  ctx: Ctx,
  init: Pick<Task, 'nodeId' | 'round' | 'kind' | 'assignee'> & {
    dueAt?: string | undefined;
    addedBy?: string | undefined;
  },
): Task {
  const task: Task = {
    id: nextTaskId(ctx),
    nodeId: init.nodeId,
    round: init.round,
    kind: init.kind,
    assignee: init.assignee,
    status: 'pending',
    createdAt: ctx.at,
    waitingFor: [],
  };
  if (init.dueAt) task.dueAt = init.dueAt;
  if (init.addedBy) task.addedBy = init.addedBy;
  return task;
}

/** Records a task and tells the server; only pending tasks notify, queued ones wait their turn. */
export function addTask(ctx: Ctx, task: Task): void {
  ctx.state.tasks.push(task);
  ctx.effects.push({ type: 'createTask', task: snapshot(task) });
  if (task.status === 'pending')
    notify(ctx, [task.assignee], 'assigned', { nodeId: task.nodeId, taskId: task.id });
}

export function roundTasks(ctx: Ctx, nodeId: string, round: number): Task[] {
  return ctx.state.tasks.filter((t) => t.nodeId === nodeId && t.round === round);
}

/** Queued tasks whose predecessors are all settled become pending (sequential turn, before-signers done). */
export function promoteQueued(ctx: Ctx, nodeId: string, round: number): void {
  const tasks = roundTasks(ctx, nodeId, round);
  const byId = new Map(tasks.map((t) => [t.id, t]));
  for (const task of tasks) {
    if (task.status !== 'queued') continue;
    const ready = task.waitingFor.every((id) => {
      const other = byId.get(id);
      return !other || other.status === 'done' || other.status === 'canceled';
    });
    if (!ready) continue;
    task.status = 'pending';
    ctx.effects.push({ type: 'updateTask', task: snapshot(task) });
    notify(ctx, [task.assignee], 'assigned', { nodeId, taskId: task.id });
  }
}

export function hasOpenTasks(ctx: Ctx, nodeId: string, round: number): boolean {
  return roundTasks(ctx, nodeId, round).some(isOpen);
}

export function removeActivation(ctx: Ctx, nodeId: string, round: number): void {
  ctx.state.active = ctx.state.active.filter((a) => !(a.nodeId === nodeId && a.round === round));
}

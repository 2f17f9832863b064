import type { ApprovalNode, HandleNode } from '@flowhall/schema';
import type { AddSignerCommand, TransferCommand } from '../commands';
import { isOpen, snapshot, trace, type Ctx } from '../context';
import { refuse } from '../errors';
import type { Task } from '../state';
import { addTask, newTask, roundTasks } from '../tasks';
import { decide } from './decide';

/** Hands my task to someone else (R19): my task is done as `transfer`, theirs takes its place in the order. */
export function transferTask(ctx: Ctx, task: Task, cmd: TransferCommand): void {
  const to = cmd.to;
  const holders = roundTasks(ctx, task.nodeId, task.round)
    .filter(isOpen)
    .map((t) => t.assignee);
  if (typeof to !== 'string' || !to || holders.includes(to)) {
    refuse(
      'TRANSFER_TARGET_INVALID',
      `cannot transfer to "${String(to)}": empty or already holding a task here`,
      { to: to ?? null },
    );
  }
  const replacement = newTask(ctx, {
    nodeId: task.nodeId,
    round: task.round,
    kind: task.kind,
    assignee: to,
    dueAt: task.dueAt,
    addedBy: task.addedBy,
  });
  replacement.waitingFor = [...task.waitingFor];
  if (task.urgedAt) replacement.urgedAt = task.urgedAt;
  task.status = 'done';
  task.action = 'transfer';
  task.transferredTo = to;
  task.doneAt = ctx.at;
  if (cmd.opinion !== undefined) task.opinion = cmd.opinion;
  if (cmd.actor !== task.assignee) task.actedBy = cmd.actor;
  // Whoever waited for me (sequential order, my before-signers' owner) now waits for the replacement.
  for (const other of ctx.state.tasks) {
    if (other.waitingFor.includes(task.id))
      other.waitingFor = other.waitingFor.map((id) => (id === task.id ? replacement.id : id));
    if (other.addedBy === task.id) other.addedBy = replacement.id;
  }
  ctx.effects.push({ type: 'updateTask', task: snapshot(task) });
  addTask(ctx, replacement);
  trace(ctx, {
    actor: cmd.actor,
    action: 'transfer',
    nodeId: task.nodeId,
    taskId: task.id,
    ...(cmd.opinion ? { opinion: cmd.opinion } : {}),
    details: { to },
  });
}

/**
 * Adds signers. Before me: they decide first (in parallel) and my task waits, queued. After me: this
 * counts as my approval and the node does not complete until they have all approved too.
 */
export function addSigners(
  ctx: Ctx,
  task: Task,
  node: ApprovalNode | HandleNode,
  cmd: AddSignerCommand,
): void {
  const users = Array.isArray(cmd.users) ? [...new Set(cmd.users)] : [];
  const holders = roundTasks(ctx, task.nodeId, task.round)
    .filter(isOpen)
    .map((t) => t.assignee);
  if (users.length === 0 || users.some((u) => typeof u !== 'string' || !u || holders.includes(u))) {
    refuse('SIGNERS_REQUIRED', 'addSigner needs people who do not already hold a task at this step', {
      users: cmd.users ?? [],
    });
  }
  if (cmd.position !== 'before' && cmd.position !== 'after')
    refuse('INVALID_COMMAND', 'addSigner position must be before or after');
  const added = users.map((assignee) =>
    newTask(ctx, {
      nodeId: task.nodeId,
      round: task.round,
      kind: task.kind,
      assignee,
      dueAt: task.dueAt,
      addedBy: task.id,
    }),
  );
  trace(ctx, {
    actor: cmd.actor,
    action: 'addSigner',
    nodeId: task.nodeId,
    taskId: task.id,
    details: { position: cmd.position, users },
  });
  if (cmd.position === 'before') {
    task.status = 'queued';
    task.waitingFor = added.map((t) => t.id);
    ctx.effects.push({ type: 'updateTask', task: snapshot(task) });
    for (const t of added) addTask(ctx, t);
    return;
  }
  for (const t of added) addTask(ctx, t);
  decide(ctx, task, node, { action: 'addSigner', actor: cmd.actor, opinion: cmd.opinion });
}

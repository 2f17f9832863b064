import type { TickCommand } from '../commands';
import { nodeOf, notify, snapshot, trace, type Ctx } from '../context';
import { isFinished } from '../navigate';
import { toMillis } from '../time';
import { decide, rejectTask } from './decide';

/** The actor recorded when the engine decides on timeout. */
export const SYSTEM_ACTOR = 'system';

/**
 * Applies time limits due at `now`: remind once, or decide for the assignee. A sweep, not a user
 * action: a tick with nothing due is a valid command that changes nothing.
 */
export function tick(ctx: Ctx, cmd: TickCommand): void {
  if (ctx.state.status !== 'running') return;
  const now = toMillis(cmd.at);
  const due = ctx.state.tasks
    .filter((t) => t.status === 'pending' && t.dueAt !== undefined && toMillis(t.dueAt) <= now)
    .map((t) => t.id);
  for (const id of due) {
    if (isFinished(ctx) || ctx.state.status !== 'running') return;
    const task = ctx.state.tasks.find((t) => t.id === id);
    if (!task || task.status !== 'pending') continue;
    const node = nodeOf(ctx, task.nodeId);
    if (node.type !== 'approval' && node.type !== 'handle') continue;
    const onTimeout = node.properties.onTimeout ?? 'remind';
    if (onTimeout === 'remind' || node.type === 'handle') {
      if (task.remindedAt) continue;
      task.remindedAt = ctx.at;
      ctx.effects.push({ type: 'updateTask', task: snapshot(task) });
      notify(ctx, [task.assignee], 'remind', { nodeId: task.nodeId, taskId: task.id });
      trace(ctx, { actor: SYSTEM_ACTOR, action: 'remind', nodeId: task.nodeId, taskId: task.id });
    } else if (onTimeout === 'approve') {
      decide(ctx, task, node, { action: 'approve', actor: SYSTEM_ACTOR, opinion: 'timeout', bySystem: true });
    } else {
      rejectTask(ctx, task, { action: 'reject', actor: SYSTEM_ACTOR, opinion: 'timeout', bySystem: true });
    }
  }
}

import { QueryTypes, type Transaction } from 'sequelize';
import type { CaseCommands } from '../cases/case-commands';
import type { Database } from '../db/database';

export interface SweepResult {
  /** Tasks warned that their due time is near. */
  dueSoon: number;
  /** Cases the engine's tick changed (reminded, approved or rejected on timeout). */
  ticked: number;
}

const BATCH = 200;

/**
 * Claims one task for a one-off action by stamping a column that is still empty. Exactly one
 * process's UPDATE matches (PostgreSQL re-checks the WHERE after waiting on the row lock; SQLite has
 * one writer), so several schedulers never warn or tick twice.
 */
async function claim(
  db: Database,
  column: 'due_soon_at' | 'overdue_at',
  taskId: string,
  now: Date,
  transaction: Transaction,
): Promise<boolean> {
  const [, meta] = await db.sequelize.query(
    `UPDATE tasks SET ${column} = :now WHERE id = :taskId AND status = 'pending' AND ${column} IS NULL`,
    { replacements: { now, taskId }, type: QueryTypes.UPDATE, transaction },
  );
  return affected(meta) === 1;
}

/** Rows changed by an UPDATE query: Sequelize answers `[_, count]` on both dialects for QueryTypes.UPDATE. */
function affected(meta: unknown): number {
  return typeof meta === 'number' ? meta : 0;
}

/**
 * One pass of the time-limit scheduler at `now` (an injected clock): warns assignees whose task is
 * due within `dueSoonHours`, then runs the engine's tick on every case with a pending task past its
 * due time that no sweep has handled yet (the node's policy: remind, approve or reject).
 */
export async function sweep(
  db: Database,
  commands: CaseCommands,
  { now, dueSoonHours }: { now: Date; dueSoonHours: number },
): Promise<SweepResult> {
  const { OutboxEntry } = db.models;
  const result: SweepResult = { dueSoon: 0, ticked: 0 };
  const pending = (condition: string, replacements: Record<string, unknown>) =>
    db.sequelize.query<{ id: string; caseId: number; nodeId: string; assigneeId: number }>(
      `SELECT id, case_id AS "caseId", node_id AS "nodeId", assignee_id AS "assigneeId" FROM tasks
       WHERE status = 'pending' AND ${condition} ORDER BY due_at, id LIMIT ${BATCH}`,
      { replacements, type: QueryTypes.SELECT },
    );
  const soon =
    dueSoonHours > 0
      ? await pending('due_at > :now AND due_at <= :until AND due_soon_at IS NULL', {
          now,
          until: new Date(now.getTime() + dueSoonHours * 3_600_000),
        })
      : [];
  for (const task of soon) {
    const warned = await db.transaction(async (transaction) => {
      if (!(await claim(db, 'due_soon_at', task.id, now, transaction))) return false;
      const payload = {
        to: [String(task.assigneeId)],
        reason: 'dueSoon',
        caseId: String(task.caseId),
        nodeId: task.nodeId,
        taskId: task.id,
      };
      await OutboxEntry.create(
        // Due for the dispatcher at once by its own clock, whatever instant this sweep ran as.
        { kind: 'notify', payload: JSON.stringify(payload), nextAttemptAt: new Date(), createdAt: now },
        { transaction },
      );
      return true;
    });
    if (warned) result.dueSoon += 1;
  }

  const overdue = await pending('due_at <= :now AND overdue_at IS NULL', { now });
  for (const task of overdue) {
    // The claim and the tick commit together: a crash in between leaves the task for the next sweep.
    const changed = await db.transaction(async (transaction) => {
      if (!(await claim(db, 'overdue_at', task.id, now, transaction))) return false;
      return (await commands.tick(task.caseId, now, transaction)) !== null;
    });
    if (changed) result.ticked += 1;
  }
  return result;
}

import type { CaseState, Effect, Task } from '@flowhall/engine';
import { nodeName, type ProcessDefinition } from '@flowhall/schema';
import type { Transaction } from 'sequelize';
import { AppError } from '../common/app-error';
import type { Database } from '../db/database';
import type { CaseRow } from './case-models';
import { progressOf } from './case-progress';
import { drawSerialNumber, serialPrefix } from './serial-number';

const toDate = (iso: string | undefined): Date | null => (iso ? new Date(iso) : null);
const userId = (id: string): number => Number(id);

export function stepNames(definition: ProcessDefinition, state: CaseState): string | null {
  const names = state.active.map((a) => {
    const node = definition.flow.nodes.find((n) => n.id === a.nodeId);
    return node ? nodeName(node) : a.nodeId;
  });
  return names.length ? [...new Set(names)].join('、').slice(0, 500) : null;
}

function taskRow(definition: ProcessDefinition, caseId: number, task: Task) {
  const node = definition.flow.nodes.find((n) => n.id === task.nodeId);
  return {
    id: task.id,
    caseId,
    nodeId: task.nodeId,
    nodeName: node ? nodeName(node) : task.nodeId,
    kind: task.kind,
    assigneeId: userId(task.assignee),
    status: task.status,
    action: task.action ?? null,
    opinion: task.opinion ?? null,
    // A time-limit decision is acted by the engine's `system`, not a user: no id to store.
    actedBy: task.actedBy && /^\d+$/.test(task.actedBy) ? userId(task.actedBy) : null,
    dueAt: toDate(task.dueAt),
    urgedAt: toDate(task.urgedAt),
    doneAt: toDate(task.doneAt),
    createdAt: new Date(task.createdAt),
    updatedAt: new Date(),
  };
}

export interface Transition {
  row: CaseRow;
  definition: ProcessDefinition;
  state: CaseState;
  effects: Effect[];
  transaction: Transaction;
}

/**
 * Writes one engine transition: the case row (checked against the lock version it was read with,
 * so a concurrent action loses with 409 instead of overwriting), then every effect, all in the
 * caller's transaction. Returns the new lock version and serial number.
 */
export async function writeTransition(
  db: Database,
  { row, definition, state, effects, transaction }: Transition,
): Promise<{ lockVersion: number; serialNo: string | null }> {
  const { models, sequelize } = db;
  let serialNo = row.serialNo;
  if (effects.some((e) => e.type === 'drawSerialNumber') && !serialNo) {
    serialNo = await drawSerialNumber(sequelize, transaction, {
      definitionKey: row.definitionKey,
      prefix: serialPrefix(row.definitionKey, definition.settings?.serialPrefix),
      at: new Date(state.submittedAt ?? state.updatedAt),
    });
    // A case's first submission counts towards its service's "hot" ranking (R5: hot by cases).
    await models.HallService.increment('handled', {
      by: 1,
      where: { definitionKey: row.definitionKey },
      transaction,
    });
  }
  const [updated] = await models.Case.update(
    {
      state: JSON.stringify(state),
      status: state.status,
      currentStep: stepNames(definition, state),
      progress: progressOf(definition, state),
      serialNo,
      submittedAt: toDate(state.submittedAt),
      finishedAt: toDate(state.finishedAt),
      lockVersion: row.lockVersion + 1,
    },
    { where: { id: row.id, lockVersion: row.lockVersion }, transaction },
  );
  if (updated !== 1) {
    throw new AppError(
      409,
      'CASE_CHANGED',
      '该申请刚刚被他人处理，请刷新后重试 / Someone else acted on this case just now; reload and retry',
    );
  }

  // Several effects may touch one task in a transition; the last carries its final shape.
  const tasks = new Map<string, Task>();
  const now = new Date();
  const outbox: Array<{ kind: string; payload: string; nextAttemptAt: Date; createdAt: Date }> = [];
  const ccs: Array<{ caseId: number; nodeId: string; userId: number; readAt: null; createdAt: Date }> = [];
  const stamps: Array<{
    caseId: number;
    nodeId: string;
    taskId: string;
    userId: number;
    departmentId: number | null;
    createdAt: Date;
  }> = [];
  for (const effect of effects) {
    switch (effect.type) {
      case 'createTask':
      case 'updateTask':
      case 'cancelTask':
        tasks.set(effect.task.id, effect.task);
        break;
      case 'notify':
        outbox.push({
          kind: 'notify',
          payload: JSON.stringify({ ...effect, caseTitle: row.definitionName, serialNo }),
          nextAttemptAt: now,
          createdAt: now,
        });
        if (effect.reason === 'cc') {
          for (const to of effect.to) {
            ccs.push({
              caseId: row.id,
              nodeId: effect.nodeId ?? '',
              userId: userId(to),
              readAt: null,
              createdAt: now,
            });
          }
        }
        break;
      case 'stamp':
        stamps.push({
          caseId: row.id,
          nodeId: effect.nodeId,
          taskId: effect.taskId,
          userId: userId(effect.userId),
          departmentId: effect.deptId === null ? null : Number(effect.deptId),
          createdAt: now,
        });
        break;
      case 'drawSerialNumber':
      case 'caseFinished':
        break;
    }
  }
  if (tasks.size) {
    await models.Task.bulkCreate(
      [...tasks.values()].map((task) => taskRow(definition, row.id, task)),
      {
        transaction,
        updateOnDuplicate: [
          'assigneeId',
          'status',
          'action',
          'opinion',
          'actedBy',
          'dueAt',
          'urgedAt',
          'doneAt',
          'updatedAt',
        ],
      },
    );
  }
  if (outbox.length) await models.Outbox.bulkCreate(outbox, { transaction });
  if (ccs.length) await models.CaseCc.bulkCreate(ccs, { transaction });
  if (stamps.length) await models.CaseStamp.bulkCreate(stamps, { transaction });
  return { lockVersion: row.lockVersion + 1, serialNo };
}

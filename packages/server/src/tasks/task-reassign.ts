import { Inject, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import type { CaseState, Effect } from '@flowhall/engine';
import type { CaseOutcome } from '@flowhall/schema';
import type { Transaction } from 'sequelize';
import { isAdmin } from '../auth/access';
import { AuditService } from '../audit/audit-service';
import { caseNotFound } from '../cases/case-access';
import { writeTransition } from '../cases/case-writer';
import { AppError, forbidden } from '../common/app-error';
import { Database } from '../db/database';
import { DefinitionService } from '../definitions/definition-service';
import type { UserProfile } from '../org/org-service';

export interface ReassignInput {
  userId: number;
  reason: string;
  /** The case's lock version the administrator saw; a later change answers 409 CASE_CHANGED. */
  lockVersion?: number;
}

export const REASSIGN_FORBIDDEN =
  '只有业务管理员可以更换审批人 / Only office administrators may change an assignee';

const taskNotFound = (): AppError => new AppError(404, 'TASK_NOT_FOUND', '没有这个待办 / No such task');

const notPending = (status: string): AppError =>
  new AppError(
    409,
    'TASK_NOT_PENDING',
    '只能更换待办理环节的审批人 / Only a pending task can get another assignee',
    { status },
  );

/**
 * Changes a pending task's assignee (R19, 更换节点审批人员). This is an administrative correction,
 * not an approver's action, so it does not go through the engine's commands (the engine's
 * `transfer` would record the old assignee as having acted). The server edits the task in the
 * case state, appends a trace entry, and writes both with the same optimistic lock-version check,
 * effects table and audit chain as every other case action, in the caller's one transaction.
 */
@Provide()
@Scope(ScopeEnum.Singleton)
export class TaskReassign {
  @Inject()
  db!: Database;

  @Inject()
  definitions!: DefinitionService;

  @Inject()
  audit!: AuditService;

  async reassign(
    admin: UserProfile,
    taskId: string,
    input: ReassignInput,
    transaction: Transaction,
  ): Promise<CaseOutcome> {
    if (!isAdmin(admin)) {
      throw forbidden(REASSIGN_FORBIDDEN);
    }
    const { Task, Case, User } = this.db.models;
    const taskRow = await Task.findByPk(taskId, { transaction });
    if (!taskRow) throw taskNotFound();
    const row = await Case.findByPk(taskRow.caseId, { transaction });
    if (!row) throw caseNotFound();
    if (input.lockVersion !== undefined && input.lockVersion !== row.lockVersion) {
      throw new AppError(
        409,
        'CASE_CHANGED',
        '该申请刚刚被他人处理，请刷新后重试 / Someone else acted on this case just now; reload and retry',
      );
    }
    const state = JSON.parse(row.state) as CaseState;
    const task = state.tasks.find((t) => t.id === taskId);
    if (!task) throw taskNotFound();
    if (state.status !== 'running' || task.status !== 'pending') throw notPending(task.status);

    const target = await User.findByPk(input.userId, { transaction });
    if (!target || !target.active) {
      throw new AppError(422, 'REASSIGN_TARGET_INVALID', '新的审批人不存在或已停用 / No such active user', {
        userId: input.userId,
      });
    }
    const to = String(target.id);
    const holders = state.tasks.filter(
      (t) =>
        t.nodeId === task.nodeId &&
        t.round === task.round &&
        (t.status === 'pending' || t.status === 'queued'),
    );
    if (holders.some((t) => t.assignee === to)) {
      throw new AppError(
        422,
        'REASSIGN_TARGET_INVALID',
        '该人员已是此环节的审批人 / This person already holds a task at this step',
        { userId: input.userId },
      );
    }
    const from = task.assignee;
    const previous = await User.findByPk(Number(from), { attributes: ['displayName'], transaction });
    const fromName = previous?.displayName ?? from;
    const at = new Date().toISOString();
    task.assignee = to;
    state.trace.push({
      at,
      actor: String(admin.id),
      action: 'reassign',
      nodeId: task.nodeId,
      taskId: task.id,
      opinion: `更换审批人：${fromName} → ${target.displayName}，原因：${input.reason}`,
      details: { from, to, reason: input.reason },
    });
    state.updatedAt = at;
    const effects: Effect[] = [
      { type: 'updateTask', task: { ...task } },
      { type: 'notify', to: [to], reason: 'assigned', caseId: String(row.id), nodeId: task.nodeId, taskId },
    ];
    const definition = await this.definitions.version(row.definitionKey, row.definitionVersion, transaction);
    const written = await writeTransition(this.db, { row, definition, state, effects, transaction });
    await this.audit.append(
      {
        stream: `case:${row.id}`,
        actorUserId: admin.id,
        action: 'case.reassign',
        subjectType: 'case',
        subjectId: row.id,
        data: {
          status: state.status,
          lockVersion: written.lockVersion,
          nodeId: task.nodeId,
          taskId,
          from: Number(from),
          to: target.id,
          reason: input.reason,
        },
      },
      transaction,
    );
    return { id: row.id, status: state.status, serialNo: written.serialNo, lockVersion: written.lockVersion };
  }
}

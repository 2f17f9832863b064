import { Inject, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { URGE_INTERVAL_HOURS, type CaseState, type Effect } from '@flowhall/engine';
import { AppError } from '../common/app-error';
import { AuditService } from '../audit/audit-service';
import { writeTransition } from '../cases/case-writer';
import { Database } from '../db/database';
import { DefinitionService } from '../definitions/definition-service';

export interface SupervisedUrgeOutcome {
  caseId: number;
  taskId: string;
  urgedAt: string;
}

const HOUR = 3_600_000;

/**
 * 督办: an office administrator urges a pending task of any case (R21 "supervised by me", R22).
 * Same meaning as the applicant's urge — the task is marked urged, its assignee gets
 * "【催办】烦请您尽快处理", at most once an hour per task — written as a transition of the case in one
 * transaction like every case action. The engine's `urge` is the applicant's command (it checks the
 * actor is the applicant), so the supervisor's is built here from the same effects and recorded in
 * the trace under the administrator's name with `supervised: true`.
 */
@Provide()
@Scope(ScopeEnum.Singleton)
export class SupervisedUrge {
  @Inject()
  db!: Database;

  @Inject()
  definitions!: DefinitionService;

  @Inject()
  audit!: AuditService;

  async urge(adminId: number, taskId: string, now: Date): Promise<SupervisedUrgeOutcome> {
    return this.db.transaction(async (transaction) => {
      const taskRow = await this.db.models.Task.findByPk(taskId, { transaction });
      const row = taskRow ? await this.db.models.Case.findByPk(taskRow.caseId, { transaction }) : null;
      if (!taskRow || !row) throw new AppError(404, 'TASK_NOT_FOUND', '没有这个待办 / No such task');
      const state = JSON.parse(row.state) as CaseState;
      const task = state.tasks.find((t) => t.id === taskId);
      if (row.status !== 'running' || !task || task.status !== 'pending') {
        throw new AppError(409, 'TASK_NOT_PENDING', '该任务已办理或已取消 / The task is no longer pending');
      }
      if (task.urgedAt && now.getTime() - Date.parse(task.urgedAt) < URGE_INTERVAL_HOURS * HOUR) {
        throw new AppError(429, 'URGE_TOO_SOON', '一小时内只能催办一次 / A task can be urged once an hour', {
          urgedAt: task.urgedAt,
        });
      }
      const at = now.toISOString();
      task.urgedAt = at;
      state.trace.push({
        at,
        actor: String(adminId),
        action: 'urge',
        details: { taskIds: [taskId], supervised: true },
      });
      state.updatedAt = at;
      const effects: Effect[] = [
        { type: 'updateTask', task: { ...task, waitingFor: [...task.waitingFor] } },
        {
          type: 'notify',
          to: [task.assignee],
          reason: 'urged',
          caseId: state.caseId,
          nodeId: task.nodeId,
          taskId,
        },
      ];
      const definition = await this.definitions.version(row.definitionKey, row.definitionVersion);
      const written = await writeTransition(this.db, { row, definition, state, effects, transaction });
      await this.audit.append(
        {
          stream: `case:${row.id}`,
          actorUserId: adminId,
          action: 'case.supervisedUrge',
          subjectType: 'case',
          subjectId: row.id,
          data: { taskId, lockVersion: written.lockVersion },
        },
        transaction,
      );
      return { caseId: row.id, taskId, urgedAt: at };
    });
  }
}

import { Inject, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import {
  createEngine,
  type CaseState,
  type Command,
  type Effect,
  type EngineResult,
  type TaskCommandType,
} from '@flowhall/engine';
import type { CaseOutcome, ProcessDefinition } from '@flowhall/schema';
import type { Transaction } from 'sequelize';
import { AppError } from '../common/app-error';
import { Database } from '../db/database';
import { DefinitionService } from '../definitions/definition-service';
import type { UserProfile } from '../org/org-service';
import type { CaseImportance, CaseRow } from './case-models';
import { caseNotFound } from './case-access';
import { engineRefusal } from './engine-errors';
import { writeTransition } from './case-writer';
import { FormChecker } from './form-checker';
import { AuditService } from '../audit/audit-service';
import { PluginManager } from '../plugins/plugin-manager';
import { OrgSnapshotService } from './org-snapshot';

export type { CaseOutcome };

/** What an approver sends; the controller has checked the fields each type needs. */
export interface TaskCommandInput {
  type: TaskCommandType;
  opinion?: string;
  route?: string;
  formPatch?: Record<string, unknown>;
  /** return: 'applicant' | 'previous' | { nodeId }; forward: user ids; transfer: one user id. */
  to?: ReturnTo | string[] | string;
  /** addSigner */
  users?: string[];
  position?: 'before' | 'after';
}

type ReturnTo = 'applicant' | 'previous' | { nodeId: string };

/**
 * Every case write: load the case, run the pure engine, write the transition with its effects,
 * all in the transaction the caller opened (see runIdempotent), so nothing is half-written.
 */
@Provide()
@Scope(ScopeEnum.Singleton)
export class CaseCommands {
  @Inject()
  db!: Database;

  @Inject()
  definitions!: DefinitionService;

  @Inject()
  orgSnapshot!: OrgSnapshotService;

  @Inject()
  forms!: FormChecker;

  @Inject()
  plugins!: PluginManager;

  @Inject()
  audit!: AuditService;

  /** Creates a draft, or submits at once when `submit` is true. */
  async create(
    applicant: UserProfile,
    input: {
      definitionKey: string;
      form: Record<string, unknown>;
      submit: boolean;
      importance?: CaseImportance;
    },
    transaction: Transaction,
  ): Promise<CaseOutcome> {
    const definition = await this.definitions.latest(input.definitionKey, transaction);
    if (definition.audience?.length && !definition.audience.includes(applicant.identity)) {
      throw new AppError(403, 'NOT_IN_AUDIENCE', '该事项不面向您的身份 / This service is not offered to you');
    }
    await this.forms.check(definition, 'start', input.form, applicant.id, input.submit ? 'submit' : 'draft', {
      transaction,
    });
    const org = await this.orgSnapshot.directory();
    const row = await this.db.models.Case.create(
      {
        definitionKey: definition.key,
        definitionVersion: definition.version,
        definitionName: definition.name,
        applicantId: applicant.id,
        applicantName: applicant.displayName,
        applicantDeptId: applicant.department?.id ?? null,
        status: 'draft',
        serialNo: null,
        currentStep: null,
        importance: input.importance ?? 'normal',
        state: '{}',
        submittedAt: null,
        finishedAt: null,
      },
      { transaction },
    );
    const result = createEngine({ org }).start(definition, {
      caseId: String(row.id),
      applicant: {
        id: String(applicant.id),
        deptId: applicant.department ? String(applicant.department.id) : '',
        name: applicant.displayName,
      },
      form: input.form,
      at: new Date().toISOString(),
      submit: input.submit,
    });
    return this.finish(
      row,
      definition,
      result,
      transaction,
      applicant.id,
      input.form,
      input.submit ? 'submit' : 'create',
    );
  }

  /** Replaces a draft's form data (暂存). Only the applicant, only while it is a draft. */
  async saveDraft(
    applicant: UserProfile,
    caseId: number,
    form: Record<string, unknown>,
    transaction: Transaction,
  ): Promise<CaseOutcome> {
    const row = await this.load(caseId, transaction);
    if (row.applicantId !== applicant.id) throw caseNotFound();
    if (row.status !== 'draft') {
      throw new AppError(
        409,
        'CASE_NOT_DRAFT',
        '该申请已提交，不能再按草稿修改 / The case is no longer a draft',
      );
    }
    const definition = await this.definitions.version(row.definitionKey, row.definitionVersion, transaction);
    await this.forms.check(definition, 'start', form, applicant.id, 'draft', { caseId, transaction });
    const state = JSON.parse(row.state) as CaseState;
    const next: CaseState = { ...state, form: { ...form }, updatedAt: new Date().toISOString() };
    return this.finish(
      row,
      definition,
      { ok: true, state: next, effects: [] },
      transaction,
      applicant.id,
      form,
      'saveDraft',
    );
  }

  /** Applicant commands: submit, resubmit, withdraw, urge. */
  async applicantCommand(
    applicant: UserProfile,
    caseId: number,
    command:
      | { type: 'submit'; formPatch?: Record<string, unknown>; importance?: CaseImportance }
      | { type: 'resubmit'; formPatch?: Record<string, unknown>; importance?: CaseImportance }
      | { type: 'withdraw'; reason?: string }
      | { type: 'urge'; taskIds: string[] },
    transaction: Transaction,
  ): Promise<CaseOutcome> {
    const row = await this.load(caseId, transaction);
    if (row.applicantId !== applicant.id) throw caseNotFound();
    const definition = await this.definitions.version(row.definitionKey, row.definitionVersion, transaction);
    const state = JSON.parse(row.state) as CaseState;
    if ((command.type === 'submit' || command.type === 'resubmit') && command.importance) {
      // 加急 is the applicant's say when (re)submitting; the transition below may still refuse,
      // and then the transaction takes this back with it.
      await row.update({ importance: command.importance }, { transaction });
    }
    if ((command.type === 'submit' || command.type === 'resubmit') && command.formPatch) {
      // Submitting checks the whole form as it will be, with every required field filled.
      const where = { caseId, transaction };
      await this.forms.check(definition, 'start', command.formPatch, applicant.id, 'draft', where);
      await this.forms.check(
        definition,
        'start',
        { ...state.form, ...command.formPatch },
        applicant.id,
        'submit',
        where,
      );
    } else if (command.type === 'submit' || command.type === 'resubmit') {
      await this.forms.check(definition, 'start', state.form, applicant.id, 'submit', {
        caseId,
        transaction,
      });
    }
    const org = await this.orgSnapshot.directory();
    const result = createEngine({ org }).act(definition, state, {
      ...command,
      actor: String(applicant.id),
      at: new Date().toISOString(),
    } as Command);
    const files = 'formPatch' in command ? command.formPatch : undefined;
    return this.finish(row, definition, result, transaction, applicant.id, files, command.type);
  }

  /** An approver's or handler's action on one of their tasks. */
  async taskCommand(
    actor: UserProfile,
    taskId: string,
    input: TaskCommandInput,
    transaction: Transaction,
  ): Promise<CaseOutcome> {
    const task = await this.db.models.Task.findByPk(taskId, { transaction });
    if (!task) throw new AppError(404, 'TASK_NOT_FOUND', '没有这个待办 / No such task');
    const row = await this.load(task.caseId, transaction);
    const definition = await this.definitions.version(row.definitionKey, row.definitionVersion, transaction);
    const formPatch = input.formPatch;
    if (formPatch)
      await this.forms.check(definition, task.nodeId, formPatch, actor.id, 'draft', {
        caseId: row.id,
        transaction,
      });
    // The assignee's out-of-office delegate may act too (ADR 0004).
    const org = await this.orgSnapshot.withDelegatesOf(task.assigneeId, new Date(), transaction);
    const result = createEngine({ org }).act(
      definition,
      JSON.parse(row.state) as CaseState,
      {
        ...input,
        taskId,
        actor: String(actor.id),
        at: new Date().toISOString(),
      } as Command,
    );
    return this.finish(row, definition, result, transaction, actor.id, formPatch, input.type);
  }

  /** A new draft with the same form data (再次申请): on the latest version of the process. */
  async copy(applicant: UserProfile, caseId: number, transaction: Transaction): Promise<CaseOutcome> {
    const row = await this.load(caseId, transaction);
    if (row.applicantId !== applicant.id) throw caseNotFound();
    const state = JSON.parse(row.state) as CaseState;
    const latest = await this.definitions.latest(row.definitionKey, transaction);
    // Only the fields the latest form still has; uploaded files stay with the original case.
    const form = this.forms.carryOver(latest, state.form);
    return this.create(applicant, { definitionKey: row.definitionKey, form, submit: false }, transaction);
  }

  /**
   * The time-limit scheduler's command (engine `tick` at `at`, issue 8): reminds or decides tasks
   * past their due time. Nothing due writes nothing, so a sweep never bumps a case for no reason.
   * Audited with no actor: the system acted, the trace says `system`.
   */
  async tick(caseId: number, at: Date, transaction: Transaction): Promise<CaseOutcome | null> {
    const row = await this.load(caseId, transaction);
    if (row.status !== 'running') return null;
    const definition = await this.definitions.version(row.definitionKey, row.definitionVersion);
    const org = await this.orgSnapshot.directory();
    const result = createEngine({ org }).tick(
      definition,
      JSON.parse(row.state) as CaseState,
      at.toISOString(),
    );
    if (!result.ok) throw engineRefusal(result);
    if (!result.effects.length) return null;
    const written = await writeTransition(this.db, {
      row,
      definition,
      state: result.state,
      effects: result.effects,
      transaction,
    });
    // Actor 0: no person acted; hooks that record people ignore the system.
    await this.runPluginHooks(row, result.state, result.effects, 0, written.serialNo, transaction);
    await this.audit.append(
      {
        stream: `case:${row.id}`,
        actorUserId: null,
        action: 'case.tick',
        subjectType: 'case',
        subjectId: row.id,
        data: { status: result.state.status, lockVersion: written.lockVersion },
      },
      transaction,
    );
    return {
      id: row.id,
      status: result.state.status,
      serialNo: written.serialNo,
      lockVersion: written.lockVersion,
    };
  }

  /** Plugins' hooks run in the action's transaction: their writes commit or roll back with it. */
  private async runPluginHooks(
    row: CaseRow,
    state: CaseState,
    effects: Effect[],
    actorId: number,
    serialNo: string | null,
    transaction: Transaction,
  ): Promise<void> {
    const registry = this.plugins.registry;
    const context = { transaction, sequelize: this.db.sequelize, models: registry.models };
    const event = {
      caseId: row.id,
      definitionKey: row.definitionKey,
      definitionVersion: row.definitionVersion,
      serialNo,
      applicantId: row.applicantId,
      actorId,
      form: state.form,
      at: new Date(state.updatedAt),
    };
    for (const effect of effects) {
      if (effect.type === 'updateTask' && effect.task.status === 'done') {
        for (const hook of registry.taskHooksFor(row.definitionKey, effect.task.nodeId)) {
          await hook({ ...event, nodeId: effect.task.nodeId, action: effect.task.action }, context);
        }
      }
      if (effect.type === 'caseFinished') {
        for (const hook of registry.finishHooksFor(row.definitionKey)) {
          await hook({ ...event, outcome: effect.outcome }, context);
        }
      }
    }
  }

  private async load(caseId: number, transaction: Transaction): Promise<CaseRow> {
    const row = Number.isSafeInteger(caseId)
      ? await this.db.models.Case.findByPk(caseId, { transaction })
      : null;
    if (!row) throw caseNotFound();
    return row;
  }

  private async finish(
    row: CaseRow,
    definition: ProcessDefinition,
    result: EngineResult,
    transaction: Transaction,
    userId: number,
    form: Record<string, unknown> | undefined,
    action: string,
  ): Promise<CaseOutcome> {
    if (!result.ok) throw engineRefusal(result);
    const written = await writeTransition(this.db, {
      row,
      definition,
      state: result.state,
      effects: result.effects,
      transaction,
    });
    if (form) await this.forms.attachFiles(definition, form, row.id, userId, transaction);
    await this.runPluginHooks(row, result.state, result.effects, userId, written.serialNo, transaction);
    // Every action joins the case's own hash chain (R31), committed with the action or not at all.
    const last = action === 'saveDraft' ? undefined : result.state.trace[result.state.trace.length - 1];
    await this.audit.append(
      {
        stream: `case:${row.id}`,
        actorUserId: userId,
        action: `case.${action}`,
        subjectType: 'case',
        subjectId: row.id,
        data: {
          status: result.state.status,
          lockVersion: written.lockVersion,
          ...(last?.nodeId ? { nodeId: last.nodeId } : {}),
          ...(last?.opinion ? { opinion: last.opinion } : {}),
          ...(written.serialNo ? { serialNo: written.serialNo } : {}),
        },
      },
      transaction,
    );
    return {
      id: row.id,
      status: result.state.status,
      serialNo: written.serialNo,
      lockVersion: written.lockVersion,
    };
  }
}
